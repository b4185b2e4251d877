import { describe, expect, it } from 'vitest'
import { createCluster } from '../../../../src/shared/kubesim/engine'
import { decodeObject } from '../../../../src/shared/kubesim/engine/schema/decode'
import { createSession } from '../../../../src/shared/kubesim/session'
import { memoryFiles } from '../shell/memory-files'

// `kubectl explain` knows the status types, but decoding must not: status is written by
// controllers, and a manifest saved with `get -o yaml` (status and all) applies as it
// always did. These outputs are the ones the simulator gave before status had a schema.

async function roundTrip(setup: string[], kind: string, name: string, ns = ''): Promise<string> {
  const session = createSession({ cluster: createCluster(), files: memoryFiles() })
  for (const line of setup) await session.run(line)
  const flag = ns ? ` -n ${ns}` : ''
  const saved = await session.run(`kubectl get ${kind} ${name}${flag} -o yaml > saved.yaml`)
  expect(saved.exitCode).toBe(0)
  const apply = await session.run('kubectl apply -f saved.yaml')
  expect(apply.exitCode).toBe(0)
  const again = await session.run(`kubectl get ${kind} ${name}${flag} -o jsonpath='{.status}'`)
  expect(again.stdout).not.toBe('')
  return apply.stderr + apply.stdout
}

const warning = (what: string): string =>
  `Warning: resource ${what} is missing the kubectl.kubernetes.io/last-applied-configuration annotation which is required by kubectl apply. kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. The missing annotation will be patched automatically.\n`

describe('status round trip through apply', () => {
  it('a pod', async () => {
    const out = await roundTrip(['kubectl run web --image=nginx', 'sleep 5'], 'pod', 'web')
    expect(out).toBe(warning('pods/web') + 'pod/web configured\n')
  })

  it('a deployment', async () => {
    const out = await roundTrip(['kubectl create deployment web --image=nginx --replicas=2', 'sleep 10'], 'deploy', 'web')
    expect(out).toBe(warning('deployments/web') + 'deployment.apps/web configured\n')
  })

  it('a service', async () => {
    const out = await roundTrip([], 'svc', 'kubernetes')
    expect(out).toBe(warning('services/kubernetes') + 'service/kubernetes configured\n')
  })

  it('a node', async () => {
    const out = await roundTrip([], 'node', 'node01')
    expect(out).toBe(warning('nodes/node01') + 'node/node01 configured\n')
  })

  it('keeps any status as sent, even fields and types its type does not have', () => {
    const session = createSession({ cluster: createCluster(), files: memoryFiles() })
    const info = session.cluster.resolveResource('pods')!
    for (const status of [{}, { phase: 3 }, { made: 'up', conditions: 'x' }]) {
      const obj = decodeObject(info, { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec: { containers: [] }, status })
      expect(obj.status).toEqual(status)
    }
  })
})

import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { gzipSync } from 'node:zlib'
import { createCluster, restoreCluster } from '@shared/kubesim/engine'
import { createSession, type SessionState } from '@shared/kubesim/session'
import type { ConsoleSaved } from '@shared/api'
import type { Dispatch } from '../../../src/main/api/dispatch'
import { decodeSnapshot, encodeSnapshot } from '../../../src/renderer/src/console/snapshot-codec'
import { makeSandbox, startServices, webDispatch, type Sandbox, type TestServices } from '../main/helpers'

let sandbox: Sandbox
let services: TestServices
let call: Dispatch

const freshSession = (): SessionState =>
  createSession({ cluster: createCluster({ seed: 1 }), files: { readFile: () => undefined, listDir: () => undefined, writeFile: () => undefined } }).state()

beforeEach(() => {
  sandbox = makeSandbox()
  services = startServices(sandbox)
  call = webDispatch(services, sandbox.dataDir)
})
afterEach(async () => {
  await services.close()
  sandbox.cleanup()
})

const result = async <T>(method: string, request: unknown): Promise<T> => {
  const envelope = await call(method, request)
  if ('error' in envelope) throw new Error(`${envelope.error.code}: ${envelope.error.message}`)
  return envelope.result as T
}

describe('console state through the API', () => {
  it('starts empty, then gives back the cluster, session and history it was given, across a restart', async () => {
    expect(await result<ConsoleSaved>('console.load', {})).toEqual({ cluster: null, session: null, history: [], savedAt: null, files: [] })

    const cluster = createCluster({ seed: 7 })
    cluster.create({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'shop' } })
    const encoded = await encodeSnapshot(cluster.save())
    const learner = createSession({ cluster, files: { readFile: () => undefined, listDir: () => undefined, writeFile: () => undefined } })
    await learner.run("export DO='--dry-run=client -o yaml'")
    await learner.run('kubectl config set-context --current --namespace=shop')
    const session = learner.state()
    await result('console.save', { cluster: encoded, session, history: ['kubectl get nodes', 'kubectl create ns shop'] })

    await services.close()
    services = startServices(sandbox)
    call = webDispatch(services, sandbox.dataDir)
    const saved = await result<ConsoleSaved>('console.load', {})
    expect(saved.session).toEqual(session)
    expect(saved.history).toEqual(['kubectl get nodes', 'kubectl create ns shop'])
    expect(saved.savedAt).toEqual(expect.any(Number))
    const restored = restoreCluster(await decodeSnapshot(saved.cluster!))
    expect(restored.get('namespaces', undefined, 'shop').metadata.name).toBe('shop')
    expect(restored.now()).toBe(cluster.now())
  })

  it('refuses a snapshot that is not gzipped JSON and keeps the previous one', async () => {
    const good = await encodeSnapshot({ version: 1, objects: {} })
    const session = freshSession()
    await result('console.save', { cluster: good, session, history: [] })
    for (const cluster of [Buffer.from('not gzip').toString('base64'), gzipSync('[1,2]').toString('base64'), gzipSync('{"a":').toString('base64')]) {
      expect(await call('console.save', { cluster, session, history: ['lost'] })).toMatchObject({ error: { code: 'invalid-request' } })
    }
    const saved = await result<ConsoleSaved>('console.load', {})
    expect(saved.history).toEqual([])
    expect(await decodeSnapshot(saved.cluster!)).toEqual({ version: 1, objects: {} })
  })

  it('stores a session only in the shape a kubectl session has, and of bounded size', async () => {
    const cluster = await encodeSnapshot({ version: 1, objects: {} })
    const session = freshSession()
    const hostile = [
      {},
      { ...session, extra: 'x' },
      { ...session, shell: { ...session.shell, env: Object.fromEntries(Array.from({ length: 501 }, (_, i) => [`V${i}`, 'x'])) } },
      { ...session, shell: { ...session.shell, aliases: { k: 'x'.repeat(10_001) } } },
      { ...session, kubeconfig: { ...session.kubeconfig, contexts: Array.from({ length: 101 }, (_, i) => ({ name: `c${i}`, cluster: 'k', user: 'u' })) } }
    ]
    for (const bad of hostile) {
      expect(await call('console.save', { cluster, session: bad, history: [] })).toMatchObject({ error: { code: 'invalid-request' } })
    }
    expect((await result<ConsoleSaved>('console.load', {})).savedAt).toBeNull()
  })

  it('keeps workspace files: write, overwrite, rename without overwriting, delete', async () => {
    await result('console.writeFile', { path: 'web.yaml', content: 'kind: Pod\n' })
    await result('console.writeFile', { path: 'k8s/db.yaml', content: 'kind: Service\n' })
    const rewritten = await result<{ content: string; createdAt: number }>('console.writeFile', { path: 'web.yaml', content: 'kind: Deployment\n' })
    expect(rewritten.content).toBe('kind: Deployment\n')

    expect(await call('console.renameFile', { from: 'web.yaml', to: 'k8s/db.yaml' })).toMatchObject({ error: { code: 'invalid-request' } })
    expect(await call('console.renameFile', { from: 'absent.yaml', to: 'x.yaml' })).toMatchObject({ error: { code: 'not-found' } })
    await result('console.renameFile', { from: 'web.yaml', to: 'deploy.yaml' })
    expect(await result('console.deleteFile', { path: 'k8s/db.yaml' })).toEqual({ deleted: true })
    expect(await result('console.deleteFile', { path: 'k8s/db.yaml' })).toEqual({ deleted: false })

    const { files } = await result<ConsoleSaved>('console.load', {})
    expect(files.map((f) => [f.path, f.content])).toEqual([['deploy.yaml', 'kind: Deployment\n']])
  })

  it('refuses paths that would leave the workspace or mean nothing', async () => {
    for (const path of ['', '../etc/passwd', 'a/../b', './web.yaml', 'dir/', 'a//b', '/']) {
      expect(await call('console.writeFile', { path, content: 'x' }), path).toMatchObject({ error: { code: 'invalid-request' } })
    }
    expect(await result('console.writeFile', { path: '/tmp/x.yaml', content: 'x' })).toMatchObject({ path: '/tmp/x.yaml' })
  })
})

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { mapMatches } from '../../../../src/shared/kubesim/engine/api/selectors'
import type { KubeObject } from '../../../../src/shared/kubesim/engine/contract'
import { milli } from '../../../../src/shared/kubesim/engine/api/quantity'
import { cluster, deployment, pod } from './helpers'

const isReady = (p: KubeObject): boolean => p.status?.conditions?.some((x: { type: string; status: string }) => x.type === 'Ready' && x.status === 'True') ?? false

describe('properties', () => {
  it('a Deployment converges to its replicas, whatever the sequence of scales', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 7 }), fc.integer({ min: 0, max: 20 })), { minLength: 1, maxLength: 5 }), fc.integer({ min: 1, max: 1000 }), (steps, seed) => {
        const c = cluster(seed)
        c.create(deployment('web', 2))
        for (const [replicas, wait] of steps) {
          c.patch('deployments', 'default', 'web', { spec: { replicas } }, 'merge')
          c.advance(wait)
        }
        c.advance(60)
        const want = steps[steps.length - 1][0]
        const live = c.list('pods', 'default').filter((p) => !p.metadata.deletionTimestamp)
        expect(live).toHaveLength(want)
        expect(live.every((p) => p.status.phase === 'Running')).toBe(true)
        expect(c.get('deploy', 'default', 'web').status.readyReplicas ?? 0).toBe(want)
      }),
      { numRuns: 12 }
    )
  })

  it('no pod lands on a node its selector, the taints, cordons or resources forbid', () => {
    const nodeSpec = fc.record({ cordon: fc.boolean(), taint: fc.boolean(), disk: fc.constantFrom('ssd', 'hdd', undefined) })
    const podSpec = fc.record({
      disk: fc.constantFrom('ssd', 'hdd', undefined),
      tolerate: fc.boolean(),
      cpu: fc.constantFrom(undefined, '100m', '500m', '1', '1500m')
    })
    fc.assert(
      fc.property(fc.tuple(nodeSpec, nodeSpec), fc.array(podSpec, { minLength: 1, maxLength: 12 }), (nodes, specs) => {
        const c = cluster()
        nodes.forEach((n, i) => {
          const name = `node0${i + 1}`
          c.patch('nodes', undefined, name, { metadata: { labels: n.disk ? { disk: n.disk } : {} }, spec: { unschedulable: n.cordon || undefined, taints: n.taint ? [{ key: 'dedicated', value: 'db', effect: 'NoSchedule' }] : undefined } }, 'merge')
        })
        specs.forEach((s, i) =>
          c.create(
            pod(`p${i}`, {
              nodeSelector: s.disk ? { disk: s.disk } : undefined,
              tolerations: s.tolerate ? [{ key: 'dedicated', operator: 'Equal', value: 'db', effect: 'NoSchedule' }] : undefined,
              containers: [{ name: 'c', image: 'nginx', resources: s.cpu ? { requests: { cpu: s.cpu } } : undefined }]
            })
          )
        )
        const used = new Map<string, number>()
        for (const p of c.list('pods', undefined)) if (p.spec.nodeName) used.set(p.spec.nodeName, (used.get(p.spec.nodeName) ?? 0) + p.spec.containers.reduce((n: number, x: { resources?: { requests?: { cpu?: string } } }) => n + milli(x.resources?.requests?.cpu ?? 0), 0))
        for (const p of c.list('pods', 'default')) {
          if (!p.spec.nodeName) continue
          const node = c.get('nodes', undefined, p.spec.nodeName)
          expect(node.spec.unschedulable).not.toBe(true)
          if (p.spec.nodeSelector) expect(mapMatches(p.spec.nodeSelector, node.metadata.labels)).toBe(true)
          for (const t of node.spec.taints ?? []) expect((p.spec.tolerations ?? []).some((x: { key?: string }) => x.key === t.key)).toBe(true)
          expect(used.get(node.metadata.name)!).toBeLessThanOrEqual(milli(node.status.allocatable.cpu))
        }
      }),
      { numRuns: 20 }
    )
  })

  it('a Service has exactly its ready matching pods as endpoints', () => {
    const member = fc.record({ app: fc.constantFrom('a', 'b'), tier: fc.constantFrom('web', 'db'), ready: fc.boolean() })
    fc.assert(
      fc.property(fc.array(member, { minLength: 1, maxLength: 8 }), fc.constantFrom('a', 'b'), fc.constantFrom('web', 'db', undefined), fc.integer({ min: 0, max: 30 }), (members, app, tier, wait) => {
        const c = cluster()
        const selector: Record<string, string> = tier ? { app, tier } : { app }
        c.create({ apiVersion: 'v1', kind: 'Service', metadata: { name: 'svc', namespace: 'default' }, spec: { selector, ports: [{ port: 80 }] } })
        members.forEach((m, i) =>
          c.create(pod(`m${i}`, { containers: [{ name: 'web', image: 'nginx', readinessProbe: { httpGet: { path: '/', port: m.ready ? 80 : 8080 } } }] }, { app: m.app, tier: m.tier }))
        )
        c.advance(wait)
        const expected = c
          .list('pods', 'default')
          .filter((p) => mapMatches(selector, p.metadata.labels) && p.status.podIP && !p.metadata.deletionTimestamp)
        const ep = c.get('endpoints', 'default', 'svc')
        const ready = (ep.subsets ?? []).flatMap((s: { addresses?: { ip: string }[] }) => s.addresses ?? []).map((a: { ip: string }) => a.ip).sort()
        const notReady = (ep.subsets ?? []).flatMap((s: { notReadyAddresses?: { ip: string }[] }) => s.notReadyAddresses ?? []).map((a: { ip: string }) => a.ip).sort()
        expect(ready).toEqual(expected.filter(isReady).map((p) => p.status.podIP).sort())
        expect(notReady).toEqual(expected.filter((p) => !isReady(p)).map((p) => p.status.podIP).sort())
      }),
      { numRuns: 20 }
    )
  })
})

import { describe, expect, it } from 'vitest'
import { cluster, deployment, pods } from './helpers'

const ready = (c: ReturnType<typeof cluster>, node: string): string => c.get('nodes', undefined, node).status.conditions.find((x: { type: string }) => x.type === 'Ready').status

describe('a failing node (the course\'s "Panne de Node")', () => {
  it('goes NotReady after the grace period, gets tainted, and its pods move after 300 s', () => {
    const c = cluster()
    c.create(deployment('web', 4))
    c.advance(15)
    const onNode01 = pods(c, 'web-').filter((p) => p.spec.nodeName === 'node01').map((p) => p.metadata.name)
    expect(onNode01.length).toBeGreaterThan(0)
    c.failNode('node01')
    c.advance(30)
    expect(ready(c, 'node01')).toBe('True')
    c.advance(15)
    expect(ready(c, 'node01')).toBe('Unknown')
    expect(c.get('nodes', undefined, 'node01').spec.taints.map((t: { key: string; effect: string }) => `${t.key}:${t.effect}`)).toEqual(['node.kubernetes.io/unreachable:NoSchedule', 'node.kubernetes.io/unreachable:NoExecute'])
    c.advance(200)
    expect(pods(c, 'web-').filter((p) => p.metadata.deletionTimestamp)).toHaveLength(0)
    c.advance(120)
    // Evicted pods stay Terminating while their kubelet is away; replacements run elsewhere.
    const all = pods(c, 'web-')
    expect(all.filter((p) => p.metadata.deletionTimestamp).map((p) => p.metadata.name).sort()).toEqual([...onNode01].sort())
    c.advance(15)
    const live = pods(c, 'web-').filter((p) => !p.metadata.deletionTimestamp)
    expect(live).toHaveLength(4)
    expect(live.every((p) => p.spec.nodeName === 'node02' && p.status.phase === 'Running')).toBe(true)
    expect(c.nodeMetrics().map((n) => n.name)).toEqual(['controlplane', 'node02'])

    c.recoverNode('node01')
    expect(ready(c, 'node01')).toBe('True')
    expect(c.get('nodes', undefined, 'node01').spec.taints).toBeUndefined()
    c.advance(5)
    expect(pods(c, 'web-').filter((p) => p.metadata.deletionTimestamp)).toHaveLength(0)
  })

  it('cordon and eviction drain a node while DaemonSet pods stay', () => {
    const c = cluster()
    c.create(deployment('web', 2))
    c.advance(15)
    c.patch('nodes', undefined, 'node02', { spec: { unschedulable: true } }, 'strategic')
    for (const p of c.list('pods', undefined, { fieldSelector: 'spec.nodeName=node02' })) {
      if (p.metadata.ownerReferences?.[0]?.kind === 'DaemonSet') continue
      c.evict(p.metadata.namespace!, p.metadata.name)
    }
    c.advance(15)
    const left = c.list('pods', undefined, { fieldSelector: 'spec.nodeName=node02' }).filter((p) => !p.metadata.deletionTimestamp)
    expect(left.every((p) => p.metadata.ownerReferences?.[0]?.kind === 'DaemonSet')).toBe(true)
    expect(pods(c, 'web-').every((p) => p.spec.nodeName === 'node01')).toBe(true)
  })
})

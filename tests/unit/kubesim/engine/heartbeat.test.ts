// Node heartbeats: leases renewed every 10 s, node status posted every 5 minutes, both
// stopped by a node failure and resumed after it, and carried through a snapshot.
import { describe, expect, it } from 'vitest'
import { DEFAULT_START, restoreCluster } from '../../../../src/shared/kubesim/engine/index'
import type { ClusterApi } from '../../../../src/shared/kubesim/engine/contract'
import { cluster } from './helpers'

const micro = (ms: number) => new Date(ms).toISOString().replace(/\.(\d{3})Z$/, '.$1000Z')
const seconds = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')
const at = (s: number) => DEFAULT_START + s * 1000

const renewTime = (c: ClusterApi, node: string): string => c.get('leases', 'kube-node-lease', node).spec.renewTime
function heartbeat(c: ClusterApi, node: string, type: string): string {
  return c.get('nodes', undefined, node).status.conditions.find((x: { type: string }) => x.type === type).lastHeartbeatTime
}

describe('node heartbeats', () => {
  it('renew each lease every 10 s and post the node status every 5 minutes, from the start', () => {
    const c = cluster()
    for (const node of ['controlplane', 'node01', 'node02']) {
      expect(renewTime(c, node)).toBe(micro(at(0)))
      expect(heartbeat(c, node, 'Ready')).toBe(seconds(at(0)))
    }
    c.advance(15)
    expect(renewTime(c, 'node01')).toBe(micro(at(10)))
    expect(heartbeat(c, 'node01', 'Ready')).toBe(seconds(at(0)))
    c.advance(310)
    expect(renewTime(c, 'node01')).toBe(micro(at(320)))
    expect(heartbeat(c, 'node01', 'Ready')).toBe(seconds(at(300)))
    expect(heartbeat(c, 'node01', 'MemoryPressure')).toBe(seconds(at(300)))
    // NetworkUnavailable is flannel's, set once when its pod came up ten days ago.
    expect(Date.parse(heartbeat(c, 'node01', 'NetworkUnavailable'))).toBeLessThan(at(-9 * 86400))
  })

  it('stop while a node is down and resume when it recovers', () => {
    const c = cluster()
    c.advance(5)
    c.failNode('node02')
    c.advance(120)
    expect(renewTime(c, 'node02')).toBe(micro(at(0)))
    expect(renewTime(c, 'node01')).toBe(micro(at(120)))
    expect(c.get('nodes', undefined, 'node02').status.conditions.find((x: { type: string }) => x.type === 'Ready').status).toBe('Unknown')
    c.recoverNode('node02')
    c.advance(10)
    expect(renewTime(c, 'node02')).toBe(micro(at(130)))
  })

  it('go on after a snapshot is restored, once per interval', () => {
    const c = restoreCluster(JSON.parse(JSON.stringify(cluster().save())))
    const before = Number(c.get('leases', 'kube-node-lease', 'node01').metadata.resourceVersion)
    c.advance(10)
    const lease = c.get('leases', 'kube-node-lease', 'node01')
    expect(lease.spec.renewTime).toBe(micro(at(10)))
    expect(Number(lease.metadata.resourceVersion)).toBeGreaterThan(before)
    c.advance(30)
    expect(renewTime(c, 'node01')).toBe(micro(at(40)))
  })

  it('end with a node deleted from the API', () => {
    const c = cluster()
    c.delete('nodes', undefined, 'node02')
    c.advance(30)
    expect(renewTime(c, 'node01')).toBe(micro(at(30)))
  })
})

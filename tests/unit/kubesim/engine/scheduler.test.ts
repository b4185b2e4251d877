import { describe, expect, it } from 'vitest'
import { cluster, deployment, events, pod, pods } from './helpers'

function unschedulable(c: ReturnType<typeof cluster>, name: string): string | undefined {
  return c.get('pods', 'default', name).status.conditions?.find((x: { type: string; status: string }) => x.type === 'PodScheduled' && x.status === 'False')?.message
}

describe('the scheduler', () => {
  it('explains an unschedulable pod as kube-scheduler does', () => {
    const c = cluster()
    c.create(pod('big', { containers: [{ name: 'x', image: 'nginx', resources: { requests: { cpu: '3' } } }] }))
    const message =
      '0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 2 Insufficient cpu. preemption: 0/3 nodes are available: 1 Preemption is not helpful for scheduling, 2 No preemption victims found for incoming pod.'
    expect(unschedulable(c, 'big')).toBe(message)
    const failed = events(c, 'big').find((e) => e.reason === 'FailedScheduling')!
    expect(failed).toMatchObject({ type: 'Warning', message, reportingComponent: 'default-scheduler' })
    expect(c.get('pods', 'default', 'big').status.phase).toBe('Pending')
  })

  it('honours nodeSelector and retries when a node gets the label', () => {
    const c = cluster()
    c.create(pod('ssd', { nodeSelector: { disk: 'ssd' }, containers: [{ name: 'x', image: 'nginx' }] }))
    expect(unschedulable(c, 'ssd')).toBe(
      "0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 2 node(s) didn't match Pod's node affinity/selector. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling."
    )
    c.patch('nodes', undefined, 'node02', { metadata: { labels: { disk: 'ssd' } } }, 'merge')
    expect(c.get('pods', 'default', 'ssd').spec.nodeName).toBe('node02')
  })

  it('keeps pods off a cordoned node and lets a toleration use a tainted one', () => {
    const c = cluster()
    c.patch('nodes', undefined, 'node01', { spec: { unschedulable: true } }, 'strategic')
    c.create(deployment('web', 4))
    expect(new Set(pods(c, 'web-').map((p) => p.spec.nodeName))).toEqual(new Set(['node02']))
    c.create(pod('tolerant', { tolerations: [{ key: 'node-role.kubernetes.io/control-plane', operator: 'Exists', effect: 'NoSchedule' }], nodeSelector: { 'node-role.kubernetes.io/control-plane': '' }, containers: [{ name: 'x', image: 'nginx' }] }))
    expect(c.get('pods', 'default', 'tolerant').spec.nodeName).toBe('controlplane')
  })

  it('spreads replicas with required pod anti-affinity and leaves the extra one Pending', () => {
    const c = cluster()
    c.create(
      deployment('cache', 3, 'redis', {
        template: {
          metadata: { labels: { app: 'cache' } },
          spec: {
            affinity: { podAntiAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [{ labelSelector: { matchLabels: { app: 'cache' } }, topologyKey: 'kubernetes.io/hostname' }] } },
            containers: [{ name: 'redis', image: 'redis' }]
          }
        }
      })
    )
    const placed = pods(c, 'cache-').filter((p) => p.spec.nodeName)
    expect(new Set(placed.map((p) => p.spec.nodeName))).toEqual(new Set(['node01', 'node02']))
    const pending = pods(c, 'cache-').find((p) => !p.spec.nodeName)!
    expect(unschedulable(c, pending.metadata.name)).toBe(
      "0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 2 node(s) didn't match pod anti-affinity rules. preemption: 0/3 nodes are available: 1 Preemption is not helpful for scheduling, 2 No preemption victims found for incoming pod."
    )
  })

  it('waits for a missing PersistentVolumeClaim', () => {
    const c = cluster()
    c.create(pod('data', { volumes: [{ name: 'd', persistentVolumeClaim: { claimName: 'missing' } }], containers: [{ name: 'x', image: 'nginx' }] }))
    expect(unschedulable(c, 'data')).toBe('0/3 nodes are available: persistentvolumeclaim "missing" not found. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.')
  })

  it('binds straight to spec.nodeName without the scheduler', () => {
    const c = cluster()
    c.create(pod('pinned', { nodeName: 'controlplane', containers: [{ name: 'x', image: 'nginx' }] }))
    c.advance(10)
    const p = c.get('pods', 'default', 'pinned')
    expect(p.spec.nodeName).toBe('controlplane')
    expect(p.status.phase).toBe('Running')
    expect(events(c, 'pinned').some((e) => e.reason === 'Scheduled')).toBe(false)
  })
})

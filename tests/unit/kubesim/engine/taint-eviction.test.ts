// The taint eviction controller: NoExecute taints empty a node of the pods that do not
// tolerate them, at once or after their tolerationSeconds, and cancel when lifted.
import { describe, expect, it } from 'vitest'
import { restoreCluster } from '../../../../src/shared/kubesim/engine/index'
import type { ClusterApi } from '../../../../src/shared/kubesim/engine/contract'
import { cluster, deployment, events, pod, pods } from './helpers'

type Taint = { key: string; value?: string; effect: string }

function taint(c: ClusterApi, node: string, taints: Taint[]): void {
  c.patch('nodes', undefined, node, { spec: { taints } }, 'merge')
}

const live = (c: ClusterApi, prefix: string) => pods(c, prefix).filter((p) => !p.metadata.deletionTimestamp)

function pinned(name: string, tolerations: object[] = []) {
  return pod(name, { nodeName: 'node01', tolerations, containers: [{ name: 'app', image: 'nginx:1.25' }] })
}

describe('a NoExecute taint', () => {
  it('evicts the pods that do not tolerate it at once; their Deployment recreates them elsewhere', () => {
    const c = cluster()
    c.create(deployment('web', 4))
    c.advance(20)
    const before = live(c, 'web-').filter((p) => p.spec.nodeName === 'node01').map((p) => p.metadata.name)
    expect(before.length).toBeGreaterThan(0)
    taint(c, 'node01', [{ key: 'maintenance', value: 'true', effect: 'NoExecute' }])
    for (const name of before) {
      const evicted = c.get('pods', 'default', name)
      expect(evicted.metadata.deletionTimestamp).toBeDefined()
      expect(evicted.status.conditions.find((x: { type: string }) => x.type === 'DisruptionTarget')).toMatchObject({
        status: 'True',
        reason: 'DeletionByTaintManager',
        message: 'Taint manager: deleting due to NoExecute taint'
      })
      expect(events(c, name).map((e) => `${e.reason} ${e.message} ${e.source.component}`)).toContain(
        `TaintManagerEviction Marking for deletion Pod default/${name} taint-eviction-controller`
      )
    }
    c.advance(40)
    const now = live(c, 'web-')
    expect(now).toHaveLength(4)
    expect(now.every((p) => p.spec.nodeName === 'node02' && p.status.phase === 'Running')).toBe(true)
    // kube-proxy tolerates everything and stays; flannel only tolerates NoSchedule, as the real manifest.
    const system = c.list('pods', undefined, { fieldSelector: 'spec.nodeName=node01' }).map((p) => p.metadata.name)
    expect(system.some((n) => n.startsWith('kube-proxy-'))).toBe(true)
    expect(system.some((n) => n.startsWith('kube-flannel-ds-'))).toBe(false)
  })

  it('lets a pod stay for its tolerationSeconds, and forever without a limit', () => {
    const c = cluster()
    c.create(pinned('bounded', [{ key: 'maintenance', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 60 }]))
    c.create(pinned('forever', [{ key: 'maintenance', operator: 'Equal', value: 'true', effect: 'NoExecute' }]))
    c.create(pinned('other-value', [{ key: 'maintenance', operator: 'Equal', value: 'false', effect: 'NoExecute' }]))
    c.advance(15)
    taint(c, 'node01', [{ key: 'maintenance', value: 'true', effect: 'NoExecute' }])
    expect(c.get('pods', 'default', 'other-value').metadata.deletionTimestamp).toBeDefined()
    c.advance(59)
    expect(c.get('pods', 'default', 'bounded').metadata.deletionTimestamp).toBeUndefined()
    c.advance(1)
    expect(c.get('pods', 'default', 'bounded').metadata.deletionTimestamp).toBeDefined()
    c.advance(600)
    expect(c.get('pods', 'default', 'forever').status.phase).toBe('Running')
    expect(c.get('pods', 'default', 'forever').metadata.deletionTimestamp).toBeUndefined()
  })

  it('counts from when the taint appeared, across a save and restore, and is cancelled when the taint goes', () => {
    const c = cluster()
    c.create(pinned('bounded', [{ key: 'maintenance', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 60 }]))
    c.advance(15)
    taint(c, 'node01', [{ key: 'maintenance', value: 'true', effect: 'NoExecute' }])
    c.advance(30)
    const r = restoreCluster(JSON.parse(JSON.stringify(c.save())))
    r.advance(29)
    expect(r.get('pods', 'default', 'bounded').metadata.deletionTimestamp).toBeUndefined()
    r.advance(1)
    expect(r.get('pods', 'default', 'bounded').metadata.deletionTimestamp).toBeDefined()

    c.advance(20)
    taint(c, 'node01', [])
    expect(events(c, 'bounded').map((e) => e.message)).toContain('Cancelling deletion of Pod default/bounded')
    c.advance(60)
    expect(c.get('pods', 'default', 'bounded').metadata.deletionTimestamp).toBeUndefined()
  })

  it('evicts a pod placed on the tainted node by nodeName, and leaves NoSchedule alone', () => {
    const c = cluster()
    taint(c, 'node01', [{ key: 'maintenance', value: 'true', effect: 'NoExecute' }])
    c.create(pinned('late'))
    expect(events(c, 'late').map((e) => e.message)).toContain('Marking for deletion Pod default/late')
    expect(live(c, 'late')).toHaveLength(0)

    const d = cluster()
    d.create(pinned('stays'))
    d.advance(15)
    taint(d, 'node01', [{ key: 'maintenance', value: 'true', effect: 'NoSchedule' }])
    d.advance(60)
    expect(d.get('pods', 'default', 'stays').metadata.deletionTimestamp).toBeUndefined()
  })
})

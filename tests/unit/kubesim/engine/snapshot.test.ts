import { describe, expect, it } from 'vitest'
import { createCluster, restoreCluster } from '../../../../src/shared/kubesim/engine/index'
import { deployment, pod } from './helpers'

describe('save and restore', () => {
  it('is deterministic for a seed', () => {
    const a = createCluster({ seed: 7 })
    const b = createCluster({ seed: 7 })
    a.create(deployment('web', 3))
    b.create(deployment('web', 3))
    expect(a.list('pods', 'default').map((p) => `${p.metadata.name}@${p.spec.nodeName}`)).toEqual(b.list('pods', 'default').map((p) => `${p.metadata.name}@${p.spec.nodeName}`))
    expect(createCluster({ seed: 8 }).list('pods', 'kube-system')[0].metadata.uid).not.toBe(a.list('pods', 'kube-system')[0].metadata.uid)
  })

  it('resumes identically: the same future after a JSON round trip', () => {
    const c = createCluster({ seed: 3 })
    c.create(deployment('web', 3))
    c.create(pod('bb', { containers: [{ name: 'bb', image: 'busybox' }] }))
    c.create({ apiVersion: 'batch/v1', kind: 'CronJob', metadata: { name: 'tick', namespace: 'default' }, spec: { schedule: '*/2 * * * *', jobTemplate: { spec: { template: { spec: { restartPolicy: 'Never', containers: [{ name: 'c', image: 'busybox', command: ['date'] }] } } } } } })
    c.advance(45)
    const saved = c.save() as { version: number }
    expect(saved.version).toBe(1)
    const r = restoreCluster(JSON.parse(JSON.stringify(saved)))
    expect(r.now()).toBe(c.now())
    for (const x of [c, r]) {
      x.patch('deployments', 'default', 'web', { spec: { replicas: 5 } }, 'merge')
      x.advance(600)
      x.create(pod('late', { containers: [{ name: 'c', image: 'nginx' }] }))
      x.advance(3700)
    }
    expect(JSON.stringify(r.save())).toBe(JSON.stringify(c.save()))
    expect(r.logs('default', 'late')).toBe(c.logs('default', 'late'))
  })

  it('refuses what is not a snapshot', () => {
    expect(() => restoreCluster({ version: 2 })).toThrow('unsupported cluster snapshot')
  })
})

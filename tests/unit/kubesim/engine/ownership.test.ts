// ClaimPods: a ReplicaSet owns the pods its selector matches, adopting orphans and
// releasing (not deleting) the pods a label change takes out of its selector.
import { describe, expect, it } from 'vitest'
import { cluster, deployment, pods } from './helpers'

const active = (c: ReturnType<typeof cluster>) => pods(c, 'web-').filter((p) => !p.metadata.deletionTimestamp)

describe('a pod relabelled out of its ReplicaSet selector', () => {
  it('is released, keeps running, and is replaced so the Deployment is back at its replica count', () => {
    const c = cluster()
    c.create(deployment('web', 3))
    c.advance(15)
    const victim = active(c)[0].metadata.name
    c.patch('pods', 'default', victim, { metadata: { labels: { app: 'debug' } } }, 'merge')
    const released = c.get('pods', 'default', victim)
    expect(released.metadata.ownerReferences).toBeUndefined()
    expect(released.metadata.labels?.['pod-template-hash']).toBeDefined()
    c.advance(15)
    const owned = active(c).filter((p) => p.metadata.labels?.app === 'web')
    expect(owned).toHaveLength(3)
    expect(owned.every((p) => p.metadata.ownerReferences?.[0]?.kind === 'ReplicaSet' && p.status.phase === 'Running')).toBe(true)
    expect(c.get('pods', 'default', victim).status.phase).toBe('Running')
    const rs = c.list('replicasets', 'default')[0]
    expect(rs.status).toMatchObject({ replicas: 3, readyReplicas: 3 })
    expect(c.get('deployments', 'default', 'web').status).toMatchObject({ replicas: 3, availableReplicas: 3 })
  })

  it('is adopted again when relabelled back, and the extra pod is scaled away', () => {
    const c = cluster()
    c.create(deployment('web', 2))
    c.advance(15)
    const victim = active(c)[0].metadata.name
    c.patch('pods', 'default', victim, { metadata: { labels: { app: 'debug' } } }, 'merge')
    c.advance(15)
    c.patch('pods', 'default', victim, { metadata: { labels: { app: 'web' } } }, 'merge')
    expect(c.get('pods', 'default', victim).metadata.ownerReferences?.[0]?.kind).toBe('ReplicaSet')
    c.advance(40)
    expect(active(c)).toHaveLength(2)
  })
})

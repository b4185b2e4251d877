import { describe, expect, it } from 'vitest'
import { cluster, deployment, events, pods, state } from './helpers'

describe('Deployment → ReplicaSet → Pods', () => {
  it('creates 3 pods at once, ContainerCreating on the workers, Running 10 s later', () => {
    const c = cluster()
    c.create(deployment('web', 3))
    const rs = c.list('rs', 'default')
    expect(rs).toHaveLength(1)
    const hash = rs[0].metadata.labels?.['pod-template-hash']
    expect(rs[0].metadata.name).toBe(`web-${hash}`)
    expect(rs[0].metadata.annotations?.['deployment.kubernetes.io/revision']).toBe('1')
    const now = pods(c, 'web-')
    expect(now).toHaveLength(3)
    for (const p of now) {
      expect(p.metadata.name).toMatch(new RegExp(`^web-${hash}-[bcdfghjklmnpqrstvwxz2456789]{5}$`))
      expect(['node01', 'node02']).toContain(p.spec.nodeName)
      expect(state(p)).toBe('ContainerCreating')
    }
    c.advance(10)
    for (const p of pods(c, 'web-')) expect(state(p)).toBe('Running')
    const d = c.get('deploy', 'default', 'web')
    expect(d.status).toMatchObject({ replicas: 3, readyReplicas: 3, availableReplicas: 3, updatedReplicas: 3 })
    expect(events(c, 'web').map((e) => e.message)).toContain(`Scaled up replica set web-${hash} to 3 from 0`)
  })

  it('rolls out a new image within maxSurge/maxUnavailable and keeps the history for undo', () => {
    const c = cluster()
    c.create(deployment('web', 4))
    c.advance(15)
    c.patch('deployments', 'default', 'web', { spec: { template: { spec: { containers: [{ name: 'nginx', image: 'nginx:1.25' }] } } } }, 'strategic')
    let maxPods = 0
    let minAvailable = 4
    for (let i = 0; i < 30; i++) {
      c.advance(1)
      const live = pods(c, 'web-').filter((p) => !p.metadata.deletionTimestamp)
      maxPods = Math.max(maxPods, live.length)
      minAvailable = Math.min(minAvailable, live.filter((p) => p.status.conditions?.some((x: { type: string; status: string }) => x.type === 'Ready' && x.status === 'True')).length)
    }
    expect(maxPods).toBeLessThanOrEqual(5)
    expect(minAvailable).toBeGreaterThanOrEqual(3)
    const rs = c.list('rs', 'default')
    expect(rs).toHaveLength(2)
    const byRevision = Object.fromEntries(rs.map((r) => [r.metadata.annotations?.['deployment.kubernetes.io/revision'], r]))
    expect(byRevision['2'].spec.template.spec.containers[0].image).toBe('nginx:1.25')
    expect(byRevision['1'].spec.replicas).toBe(0)
    expect(pods(c, 'web-').every((p) => p.spec.containers[0].image === 'nginx:1.25')).toBe(true)

    // kubectl rollout undo: the old template goes back, its ReplicaSet becomes revision 3.
    const template = structuredClone(byRevision['1'].spec.template)
    delete template.metadata.labels['pod-template-hash']
    c.patch('deployments', 'default', 'web', [{ op: 'replace', path: '/spec/template', value: template }], 'json')
    c.advance(30)
    const after = c.list('rs', 'default')
    expect(after).toHaveLength(2)
    const reused = after.find((r) => r.metadata.name === byRevision['1'].metadata.name)!
    expect(reused.metadata.annotations?.['deployment.kubernetes.io/revision']).toBe('3')
    expect(reused.metadata.annotations?.['deployment.kubernetes.io/revision-history']).toBe('1')
    expect(c.get('deploy', 'default', 'web').metadata.annotations?.['deployment.kubernetes.io/revision']).toBe('3')
  })

  it('Recreate stops every old pod before starting new ones', () => {
    const c = cluster()
    c.create(deployment('db', 2, 'redis', { strategy: { type: 'Recreate' } }))
    c.advance(15)
    c.patch('deployments', 'default', 'db', { spec: { template: { spec: { containers: [{ name: 'redis', image: 'redis:7.2' }] } } } }, 'strategic')
    const live = pods(c, 'db-').filter((p) => !p.metadata.deletionTimestamp)
    expect(live.every((p) => p.spec.containers[0].image === 'redis')).toBe(true)
    c.advance(20)
    expect(pods(c, 'db-').map((p) => p.spec.containers[0].image)).toEqual(['redis:7.2', 'redis:7.2'])
  })

  it('a paused deployment does not roll out until resumed; restartedAt starts a new ReplicaSet', () => {
    const c = cluster()
    c.create(deployment('web', 2))
    c.advance(15)
    c.patch('deployments', 'default', 'web', { spec: { paused: true } }, 'merge')
    c.patch('deployments', 'default', 'web', { spec: { template: { spec: { containers: [{ name: 'nginx', image: 'nginx:1.26' }] } } } }, 'strategic')
    c.advance(15)
    expect(c.list('rs', 'default')).toHaveLength(1)
    expect(c.get('deploy', 'default', 'web').status.conditions.find((x: { type: string }) => x.type === 'Progressing').reason).toBe('DeploymentPaused')
    c.patch('deployments', 'default', 'web', { spec: { paused: false } }, 'merge')
    c.advance(30)
    expect(c.list('rs', 'default')).toHaveLength(2)
    c.patch('deployments', 'default', 'web', { spec: { template: { metadata: { annotations: { 'kubectl.kubernetes.io/restartedAt': '2025-03-03T09:01:00Z' } } } } }, 'strategic')
    c.advance(30)
    expect(c.list('rs', 'default')).toHaveLength(3)
  })

  it('scales down the newest, unready pods first and reports SuccessfulDelete', () => {
    const c = cluster()
    c.create(deployment('web', 5))
    c.advance(15)
    c.patch('deployments', 'default', 'web', { spec: { replicas: 2 } }, 'merge')
    expect(pods(c, 'web-').filter((p) => !p.metadata.deletionTimestamp)).toHaveLength(2)
    const rs = c.list('rs', 'default')[0]
    expect(events(c, rs.metadata.name).filter((e) => e.reason === 'SuccessfulDelete')).toHaveLength(3)
  })

  it('deleting a Deployment garbage-collects its ReplicaSet and pods; orphan keeps them', () => {
    const c = cluster()
    c.create(deployment('a', 2))
    c.create(deployment('b', 2))
    c.advance(15)
    c.delete('deployments', 'default', 'a')
    c.delete('deployments', 'default', 'b', { propagationPolicy: 'Orphan' })
    c.advance(5)
    expect(c.list('rs', 'default').map((r) => r.metadata.name.split('-')[0])).toEqual(['b'])
    expect(c.list('rs', 'default')[0].metadata.ownerReferences).toBeUndefined()
    expect(pods(c, 'a-')).toHaveLength(0)
    expect(pods(c, 'b-')).toHaveLength(2)
  })
})

describe('StatefulSet, DaemonSet, Job, CronJob', () => {
  it('creates web-0 then web-1, each with its own bound claim', () => {
    const c = cluster()
    c.create({ apiVersion: 'v1', kind: 'Service', metadata: { name: 'web', namespace: 'default' }, spec: { clusterIP: 'None', selector: { app: 'web' }, ports: [{ port: 80 }] } })
    c.create({
      apiVersion: 'apps/v1',
      kind: 'StatefulSet',
      metadata: { name: 'web', namespace: 'default' },
      spec: {
        replicas: 2,
        serviceName: 'web',
        selector: { matchLabels: { app: 'web' } },
        template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'nginx', image: 'nginx', volumeMounts: [{ name: 'www', mountPath: '/usr/share/nginx/html' }] }] } },
        volumeClaimTemplates: [{ metadata: { name: 'www' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } }]
      }
    })
    expect(pods(c, 'web-').map((p) => p.metadata.name)).toEqual(['web-0'])
    c.advance(20)
    expect(pods(c, 'web-').map((p) => p.metadata.name)).toEqual(['web-0', 'web-1'])
    c.advance(20)
    const claims = c.list('pvc', 'default')
    expect(claims.map((x) => `${x.metadata.name}:${x.status.phase}`)).toEqual(['www-web-0:Bound', 'www-web-1:Bound'])
    expect(c.list('pv', undefined)).toHaveLength(2)
    const p = c.get('pods', 'default', 'web-1')
    expect(p.spec.hostname).toBe('web-1')
    expect(p.metadata.labels?.['statefulset.kubernetes.io/pod-name']).toBe('web-1')
    expect(state(p)).toBe('Running')
  })

  it('runs a DaemonSet pod on each worker but not on the tainted control plane', () => {
    const c = cluster()
    c.create({ apiVersion: 'apps/v1', kind: 'DaemonSet', metadata: { name: 'agent', namespace: 'default' }, spec: { selector: { matchLabels: { app: 'agent' } }, template: { metadata: { labels: { app: 'agent' } }, spec: { containers: [{ name: 'a', image: 'busybox', command: ['sleep', '3600'] }] } } } })
    expect(pods(c, 'agent-').map((p) => p.spec.nodeName).sort()).toEqual(['node01', 'node02'])
    c.advance(10)
    expect(c.get('ds', 'default', 'agent').status).toMatchObject({ desiredNumberScheduled: 2, currentNumberScheduled: 2, numberReady: 2 })
  })

  it('runs a Job to its completions and marks it Complete', () => {
    const c = cluster()
    c.create({ apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'pi', namespace: 'default' }, spec: { completions: 3, parallelism: 1, template: { spec: { restartPolicy: 'Never', containers: [{ name: 'pi', image: 'busybox', command: ['sh', '-c', 'echo 3.14159; sleep 2'] }] } } } })
    c.advance(60)
    const job = c.get('jobs', 'default', 'pi')
    expect(job.status.succeeded).toBe(3)
    expect(job.status.conditions.map((x: { type: string }) => x.type)).toEqual(['SuccessCriteriaMet', 'Complete'])
    expect(pods(c, 'pi-').every((p) => p.status.phase === 'Succeeded')).toBe(true)
    expect(c.logs('default', pods(c, 'pi-')[0].metadata.name)).toBe('3.14159\n')
  })

  it('fails a Job after backoffLimit failures', () => {
    const c = cluster()
    c.create({ apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'bad', namespace: 'default' }, spec: { backoffLimit: 2, template: { spec: { restartPolicy: 'Never', containers: [{ name: 'x', image: 'busybox', command: ['sh', '-c', 'exit 3'] }] } } } })
    c.advance(300)
    const job = c.get('jobs', 'default', 'bad')
    expect(job.status.failed).toBe(3)
    expect(job.status.conditions.find((x: { type: string }) => x.type === 'Failed').reason).toBe('BackoffLimitExceeded')
  })

  it('names CronJob jobs after the scheduled minute and keeps three', () => {
    const c = cluster()
    c.create({ apiVersion: 'batch/v1', kind: 'CronJob', metadata: { name: 'hello', namespace: 'default' }, spec: { schedule: '*/1 * * * *', jobTemplate: { spec: { template: { spec: { restartPolicy: 'OnFailure', containers: [{ name: 'c', image: 'busybox', command: ['date'] }] } } } } } })
    c.advance(5 * 60 + 30)
    const jobs = c.list('jobs', 'default').map((j) => j.metadata.name)
    expect(jobs).toHaveLength(3)
    for (const j of jobs) expect(Number(j.split('-')[1]) * 60000 % 60000).toBe(0)
    const last = Math.max(...jobs.map((j) => Number(j.split('-')[1])))
    expect(last).toBe(Math.floor(c.now() / 60000))
  })
})

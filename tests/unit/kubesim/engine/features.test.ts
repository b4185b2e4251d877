import { describe, expect, it } from 'vitest'
import { cluster, deployment, events, pod } from './helpers'

describe('more of the cluster', () => {
  it('HPA scales an idle Deployment down to minReplicas after the stabilisation window', () => {
    const c = cluster()
    const d = deployment('web', 4) as unknown as { spec: { template: { spec: { containers: { resources?: unknown }[] } } } }
    d.spec.template.spec.containers[0].resources = { requests: { cpu: '100m' } }
    c.create(d)
    c.create({ apiVersion: 'autoscaling/v2', kind: 'HorizontalPodAutoscaler', metadata: { name: 'web', namespace: 'default' }, spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' }, minReplicas: 1, maxReplicas: 5, metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 50 } } }] } })
    c.advance(60)
    expect(c.get('deploy', 'default', 'web').spec.replicas).toBe(4)
    c.advance(300)
    expect(c.get('deploy', 'default', 'web').spec.replicas).toBe(1)
    const hpa = c.get('hpa', 'default', 'web')
    expect(hpa.status).toMatchObject({ currentReplicas: 1, desiredReplicas: 1 })
    expect(hpa.status.currentMetrics[0].resource.current.averageUtilization).toBeLessThan(50)
    expect(events(c, 'web').map((e) => e.message)).toContain('New size: 1; reason: All metrics below target')
  })

  it('a deny-all NetworkPolicy makes wget time out, and an allow rule lets it through', () => {
    const c = cluster()
    c.create(deployment('web', 1))
    c.create({ apiVersion: 'v1', kind: 'Service', metadata: { name: 'web', namespace: 'default' }, spec: { selector: { app: 'web' }, ports: [{ port: 80 }] } })
    c.create(pod('client', { containers: [{ name: 'c', image: 'busybox', command: ['sleep', '3600'] }] }, { role: 'client' }))
    c.advance(10)
    c.create({ apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: 'deny', namespace: 'default' }, spec: { podSelector: { matchLabels: { app: 'web' } }, policyTypes: ['Ingress'] } })
    expect(c.exec('default', 'client', undefined, ['wget', '-qO-', '-T', '2', 'web'])).toMatchObject({ exitCode: 1, stderr: 'wget: download timed out\n' })
    c.create({ apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: 'allow-client', namespace: 'default' }, spec: { podSelector: { matchLabels: { app: 'web' } }, ingress: [{ from: [{ podSelector: { matchLabels: { role: 'client' } } }], ports: [{ port: 80 }] }] } })
    expect(c.exec('default', 'client', undefined, ['wget', '-qO-', 'web']).stdout).toContain('Welcome to nginx!')
  })

  it('marks a rollout stuck on a bad image as ProgressDeadlineExceeded', () => {
    const c = cluster()
    c.create(deployment('web', 2, 'nginx', { progressDeadlineSeconds: 60 }))
    c.advance(15)
    c.patch('deployments', 'default', 'web', { spec: { template: { spec: { containers: [{ name: 'nginx', image: 'nginx:9.99' }] } } } }, 'strategic')
    c.advance(90)
    const progressing = c.get('deploy', 'default', 'web').status.conditions.find((x: { type: string }) => x.type === 'Progressing')
    expect(progressing).toMatchObject({ status: 'False', reason: 'ProgressDeadlineExceeded' })
    expect(progressing.message).toMatch(/^ReplicaSet "web-\w+" has timed out progressing\.$/)
  })

  it('documents fields for explain', () => {
    const c = cluster()
    const doc = c.explain(c.resolveResource('pods')!, ['spec', 'containers'])!
    expect(doc).toMatchObject({ name: 'containers', type: '[]Container', required: true })
    expect(doc.fields!.find((f) => f.name === 'image')!.description).toMatch(/^Container image name/)
    expect(c.explain(c.resolveResource('deploy')!, [])!.description).toBe('Deployment enables declarative updates for Pods and ReplicaSets.')
    expect(c.explain(c.resolveResource('deploy')!, ['spec', 'nope'])).toBeUndefined()
  })
})

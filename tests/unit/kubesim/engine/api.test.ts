import { describe, expect, it } from 'vitest'
import { ApiException, type ApiStatus } from '../../../../src/shared/kubesim/engine/contract'
import { cluster, deployment, pod, pods } from './helpers'

function refusal(f: () => unknown): ApiStatus {
  try {
    f()
  } catch (e) {
    if (e instanceof ApiException) return e.status
    throw e
  }
  throw new Error('expected the API server to refuse')
}

describe('the API server', () => {
  const c = cluster()

  it('rejects unknown fields and wrong types with strict decoding messages', () => {
    const d = deployment('web') as unknown as { spec: Record<string, unknown> }
    d.spec.replica = 2
    expect(refusal(() => c.create(d))).toMatchObject({
      code: 400,
      reason: 'BadRequest',
      message: 'Deployment in version "v1" cannot be handled as a Deployment: strict decoding error: unknown field "spec.replica"'
    })
    expect(refusal(() => c.create(pod('p', { containers: [{ name: 'c', image: 'busybox', command: ['sleep', 1200] }] }))).message).toBe(
      'Pod in version "v1" cannot be handled as a Pod: json: cannot unmarshal number into Go struct field Container.spec.containers.command of type string'
    )
  })

  it('validates objects with field errors', () => {
    const bad = deployment('web') as unknown as { spec: { template: { metadata: { labels: Record<string, string> } } } }
    bad.spec.template.metadata.labels = { app: 'x' }
    const status = refusal(() => c.create(bad))
    expect(status).toMatchObject({ code: 422, reason: 'Invalid' })
    expect(status.message).toBe('Deployment.apps "web" is invalid: spec.template.metadata.labels: Invalid value: map[string]string{"app":"x"}: `selector` does not match template `labels`')
    expect(refusal(() => c.create(pod('Web', { containers: [{ name: 'c' }] }))).message).toMatch(/^Pod "Web" is invalid: \[metadata\.name: Invalid value: "Web": a lowercase RFC 1123 subdomain/)
  })

  it('defaults what the real server defaults', () => {
    const d = c.create(deployment('defaults'))
    expect(d.spec.strategy).toEqual({ type: 'RollingUpdate', rollingUpdate: { maxSurge: '25%', maxUnavailable: '25%' } })
    expect(d.spec).toMatchObject({ revisionHistoryLimit: 10, progressDeadlineSeconds: 600 })
    expect(d.spec.template.spec.containers[0]).toMatchObject({ imagePullPolicy: 'Always', terminationMessagePath: '/dev/termination-log', terminationMessagePolicy: 'File', resources: {} })
    const p = c.create(pod('tagged', { containers: [{ name: 'c', image: 'nginx:1.25' }] }))
    expect(p.spec.containers[0].imagePullPolicy).toBe('IfNotPresent')
    expect(p.spec).toMatchObject({ serviceAccountName: 'default', dnsPolicy: 'ClusterFirst', restartPolicy: 'Always', schedulerName: 'default-scheduler', enableServiceLinks: true, preemptionPolicy: 'PreemptLowerPriority', priority: 0 })
    expect(p.spec.tolerations).toEqual([
      { effect: 'NoExecute', key: 'node.kubernetes.io/not-ready', operator: 'Exists', tolerationSeconds: 300 },
      { effect: 'NoExecute', key: 'node.kubernetes.io/unreachable', operator: 'Exists', tolerationSeconds: 300 }
    ])
    expect(p.spec.volumes[0].name).toMatch(/^kube-api-access-[bcdfghjklmnpqrstvwxz2456789]{5}$/)
    expect(p.metadata).toMatchObject({ resourceVersion: expect.stringMatching(/^\d+$/), uid: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/) })
    expect(Object.isFrozen(p)).toBe(true)
  })

  it('reports NotFound, AlreadyExists and stale updates with their status codes', () => {
    expect(refusal(() => c.get('deploy', 'default', 'nope'))).toMatchObject({ code: 404, message: 'deployments.apps "nope" not found' })
    expect(refusal(() => c.create(pod('tagged', { containers: [{ name: 'c', image: 'nginx' }] })))).toMatchObject({ code: 409, reason: 'AlreadyExists', message: 'pods "tagged" already exists' })
    const cm = c.create({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cfg', namespace: 'default' }, data: { a: '1' } })
    c.update({ ...cm, data: { a: '2' } })
    expect(refusal(() => c.update({ ...cm, data: { a: '3' } }))).toMatchObject({
      code: 409,
      reason: 'Conflict',
      message: 'Operation cannot be fulfilled on configmaps "cfg": the object has been modified; please apply your changes to the latest version and try again'
    })
    expect(refusal(() => c.create(pod('x', { containers: [{ name: 'c', image: 'nginx' }] }) && { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'y', namespace: 'nowhere' }, spec: { containers: [{ name: 'c', image: 'nginx' }] } }))).toMatchObject({ code: 404, message: 'namespaces "nowhere" not found' })
  })

  it('merges strategic patches by container name and JSON-merge patches labels', () => {
    c.create(deployment('patched', 1))
    const out = c.patch('deployments', 'default', 'patched', { spec: { template: { spec: { containers: [{ name: 'nginx', image: 'nginx:1.26' }] } } } }, 'strategic')
    expect(out.spec.template.spec.containers).toHaveLength(1)
    expect(out.spec.template.spec.containers[0]).toMatchObject({ name: 'nginx', image: 'nginx:1.26', imagePullPolicy: 'Always' })
    expect(out.metadata.generation).toBe(2)
    const labelled = c.patch('deployments', 'default', 'patched', { metadata: { labels: { tier: 'web' } } }, 'merge')
    expect(labelled.metadata.labels).toEqual({ app: 'patched', tier: 'web' })
    expect(labelled.metadata.generation).toBe(2)
  })

  it('encodes stringData into data and rejects bad base64', () => {
    const s = c.create({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 's', namespace: 'default' }, stringData: { password: 'été' } })
    expect(s.data).toEqual({ password: 'w6l0w6k=' })
    expect(s.type).toBe('Opaque')
    expect(s.stringData).toBeUndefined()
  })

  it('allocates ClusterIPs in 10.96.0.0/12 and NodePorts in 30000-32767', () => {
    const svc = c.create({ apiVersion: 'v1', kind: 'Service', metadata: { name: 'np', namespace: 'default' }, spec: { type: 'NodePort', selector: { app: 'x' }, ports: [{ port: 80 }] } })
    const [a, b] = svc.spec.clusterIP.split('.').map(Number)
    expect(a).toBe(10)
    expect(b).toBeGreaterThanOrEqual(96)
    expect(b).toBeLessThanOrEqual(111)
    expect(svc.spec.ports[0]).toMatchObject({ port: 80, targetPort: 80, protocol: 'TCP' })
    expect(svc.spec.ports[0].nodePort).toBeGreaterThanOrEqual(30000)
    expect(refusal(() => c.create({ apiVersion: 'v1', kind: 'Service', metadata: { name: 'low', namespace: 'default' }, spec: { type: 'NodePort', ports: [{ port: 80, nodePort: 80 }] } })).message).toBe(
      'Service "low" is invalid: spec.ports[0].nodePort: Invalid value: 80: provided port is not in the valid range. The range of valid ports is 30000-32767'
    )
  })
})

describe('authorisation and admission', () => {
  it('answers can-i from RBAC and refuses impersonated requests with the real message', () => {
    const c = cluster()
    const jane = { username: 'jane' }
    expect(c.canI(jane, 'list', c.resolveResource('pods'), 'default').allowed).toBe(false)
    expect(refusal(() => c.list('pods', 'default', {}, jane))).toMatchObject({
      code: 403,
      message: 'pods is forbidden: User "jane" cannot list resource "pods" in API group "" in the namespace "default"'
    })
    c.create({ apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role', metadata: { name: 'reader', namespace: 'default' }, rules: [{ apiGroups: [''], resources: ['pods'], verbs: ['get', 'list'] }] })
    c.create({ apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'RoleBinding', metadata: { name: 'jane-reads', namespace: 'default' }, roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'reader' }, subjects: [{ kind: 'User', name: 'jane', apiGroup: 'rbac.authorization.k8s.io' }] })
    expect(c.canI(jane, 'list', c.resolveResource('pods'), 'default').allowed).toBe(true)
    expect(c.canI(jane, 'delete', c.resolveResource('pods'), 'default').allowed).toBe(false)
    expect(c.canI(jane, 'list', c.resolveResource('pods'), 'kube-system').allowed).toBe(false)
    expect(refusal(() => c.get('nodes', undefined, 'node01', jane)).message).toBe('nodes "node01" is forbidden: User "jane" cannot get resource "nodes" in API group "" at the cluster scope')
  })

  it('enforces a ResourceQuota with the exceeded-quota message, also for controller-made pods', () => {
    const c = cluster()
    c.create({ apiVersion: 'v1', kind: 'ResourceQuota', metadata: { name: 'compute', namespace: 'default' }, spec: { hard: { pods: '2', 'requests.cpu': '1' } } })
    expect(refusal(() => c.create(pod('nolimits', { containers: [{ name: 'c', image: 'nginx' }] }))).message).toBe('pods "nolimits" is forbidden: failed quota: compute: must specify requests.cpu for: c')
    const withCpu = (name: string, cpu: string) => pod(name, { containers: [{ name: 'c', image: 'nginx', resources: { requests: { cpu } } }] })
    c.create(withCpu('a', '600m'))
    expect(refusal(() => c.create(withCpu('b', '500m'))).message).toBe('pods "b" is forbidden: exceeded quota: compute, requested: requests.cpu=500m, used: requests.cpu=600m, limited: requests.cpu=1')
    expect(c.get('quota', 'default', 'compute').status).toEqual({ hard: { pods: '2', 'requests.cpu': '1' }, used: { pods: '1', 'requests.cpu': '600m' } })
  })

  it('fills container defaults from a LimitRange and rejects pods above its max', () => {
    const c = cluster()
    c.create({ apiVersion: 'v1', kind: 'LimitRange', metadata: { name: 'lr', namespace: 'default' }, spec: { limits: [{ type: 'Container', default: { cpu: '500m', memory: '256Mi' }, defaultRequest: { cpu: '100m' }, max: { cpu: '1' } }] } })
    const p = c.create(pod('d', { containers: [{ name: 'c', image: 'nginx' }] }))
    expect(p.spec.containers[0].resources).toEqual({ limits: { cpu: '500m', memory: '256Mi' }, requests: { cpu: '100m', memory: '256Mi' } })
    expect(p.metadata.annotations?.['kubernetes.io/limit-ranger']).toBe('LimitRanger plugin set: cpu, memory request for container c; cpu, memory limit for container c')
    expect(refusal(() => c.create(pod('big', { containers: [{ name: 'c', image: 'nginx', resources: { limits: { cpu: '2' } } }] }))).message).toBe('pods "big" is forbidden: maximum cpu usage per Container is 1, but limit is 2')
  })

  it('evicts pods only as far as a PodDisruptionBudget allows', () => {
    const c = cluster()
    c.create(deployment('web', 2))
    c.create({ apiVersion: 'policy/v1', kind: 'PodDisruptionBudget', metadata: { name: 'web-pdb', namespace: 'default' }, spec: { minAvailable: 2, selector: { matchLabels: { app: 'web' } } } })
    c.advance(15)
    const victim = pods(c, 'web-')[0].metadata.name
    expect(refusal(() => c.evict('default', victim))).toMatchObject({
      code: 429,
      reason: 'TooManyRequests',
      message: "Cannot evict pod as it would violate the pod's disruption budget.",
      details: { causes: [{ reason: 'DisruptionBudget', message: 'The disruption budget web-pdb needs 2 healthy pods and has 2 currently' }] }
    })
    c.patch('poddisruptionbudgets', 'default', 'web-pdb', { spec: { minAvailable: 1 } }, 'merge')
    c.evict('default', victim)
    expect(c.get('pods', 'default', victim).metadata.deletionTimestamp).toBeDefined()
  })

  it('deletes everything in a namespace before the namespace itself', () => {
    const c = cluster()
    c.create({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'team' } })
    expect(c.get('sa', 'team', 'default').metadata.name).toBe('default')
    c.create({ ...deployment('web', 2), metadata: { name: 'web', namespace: 'team' } })
    c.advance(10)
    const ns = c.delete('namespaces', undefined, 'team')
    expect(ns.status.phase).toBe('Terminating')
    expect(refusal(() => c.create({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'late', namespace: 'team' } })).message).toBe('configmaps "late" is forbidden: unable to create new content in namespace team because it is being terminated')
    c.advance(10)
    expect(refusal(() => c.get('ns', undefined, 'team')).code).toBe(404)
  })
})

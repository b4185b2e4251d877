import { describe, expect, it } from 'vitest'
import { cluster } from './helpers'

describe('the default kubeadm cluster', () => {
  const c = cluster()

  it('has three Ready nodes with their roles and the control-plane taint', () => {
    const nodes = c.list('nodes', undefined)
    expect(nodes.map((n) => n.metadata.name)).toEqual(['controlplane', 'node01', 'node02'])
    for (const n of nodes) expect(n.status.conditions.find((x: { type: string }) => x.type === 'Ready').status).toBe('True')
    expect(nodes[0].spec.taints).toEqual([{ effect: 'NoSchedule', key: 'node-role.kubernetes.io/control-plane' }])
    expect(nodes[0].metadata.labels?.['node-role.kubernetes.io/control-plane']).toBe('')
    expect(nodes[1].spec.podCIDR).toBe('10.244.1.0/24')
    expect(nodes[0].status.nodeInfo.kubeletVersion).toBe('v1.31.0')
  })

  it('finished its setup ten days before the simulation starts: every node, namespace and system pod is ten days old', () => {
    const DAY = 24 * 3600 * 1000
    const age = (o: { metadata: { creationTimestamp?: string } }) => c.now() - Date.parse(o.metadata.creationTimestamp!)
    const setup = [...c.list('nodes', undefined), ...c.list('namespaces', undefined), ...c.list('pods', 'kube-system'), ...c.list('pods', 'kube-flannel')]
    for (const o of setup) {
      expect(age(o), o.metadata.name).toBeGreaterThanOrEqual(10 * DAY)
      expect(age(o), o.metadata.name).toBeLessThan(10 * DAY + 5 * 60 * 1000)
    }
    // kubeadm init a few minutes earlier, the last kubeadm join exactly ten days ago.
    expect(age(c.get('nodes', undefined, 'node02'))).toBe(10 * DAY)
    for (const workers of [0, 1, 12]) {
      const other = cluster(1, workers)
      const last = Math.max(...[...other.list('nodes', undefined), ...other.list('pods', undefined)].map((o) => Date.parse(o.metadata.creationTimestamp!)))
      expect(other.now() - last, `${workers} workers`).toBe(10 * DAY)
    }
  })

  it('has the five namespaces, each with its default ServiceAccount and kube-root-ca.crt', () => {
    expect(c.list('namespaces', undefined).map((n) => n.metadata.name)).toEqual(['default', 'kube-flannel', 'kube-node-lease', 'kube-public', 'kube-system'])
    for (const ns of ['default', 'kube-flannel', 'kube-public']) {
      expect(c.get('serviceaccounts', ns, 'default').metadata.name).toBe('default')
      expect(c.get('configmaps', ns, 'kube-root-ca.crt').data['ca.crt']).toContain('BEGIN CERTIFICATE')
    }
  })

  it('runs the control plane, coredns, kube-proxy and flannel, all Running', () => {
    const sys = c.list('pods', 'kube-system').map((p) => p.metadata.name)
    for (const name of ['etcd-controlplane', 'kube-apiserver-controlplane', 'kube-controller-manager-controlplane', 'kube-scheduler-controlplane']) expect(sys).toContain(name)
    expect(sys.filter((n) => n.startsWith('coredns-'))).toHaveLength(2)
    expect(sys.filter((n) => n.startsWith('kube-proxy-'))).toHaveLength(3)
    expect(c.list('pods', 'kube-flannel')).toHaveLength(3)
    for (const p of [...c.list('pods', 'kube-system'), ...c.list('pods', 'kube-flannel')]) expect(p.status.phase).toBe('Running')
    const coredns = c.get('deployments', 'kube-system', 'coredns')
    expect(coredns.status.readyReplicas).toBe(2)
  })

  it('serves kubernetes on 10.96.0.1 and kube-dns on 10.96.0.10 with its endpoints', () => {
    const k = c.get('services', 'default', 'kubernetes')
    expect(k.spec.clusterIP).toBe('10.96.0.1')
    expect(k.spec.ports[0]).toMatchObject({ port: 443, protocol: 'TCP', targetPort: 6443 })
    const dns = c.get('svc', 'kube-system', 'kube-dns')
    expect(dns.spec.clusterIP).toBe('10.96.0.10')
    expect(dns.spec.ports.map((p: { port: number; protocol: string }) => `${p.port}/${p.protocol}`)).toEqual(['53/UDP', '53/TCP', '9153/TCP'])
    const ep = c.get('endpoints', 'kube-system', 'kube-dns')
    expect(ep.subsets[0].addresses).toHaveLength(2)
  })

  it('has a default StorageClass and the cluster-admin binding of kubeadm', () => {
    const sc = c.list('storageclasses', undefined)
    expect(sc[0].metadata.annotations?.['storageclass.kubernetes.io/is-default-class']).toBe('true')
    expect(c.canI({ username: 'kubernetes-admin', groups: ['kubeadm:cluster-admins'] }, 'delete', c.resolveResource('nodes'), undefined).allowed).toBe(true)
  })

  it('keeps no events older than an hour', () => {
    expect(c.list('events', undefined)).toHaveLength(0)
  })
})

describe('discovery', () => {
  const c = cluster()
  it.each([
    ['po', 'pods', ''],
    ['pod', 'pods', ''],
    ['Pod', 'pods', ''],
    ['deploy', 'deployments', 'apps'],
    ['deployments.apps', 'deployments', 'apps'],
    ['deployment.v1.apps', 'deployments', 'apps'],
    ['svc', 'services', ''],
    ['ev', 'events', ''],
    ['events.events.k8s.io', 'events', 'events.k8s.io'],
    ['hpa', 'horizontalpodautoscalers', 'autoscaling'],
    ['netpol', 'networkpolicies', 'networking.k8s.io'],
    ['sc', 'storageclasses', 'storage.k8s.io']
  ])('resolves %s', (text, name, group) => {
    expect(c.resolveResource(text)).toMatchObject({ name, group })
  })

  it('does not resolve unknown names', () => {
    expect(c.resolveResource('foo')).toBeUndefined()
    expect(() => c.list('foo', 'default')).toThrow('the server could not find the requested resource')
  })

  it('lists the v1.31 API resources', () => {
    const names = c.resources().map((r) => r.name)
    expect(names).toContain('validatingadmissionpolicies')
    expect(c.resources().find((r) => r.name === 'pods')).toMatchObject({ shortNames: ['po'], namespaced: true, kind: 'Pod', version: 'v1', categories: ['all'] })
  })
})

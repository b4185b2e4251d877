// `kubeadm init`, the flannel manifest and two `kubeadm join`s, replayed on the simulated
// clock so that the setup ends ten days before the simulation starts: every object has its
// real history, and the nodes, namespaces and system pods all read ten days old.
import type { KubeObject } from '../contract'
import type { Ctx } from '../controllers/context'
import { CONTROLLER_SERVICE_ACCOUNTS, clusterRoleBindings, clusterRoles, namespacedRbac } from './rbac'
import { joinNode, type NodeShape } from './nodes'
import { systemConfigMaps } from './configmaps'
import { controlPlaneCommands, corednsDeployment, flannelDaemonSet, kubeProxyDaemonSet, staticPod } from './workloads'
import { R } from '../controllers/util'
import { intToIp, ipToInt } from '../kinds/services'
import type { ResourceInfo } from '../contract'
import { objectMeta } from '../runtime/objects'

export interface BootstrapOptions {
  /** Worker nodes besides the control plane (node01, node02, …). */
  workers: number
  /** Called to let time pass (controllers and kubelets run). */
  advance(seconds: number): void
}

function ns(name: string): KubeObject {
  return { apiVersion: 'v1', kind: 'Namespace', metadata: objectMeta({ name }) }
}

function sa(namespace: string, name: string): KubeObject {
  return { apiVersion: 'v1', kind: 'ServiceAccount', metadata: objectMeta({ name, namespace }) }
}

/** Seconds after `kubeadm init`: the control plane registers, addons, flannel, the joins. */
const AT = { controlPlane: 2, addons: 10, flannel: 60, joins: 120 }
const JOIN_GAP = 30
const JOINS_APART_UP_TO = 10

/** Seconds from `kubeadm init` to the last object the setup creates (the last join, or flannel). */
export function setupSeconds(workers: number): number {
  if (workers === 0) return AT.flannel
  return AT.joins + (workers <= JOINS_APART_UP_TO ? JOIN_GAP * (workers - 1) : 0)
}

export function workerName(i: number): string {
  return `node${String(i).padStart(2, '0')}`
}

export function bootstrapCluster(ctx: Ctx, options: BootstrapOptions): void {
  const { server, sim } = ctx
  const create = (info: ResourceInfo, obj: KubeObject): KubeObject => server.create(info, obj)
  const base = ipToInt(`172.30.${sim.random.int(1, 200)}.2`)
  const apiIP = intToIp(base)

  for (const name of ['default', 'kube-node-lease', 'kube-public', 'kube-system']) create(R.namespaces, ns(name))
  create(R.priorityclasses, { apiVersion: 'scheduling.k8s.io/v1', kind: 'PriorityClass', metadata: objectMeta({ name: 'system-cluster-critical' }), value: 2000000000, description: 'Used for system critical pods that must run in the cluster, but can be moved to another node if necessary.' })
  create(R.priorityclasses, { apiVersion: 'scheduling.k8s.io/v1', kind: 'PriorityClass', metadata: objectMeta({ name: 'system-node-critical' }), value: 2000001000, description: 'Used for system critical pods that must not be moved from their current node.' })
  for (const r of clusterRoles()) create(R.clusterroles, r)
  for (const b of clusterRoleBindings()) create(R.clusterrolebindings, b)
  create(R.services, {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: objectMeta({ name: 'kubernetes', namespace: 'default', labels: { component: 'apiserver', provider: 'kubernetes' } }),
    spec: { clusterIP: '10.96.0.1', ports: [{ name: 'https', port: 443, protocol: 'TCP', targetPort: 6443 }], sessionAffinity: 'None', type: 'ClusterIP' }
  })
  create(R.storageclasses, {
    apiVersion: 'storage.k8s.io/v1',
    kind: 'StorageClass',
    metadata: objectMeta({ name: 'local-path', annotations: { 'storageclass.kubernetes.io/is-default-class': 'true' } }),
    provisioner: 'rancher.io/local-path',
    reclaimPolicy: 'Delete',
    volumeBindingMode: 'WaitForFirstConsumer'
  })
  options.advance(AT.controlPlane)

  const control: NodeShape = { name: 'controlplane', controlPlane: true, index: 0, ip: apiIP }
  const cp = joinNode(ctx, control)
  create(R.endpoints, {
    apiVersion: 'v1',
    kind: 'Endpoints',
    metadata: objectMeta({ name: 'kubernetes', namespace: 'default', labels: { 'endpointslice.kubernetes.io/skip-mirror': 'true' } }),
    subsets: [{ addresses: [{ ip: apiIP }], ports: [{ name: 'https', port: 6443, protocol: 'TCP' }] }]
  })
  create(R.endpointslices, {
    apiVersion: 'discovery.k8s.io/v1',
    kind: 'EndpointSlice',
    metadata: objectMeta({ name: 'kubernetes', namespace: 'default', labels: { 'kubernetes.io/service-name': 'kubernetes' } }),
    addressType: 'IPv4',
    endpoints: [{ addresses: [apiIP], conditions: { ready: true } }],
    ports: [{ name: 'https', port: 6443, protocol: 'TCP' }]
  })
  const commands = controlPlaneCommands(apiIP, sim.config.serviceCidr, sim.config.clusterCidr)
  const images: Record<string, string> = {
    etcd: 'registry.k8s.io/etcd:3.5.15-0',
    'kube-apiserver': `registry.k8s.io/kube-apiserver:${sim.config.version}`,
    'kube-controller-manager': `registry.k8s.io/kube-controller-manager:${sim.config.version}`,
    'kube-scheduler': `registry.k8s.io/kube-scheduler:${sim.config.version}`
  }
  const cpus: Record<string, string> = { etcd: '100m', 'kube-apiserver': '250m', 'kube-controller-manager': '200m', 'kube-scheduler': '100m' }
  for (const component of Object.keys(images)) {
    const pod = staticPod(component, 'controlplane', images[component], commands[component], cpus[component], apiIP, sim.random.hex(32))
    pod.metadata.ownerReferences = [{ apiVersion: 'v1', controller: true, kind: 'Node', name: 'controlplane', uid: cp.metadata.uid }]
    create(R.pods, pod)
  }
  for (const c of CONTROLLER_SERVICE_ACCOUNTS) create(R.serviceaccounts, sa('kube-system', c))
  for (const name of ['bootstrap-signer', 'cloud-provider', 'token-cleaner', 'coredns', 'kube-proxy']) create(R.serviceaccounts, sa('kube-system', name))
  for (const r of namespacedRbac()) create(r.kind === 'Role' ? R.roles : R.rolebindings, r)
  options.advance(AT.addons - AT.controlPlane)

  create(R.namespaces, ns('kube-flannel'))
  for (const c of systemConfigMaps(apiIP, sim.config.serviceCidr, sim.config.clusterCidr)) if (c.metadata.namespace !== 'kube-flannel') create(R.configmaps, c)
  create(R.daemonsets, kubeProxyDaemonSet())
  create(R.services, {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: objectMeta({
      name: 'kube-dns',
      namespace: 'kube-system',
      labels: { 'k8s-app': 'kube-dns', 'kubernetes.io/cluster-service': 'true', 'kubernetes.io/name': 'CoreDNS' },
      annotations: { 'prometheus.io/port': '9153', 'prometheus.io/scrape': 'true' }
    }),
    spec: {
      clusterIP: '10.96.0.10',
      ports: [
        { name: 'dns', port: 53, protocol: 'UDP', targetPort: 53 },
        { name: 'dns-tcp', port: 53, protocol: 'TCP', targetPort: 53 },
        { name: 'metrics', port: 9153, protocol: 'TCP', targetPort: 9153 }
      ],
      selector: { 'k8s-app': 'kube-dns' },
      type: 'ClusterIP'
    }
  })
  create(R.deployments, corednsDeployment())
  options.advance(AT.flannel - AT.addons)

  create(R.serviceaccounts, sa('kube-flannel', 'flannel'))
  for (const c of systemConfigMaps(apiIP, sim.config.serviceCidr, sim.config.clusterCidr)) if (c.metadata.namespace === 'kube-flannel') create(R.configmaps, c)
  create(R.daemonsets, flannelDaemonSet())
  options.advance(AT.joins - AT.flannel)

  for (let i = 1; i <= options.workers; i++) {
    joinNode(ctx, { name: workerName(i), controlPlane: false, index: i, ip: intToIp(base + i) })
    if (options.workers <= JOINS_APART_UP_TO) options.advance(JOIN_GAP)
  }
}

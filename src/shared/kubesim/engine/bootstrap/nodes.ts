// A node as `kubeadm init` / `kubeadm join` registers it: labels, annotations, capacity,
// conditions, addresses, node info, its pod CIDR and its lease.
import type { KubeObject } from '../contract'
import type { Ctx } from '../controllers/context'
import { R } from '../controllers/util'
import { intToIp, parseCidr } from '../kinds/services'
import { rfc3339, rfc3339Micro } from '../runtime/time'
import { canonicalImage } from '../kubelet/images'
import { imageID, parseImage } from '../kubelet/reference'
import { SYSTEM_IMAGES } from '../kubelet/catalogue'
import { objectMeta } from '../runtime/objects'

export interface NodeShape {
  name: string
  controlPlane: boolean
  /** Position in the cluster: picks the pod CIDR and the address. */
  index: number
  ip: string
  cpu?: number
  memoryKi?: number
}

const CONTROL_PLANE_IMAGES = ['etcd', 'kube-apiserver', 'kube-controller-manager', 'kube-scheduler', 'kube-proxy', 'coredns', 'pause', 'flannel:', 'flannel-cni']
const WORKER_IMAGES = ['kube-proxy', 'pause', 'flannel:', 'flannel-cni']

function preloaded(controlPlane: boolean): { names: string[]; sizeBytes: number }[] {
  const wanted = controlPlane ? CONTROL_PLANE_IMAGES : WORKER_IMAGES
  return Object.entries(SYSTEM_IMAGES)
    .filter(([image]) => wanted.some((w) => image.includes(`/${w}`)))
    .map(([image, size]) => ({ names: [imageID(parseImage(image)), canonicalImage(image)], sizeBytes: size }))
    .sort((a, b) => b.sizeBytes - a.sizeBytes)
}

export function podCidrFor(clusterCidr: string, index: number): string {
  const { base } = parseCidr(clusterCidr)
  return `${intToIp(base + index * 256)}/24`
}

export function nodeObject(ctx: Ctx, shape: NodeShape): KubeObject {
  const { sim } = ctx
  const stamp = rfc3339(sim.now)
  const cpu = shape.cpu ?? 2
  const memKi = shape.memoryKi ?? 4_020_812
  const labels: Record<string, string> = {
    'beta.kubernetes.io/arch': 'amd64',
    'beta.kubernetes.io/os': 'linux',
    'kubernetes.io/arch': 'amd64',
    'kubernetes.io/hostname': shape.name,
    'kubernetes.io/os': 'linux'
  }
  if (shape.controlPlane) {
    labels['node-role.kubernetes.io/control-plane'] = ''
    labels['node.kubernetes.io/exclude-from-external-load-balancers'] = ''
  }
  const cidr = podCidrFor(sim.config.clusterCidr, shape.index)
  const condition = (type: string, status: string, reason: string, message: string): Record<string, string> => ({
    lastHeartbeatTime: stamp,
    lastTransitionTime: stamp,
    message,
    reason,
    status,
    type
  })
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: objectMeta({
      name: shape.name,
      labels,
      annotations: {
        'flannel.alpha.coreos.com/backend-data': `{"VNI":1,"VtepMAC":"${macFrom(sim.random.hex(12))}"}`,
        'flannel.alpha.coreos.com/backend-type': 'vxlan',
        'flannel.alpha.coreos.com/kube-subnet-manager': 'true',
        'flannel.alpha.coreos.com/public-ip': shape.ip,
        'kubeadm.alpha.kubernetes.io/cri-socket': 'unix:///var/run/containerd/containerd.sock',
        'node.alpha.kubernetes.io/ttl': '0',
        'volumes.kubernetes.io/controller-managed-attach-detach': 'true'
      }
    }),
    spec: {
      podCIDR: cidr,
      podCIDRs: [cidr],
      ...(shape.controlPlane ? { taints: [{ effect: 'NoSchedule', key: 'node-role.kubernetes.io/control-plane' }] } : {})
    },
    status: {
      addresses: [
        { address: shape.ip, type: 'InternalIP' },
        { address: shape.name, type: 'Hostname' }
      ],
      allocatable: { cpu: String(cpu), 'ephemeral-storage': '18561997125', 'hugepages-1Gi': '0', 'hugepages-2Mi': '0', memory: `${memKi - 102_400}Ki`, pods: '110' },
      capacity: { cpu: String(cpu), 'ephemeral-storage': '20134592Ki', 'hugepages-1Gi': '0', 'hugepages-2Mi': '0', memory: `${memKi}Ki`, pods: '110' },
      conditions: [
        condition('NetworkUnavailable', 'False', 'FlannelIsUp', 'Flannel is running on this node'),
        condition('MemoryPressure', 'False', 'KubeletHasSufficientMemory', 'kubelet has sufficient memory available'),
        condition('DiskPressure', 'False', 'KubeletHasNoDiskPressure', 'kubelet has no disk pressure'),
        condition('PIDPressure', 'False', 'KubeletHasSufficientPID', 'kubelet has sufficient PID available'),
        condition('Ready', 'True', 'KubeletReady', 'kubelet is posting ready status')
      ],
      daemonEndpoints: { kubeletEndpoint: { Port: 10250 } },
      images: preloaded(shape.controlPlane),
      nodeInfo: {
        architecture: 'amd64',
        bootID: sim.random.uuid(),
        containerRuntimeVersion: 'containerd://1.7.22',
        kernelVersion: '5.15.0-119-generic',
        kubeProxyVersion: '',
        kubeletVersion: sim.config.version,
        machineID: sim.random.hex(32),
        operatingSystem: 'linux',
        osImage: 'Ubuntu 22.04.4 LTS',
        systemUUID: sim.random.uuid()
      }
    }
  }
}

function macFrom(hex: string): string {
  return hex.match(/../g)!.join(':')
}

/** Registers a node (kubelet registration) and its lease in kube-node-lease. */
export function joinNode(ctx: Ctx, shape: NodeShape): KubeObject {
  const { server, sim } = ctx
  const node = server.create(R.nodes, nodeObject(ctx, shape))
  server.mutate(R.nodes, undefined, node.metadata.name, (d) => {
    d.status = nodeObject(ctx, shape).status
    d.status.images = preloaded(shape.controlPlane)
  }, true)
  server.create(R.leases, {
    apiVersion: 'coordination.k8s.io/v1',
    kind: 'Lease',
    metadata: objectMeta({
      name: shape.name,
      namespace: 'kube-node-lease',
      ownerReferences: [{ apiVersion: 'v1', kind: 'Node', name: shape.name, uid: node.metadata.uid }]
    }),
    spec: { holderIdentity: shape.name, leaseDurationSeconds: 40, renewTime: rfc3339Micro(sim.now) }
  })
  ctx.events.record(node, 'Normal', 'Starting', 'Starting kubelet.', { component: 'kubelet', host: shape.name })
  ctx.events.record(node, 'Normal', 'RegisteredNode', `Node ${shape.name} event: Registered Node ${shape.name} in Controller`, { component: 'node-controller' })
  return sim.store.get(R.nodes, undefined, shape.name)!
}

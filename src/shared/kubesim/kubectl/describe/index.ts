import type { ClusterApi, KubeObject, ResourceInfo, UserInfo } from '../../engine/contract'
import { eventsFor } from './common'
import { describeNamespace, describeNode } from './cluster'
import { describeConfigMap, describeLimitRange, describeResourceQuota, describeSecret, describeServiceAccount } from './config'
import { describeGeneric, describeHPA, describePDB } from './misc'
import { describeEndpoints, describeIngress, describeNetworkPolicy, describeService } from './network'
import { describePod } from './pod'
import { describeRole, describeRoleBinding } from './rbac'
import { describePV, describePVC, describeStorageClass } from './storage'
import { describeCronJob, describeDaemonSet, describeDeployment, describeJob, describeReplicaSet, describeStatefulSet, podCounts } from './workloads'

// The describer of each kind, with the related objects it reads (pkg/describe
// describerMap): events, owned pods and replica sets, endpoint slices…

function tryList(cluster: ClusterApi, resource: string, ns: string | undefined, user?: UserInfo): KubeObject[] {
  try {
    return cluster.list(resource, ns, undefined, user)
  } catch {
    return []
  }
}

export function describeObject(cluster: ClusterApi, info: ResourceInfo, obj: KubeObject, showEvents: boolean, user?: UserInfo): string {
  const now = cluster.now()
  const ns = obj.metadata.namespace
  const events = showEvents ? eventsFor(tryList(cluster, 'events', info.namespaced ? ns : undefined, user), obj) : undefined
  const pods = (): KubeObject[] => tryList(cluster, 'pods', ns, user)
  switch (info.kind) {
    case 'Pod':
      return describePod(obj, events, now)
    case 'Deployment': {
      const owned = tryList(cluster, 'replicasets', ns, user).filter((rs) => (rs.metadata.ownerReferences ?? []).some((o) => o.controller && o.uid === obj.metadata.uid))
      return describeDeployment(obj, owned, events, now)
    }
    case 'ReplicaSet':
      return describeReplicaSet(obj, podCounts(pods(), obj.metadata.uid), events, now)
    case 'DaemonSet':
      return describeDaemonSet(obj, podCounts(pods(), obj.metadata.uid), events, now)
    case 'StatefulSet':
      return describeStatefulSet(obj, podCounts(pods(), obj.metadata.uid), events, now)
    case 'Job':
      return describeJob(obj, events, now)
    case 'CronJob':
      return describeCronJob(obj, events, now)
    case 'Service': {
      const slices = tryList(cluster, 'endpointslices', ns, user).filter((s) => s.metadata.labels?.['kubernetes.io/service-name'] === obj.metadata.name)
      return describeService(obj, slices, events, now)
    }
    case 'Endpoints':
      return describeEndpoints(obj, events, now)
    case 'Ingress': {
      const services = new Map(tryList(cluster, 'services', ns, user).map((s) => [s.metadata.name, s]))
      const endpoints = new Map(tryList(cluster, 'endpoints', ns, user).map((e) => [e.metadata.name, e]))
      return describeIngress(obj, services, endpoints, events, now)
    }
    case 'NetworkPolicy':
      return describeNetworkPolicy(obj)
    case 'Node': {
      const onNode = tryList(cluster, 'pods', undefined, user).filter(
        (p) => p.spec?.nodeName === obj.metadata.name && p.status?.phase !== 'Succeeded' && p.status?.phase !== 'Failed'
      )
      let lease: KubeObject | undefined
      try {
        lease = cluster.get('leases', 'kube-node-lease', obj.metadata.name, user)
      } catch {
        lease = undefined
      }
      return describeNode(obj, onNode, lease, events, now)
    }
    case 'Namespace':
      return describeNamespace(obj, tryList(cluster, 'resourcequotas', obj.metadata.name, user), tryList(cluster, 'limitranges', obj.metadata.name, user))
    case 'ConfigMap':
      return describeConfigMap(obj, events, now)
    case 'Secret':
      return describeSecret(obj)
    case 'ServiceAccount':
      return describeServiceAccount(obj, events, now)
    case 'ResourceQuota':
      return describeResourceQuota(obj)
    case 'LimitRange':
      return describeLimitRange(obj)
    case 'Role':
    case 'ClusterRole':
      return describeRole(obj)
    case 'RoleBinding':
    case 'ClusterRoleBinding':
      return describeRoleBinding(obj)
    case 'PersistentVolumeClaim': {
      const usedBy = pods().filter((p) => (p.spec?.volumes ?? []).some((v: { persistentVolumeClaim?: { claimName: string } }) => v.persistentVolumeClaim?.claimName === obj.metadata.name))
      return describePVC(obj, usedBy, events, now)
    }
    case 'PersistentVolume':
      return describePV(obj, events, now)
    case 'StorageClass':
      return describeStorageClass(obj, events, now)
    case 'HorizontalPodAutoscaler':
      return describeHPA(obj, events, now)
    case 'PodDisruptionBudget':
      return describePDB(obj, events, now)
  }
  return describeGeneric(obj, events, now)
}

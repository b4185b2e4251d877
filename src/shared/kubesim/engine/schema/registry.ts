// Which schema describes which resource. Kinds without one are stored as sent.
import type { ResourceInfo } from '../contract'
import type { Schema } from './dsl'
import { ConfigMap, Endpoints, Event, LimitRange, Namespace, Node, PersistentVolume, PersistentVolumeClaim, ResourceQuota, Secret, Service, ServiceAccount } from './types/core'
import { ClusterRole, ClusterRoleBinding, HorizontalPodAutoscaler, Ingress, IngressClass, NetworkPolicy, PodDisruptionBudget, PriorityClass, Role, RoleBinding, StorageClass } from './types/others'
import { Pod } from './types/pod'
import { ControllerRevision, CronJob, DaemonSet, Deployment, Job, ReplicaSet, StatefulSet } from './types/workloads'

const SCHEMAS: Record<string, Schema> = {
  '/pods': Pod,
  '/services': Service,
  '/configmaps': ConfigMap,
  '/secrets': Secret,
  '/namespaces': Namespace,
  '/serviceaccounts': ServiceAccount,
  '/persistentvolumes': PersistentVolume,
  '/persistentvolumeclaims': PersistentVolumeClaim,
  '/resourcequotas': ResourceQuota,
  '/limitranges': LimitRange,
  '/nodes': Node,
  '/endpoints': Endpoints,
  '/events': Event,
  'apps/deployments': Deployment,
  'apps/replicasets': ReplicaSet,
  'apps/daemonsets': DaemonSet,
  'apps/statefulsets': StatefulSet,
  'apps/controllerrevisions': ControllerRevision,
  'batch/jobs': Job,
  'batch/cronjobs': CronJob,
  'networking.k8s.io/ingresses': Ingress,
  'networking.k8s.io/ingressclasses': IngressClass,
  'networking.k8s.io/networkpolicies': NetworkPolicy,
  'policy/poddisruptionbudgets': PodDisruptionBudget,
  'autoscaling/horizontalpodautoscalers': HorizontalPodAutoscaler,
  'rbac.authorization.k8s.io/roles': Role,
  'rbac.authorization.k8s.io/clusterroles': ClusterRole,
  'rbac.authorization.k8s.io/rolebindings': RoleBinding,
  'rbac.authorization.k8s.io/clusterrolebindings': ClusterRoleBinding,
  'storage.k8s.io/storageclasses': StorageClass,
  'scheduling.k8s.io/priorityclasses': PriorityClass
}

export function schemaFor(info: Pick<ResourceInfo, 'group' | 'name'>): Schema | undefined {
  return SCHEMAS[`${info.group}/${info.name}`]
}

import { cronJobTable, controllerRevisionTable, daemonSetTable, deploymentTable, hpaTable, jobTable, replicaSetTable, replicationControllerTable, statefulSetTable } from './workloads'
import { endpointSliceTable, endpointsTable, ingressClassTable, ingressTable, networkPolicyTable, serviceTable } from './network'
import { eventTable, leaseTable, namespaceTable, nodeTable, priorityClassTable, runtimeClassTable } from './cluster'
import { configMapTable, pdbTable, resourceQuotaTable, secretTable, serviceAccountTable } from './config'
import { persistentVolumeClaimTable, persistentVolumeTable, storageClassTable } from './storage'
import { defaultTable, roleBindingTable } from './rbac'
import { podTable } from './pods'
import type { TableHandler } from './types'

export type { ColumnDef, RowOptions, TableHandler } from './types'

const BY_KIND: Record<string, TableHandler> = {
  Pod: podTable,
  Deployment: deploymentTable,
  ReplicaSet: replicaSetTable,
  ReplicationController: replicationControllerTable,
  DaemonSet: daemonSetTable,
  StatefulSet: statefulSetTable,
  Job: jobTable,
  CronJob: cronJobTable,
  HorizontalPodAutoscaler: hpaTable,
  ControllerRevision: controllerRevisionTable,
  Service: serviceTable,
  Endpoints: endpointsTable,
  EndpointSlice: endpointSliceTable,
  Ingress: ingressTable,
  IngressClass: ingressClassTable,
  NetworkPolicy: networkPolicyTable,
  Node: nodeTable,
  Namespace: namespaceTable,
  Event: eventTable,
  Lease: leaseTable,
  PriorityClass: priorityClassTable,
  RuntimeClass: runtimeClassTable,
  ConfigMap: configMapTable,
  Secret: secretTable,
  ServiceAccount: serviceAccountTable,
  ResourceQuota: resourceQuotaTable,
  PodDisruptionBudget: pdbTable,
  PersistentVolume: persistentVolumeTable,
  PersistentVolumeClaim: persistentVolumeClaimTable,
  StorageClass: storageClassTable,
  RoleBinding: roleBindingTable,
  ClusterRoleBinding: roleBindingTable
}

export function tableFor(kind: string): TableHandler {
  return BY_KIND[kind] ?? defaultTable
}

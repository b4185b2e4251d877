// Discovery: every resource a kubeadm v1.31 API server serves, in the order
// `kubectl api-resources` lists them.
import type { ResourceInfo } from '../contract'

const ALL = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch']
const NO_COLLECTION = ['create', 'delete', 'get', 'list', 'patch', 'update', 'watch']
const CREATE = ['create']

type Row = [name: string, shortNames: string, groupVersion: string, namespaced: boolean, kind: string, verbs?: string[], categories?: string]

const ROWS: Row[] = [
  ['bindings', '', 'v1', true, 'Binding', CREATE],
  ['componentstatuses', 'cs', 'v1', false, 'ComponentStatus', ['get', 'list']],
  ['configmaps', 'cm', 'v1', true, 'ConfigMap'],
  ['endpoints', 'ep', 'v1', true, 'Endpoints'],
  ['events', 'ev', 'v1', true, 'Event'],
  ['limitranges', 'limits', 'v1', true, 'LimitRange'],
  ['namespaces', 'ns', 'v1', false, 'Namespace', NO_COLLECTION],
  ['nodes', 'no', 'v1', false, 'Node'],
  ['persistentvolumeclaims', 'pvc', 'v1', true, 'PersistentVolumeClaim'],
  ['persistentvolumes', 'pv', 'v1', false, 'PersistentVolume'],
  ['pods', 'po', 'v1', true, 'Pod', ALL, 'all'],
  ['podtemplates', '', 'v1', true, 'PodTemplate'],
  ['replicationcontrollers', 'rc', 'v1', true, 'ReplicationController', ALL, 'all'],
  ['resourcequotas', 'quota', 'v1', true, 'ResourceQuota'],
  ['secrets', '', 'v1', true, 'Secret'],
  ['serviceaccounts', 'sa', 'v1', true, 'ServiceAccount'],
  ['services', 'svc', 'v1', true, 'Service', ALL, 'all'],
  ['mutatingwebhookconfigurations', '', 'admissionregistration.k8s.io/v1', false, 'MutatingWebhookConfiguration', ALL, 'api-extensions'],
  ['validatingadmissionpolicies', '', 'admissionregistration.k8s.io/v1', false, 'ValidatingAdmissionPolicy', ALL, 'api-extensions'],
  ['validatingadmissionpolicybindings', '', 'admissionregistration.k8s.io/v1', false, 'ValidatingAdmissionPolicyBinding', ALL, 'api-extensions'],
  ['validatingwebhookconfigurations', '', 'admissionregistration.k8s.io/v1', false, 'ValidatingWebhookConfiguration', ALL, 'api-extensions'],
  ['customresourcedefinitions', 'crd,crds', 'apiextensions.k8s.io/v1', false, 'CustomResourceDefinition', ALL, 'api-extensions'],
  ['apiservices', '', 'apiregistration.k8s.io/v1', false, 'APIService', ALL, 'api-extensions'],
  ['controllerrevisions', '', 'apps/v1', true, 'ControllerRevision'],
  ['daemonsets', 'ds', 'apps/v1', true, 'DaemonSet', ALL, 'all'],
  ['deployments', 'deploy', 'apps/v1', true, 'Deployment', ALL, 'all'],
  ['replicasets', 'rs', 'apps/v1', true, 'ReplicaSet', ALL, 'all'],
  ['statefulsets', 'sts', 'apps/v1', true, 'StatefulSet', ALL, 'all'],
  ['selfsubjectreviews', '', 'authentication.k8s.io/v1', false, 'SelfSubjectReview', CREATE],
  ['tokenreviews', '', 'authentication.k8s.io/v1', false, 'TokenReview', CREATE],
  ['localsubjectaccessreviews', '', 'authorization.k8s.io/v1', true, 'LocalSubjectAccessReview', CREATE],
  ['selfsubjectaccessreviews', '', 'authorization.k8s.io/v1', false, 'SelfSubjectAccessReview', CREATE],
  ['selfsubjectrulesreviews', '', 'authorization.k8s.io/v1', false, 'SelfSubjectRulesReview', CREATE],
  ['subjectaccessreviews', '', 'authorization.k8s.io/v1', false, 'SubjectAccessReview', CREATE],
  ['horizontalpodautoscalers', 'hpa', 'autoscaling/v2', true, 'HorizontalPodAutoscaler', ALL, 'all'],
  ['cronjobs', 'cj', 'batch/v1', true, 'CronJob', ALL, 'all'],
  ['jobs', '', 'batch/v1', true, 'Job', ALL, 'all'],
  ['certificatesigningrequests', 'csr', 'certificates.k8s.io/v1', false, 'CertificateSigningRequest'],
  ['leases', '', 'coordination.k8s.io/v1', true, 'Lease'],
  ['endpointslices', '', 'discovery.k8s.io/v1', true, 'EndpointSlice'],
  ['events', 'ev', 'events.k8s.io/v1', true, 'Event'],
  ['flowschemas', '', 'flowcontrol.apiserver.k8s.io/v1', false, 'FlowSchema'],
  ['prioritylevelconfigurations', '', 'flowcontrol.apiserver.k8s.io/v1', false, 'PriorityLevelConfiguration'],
  ['ingressclasses', '', 'networking.k8s.io/v1', false, 'IngressClass'],
  ['ingresses', 'ing', 'networking.k8s.io/v1', true, 'Ingress'],
  ['networkpolicies', 'netpol', 'networking.k8s.io/v1', true, 'NetworkPolicy'],
  ['runtimeclasses', '', 'node.k8s.io/v1', false, 'RuntimeClass'],
  ['poddisruptionbudgets', 'pdb', 'policy/v1', true, 'PodDisruptionBudget'],
  ['clusterrolebindings', '', 'rbac.authorization.k8s.io/v1', false, 'ClusterRoleBinding'],
  ['clusterroles', '', 'rbac.authorization.k8s.io/v1', false, 'ClusterRole'],
  ['rolebindings', '', 'rbac.authorization.k8s.io/v1', true, 'RoleBinding'],
  ['roles', '', 'rbac.authorization.k8s.io/v1', true, 'Role'],
  ['priorityclasses', 'pc', 'scheduling.k8s.io/v1', false, 'PriorityClass'],
  ['csidrivers', '', 'storage.k8s.io/v1', false, 'CSIDriver'],
  ['csinodes', '', 'storage.k8s.io/v1', false, 'CSINode'],
  ['csistoragecapacities', '', 'storage.k8s.io/v1', true, 'CSIStorageCapacity'],
  ['storageclasses', 'sc', 'storage.k8s.io/v1', false, 'StorageClass'],
  ['volumeattachments', '', 'storage.k8s.io/v1', false, 'VolumeAttachment']
]

function singular(kind: string): string {
  return kind.toLowerCase()
}

export const RESOURCES: readonly ResourceInfo[] = Object.freeze(
  ROWS.map(([name, short, gv, namespaced, kind, verbs, categories]) => {
    const slash = gv.indexOf('/')
    const info: ResourceInfo = {
      name,
      singularName: singular(kind),
      shortNames: short ? short.split(',') : [],
      group: slash < 0 ? '' : gv.slice(0, slash),
      version: slash < 0 ? gv : gv.slice(slash + 1),
      kind,
      namespaced,
      verbs: verbs ?? ALL
    }
    if (categories) info.categories = categories.split(',')
    return Object.freeze(info)
  })
)

/** Resource-table key: `apps/deployments`, `/pods`. */
export function resourceKey(info: Pick<ResourceInfo, 'group' | 'name'>): string {
  return `${info.group}/${info.name}`
}

const byKey = new Map(RESOURCES.map((r) => [resourceKey(r), r]))
const byGroupKind = new Map(RESOURCES.map((r) => [`${r.group}/${r.kind}`, r]))

export function resourceByKey(key: string): ResourceInfo | undefined {
  return byKey.get(key)
}

export function apiVersionOf(info: Pick<ResourceInfo, 'group' | 'version'>): string {
  return info.group ? `${info.group}/${info.version}` : info.version
}

/** The resource an object's apiVersion + kind map to, or undefined (kubectl: "no matches for kind"). */
export function resourceForKind(apiVersion: string, kind: string): ResourceInfo | undefined {
  const slash = apiVersion.indexOf('/')
  const group = slash < 0 ? '' : apiVersion.slice(0, slash)
  const version = slash < 0 ? apiVersion : apiVersion.slice(slash + 1)
  const info = byGroupKind.get(`${group}/${kind}`)
  return info && info.version === version ? info : undefined
}

export function resourceForGroupKind(group: string, kind: string): ResourceInfo | undefined {
  return byGroupKind.get(`${group}/${kind}`)
}

/**
 * kubectl's RESTMapper view of a command-line resource: plural, singular, short name or
 * Kind, optionally qualified by `.group` or `.version.group`. Core wins on ambiguity (events).
 */
export function resolveResource(text: string): ResourceInfo | undefined {
  const lower = text.trim().toLowerCase()
  if (!lower) return undefined
  const matches = (r: ResourceInfo, name: string): boolean =>
    r.name === name || r.singularName === name || r.shortNames.includes(name)
  for (const r of RESOURCES) if (matches(r, lower)) return r
  const dot = lower.indexOf('.')
  if (dot < 0) return undefined
  const name = lower.slice(0, dot)
  const rest = lower.slice(dot + 1)
  for (const r of RESOURCES) {
    if (!matches(r, name)) continue
    if (rest === r.group || rest === `${r.version}.${r.group}` || (r.group === '' && rest === r.version)) return r
  }
  return undefined
}

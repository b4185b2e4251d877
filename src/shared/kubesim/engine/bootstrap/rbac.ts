// The RBAC objects a v1.31 kubeadm cluster starts with: the user-facing roles (cluster-admin,
// admin, edit, view), the system roles and their bindings, and kubeadm's own.
import type { KubeObject } from '../contract'
import { objectMeta } from '../runtime/objects'

type Rule = { apiGroups?: string[]; resources?: string[]; verbs: string[]; resourceNames?: string[]; nonResourceURLs?: string[] }

const READ = ['get', 'list', 'watch']
const WRITE = ['create', 'delete', 'deletecollection', 'patch', 'update']

const VIEW_RULES: Rule[] = [
  { apiGroups: [''], resources: ['configmaps', 'endpoints', 'persistentvolumeclaims', 'persistentvolumeclaims/status', 'pods', 'replicationcontrollers', 'replicationcontrollers/scale', 'serviceaccounts', 'services', 'services/status'], verbs: READ },
  { apiGroups: [''], resources: ['bindings', 'events', 'limitranges', 'namespaces/status', 'pods/log', 'pods/status', 'replicationcontrollers/status', 'resourcequotas', 'resourcequotas/status'], verbs: READ },
  { apiGroups: [''], resources: ['namespaces'], verbs: READ },
  { apiGroups: ['discovery.k8s.io'], resources: ['endpointslices'], verbs: READ },
  { apiGroups: ['apps'], resources: ['controllerrevisions', 'daemonsets', 'daemonsets/status', 'deployments', 'deployments/scale', 'deployments/status', 'replicasets', 'replicasets/scale', 'replicasets/status', 'statefulsets', 'statefulsets/scale', 'statefulsets/status'], verbs: READ },
  { apiGroups: ['autoscaling'], resources: ['horizontalpodautoscalers', 'horizontalpodautoscalers/status'], verbs: READ },
  { apiGroups: ['batch'], resources: ['cronjobs', 'cronjobs/status', 'jobs', 'jobs/status'], verbs: READ },
  { apiGroups: ['extensions'], resources: ['daemonsets', 'daemonsets/status', 'deployments', 'deployments/scale', 'deployments/status', 'ingresses', 'ingresses/status', 'networkpolicies', 'replicasets', 'replicasets/scale', 'replicasets/status', 'replicationcontrollers/scale'], verbs: READ },
  { apiGroups: ['policy'], resources: ['poddisruptionbudgets', 'poddisruptionbudgets/status'], verbs: READ },
  { apiGroups: ['networking.k8s.io'], resources: ['ingresses', 'ingresses/status', 'networkpolicies'], verbs: READ }
]

const EDIT_RULES: Rule[] = [
  { apiGroups: [''], resources: ['pods/attach', 'pods/exec', 'pods/portforward', 'pods/proxy', 'secrets', 'services/proxy'], verbs: READ },
  { apiGroups: [''], resources: ['serviceaccounts'], verbs: ['impersonate'] },
  { apiGroups: [''], resources: ['pods', 'pods/attach', 'pods/exec', 'pods/portforward', 'pods/proxy'], verbs: ['create', 'delete', 'deletecollection', 'patch', 'update'] },
  { apiGroups: [''], resources: ['pods/eviction'], verbs: ['create'] },
  { apiGroups: [''], resources: ['configmaps', 'events', 'persistentvolumeclaims', 'replicationcontrollers', 'replicationcontrollers/scale', 'secrets', 'serviceaccounts', 'services', 'services/proxy'], verbs: WRITE },
  { apiGroups: [''], resources: ['serviceaccounts/token'], verbs: ['create'] },
  { apiGroups: ['apps'], resources: ['daemonsets', 'deployments', 'deployments/rollback', 'deployments/scale', 'replicasets', 'replicasets/scale', 'statefulsets', 'statefulsets/scale'], verbs: WRITE },
  { apiGroups: ['autoscaling'], resources: ['horizontalpodautoscalers'], verbs: WRITE },
  { apiGroups: ['batch'], resources: ['cronjobs', 'jobs'], verbs: WRITE },
  { apiGroups: ['extensions'], resources: ['daemonsets', 'deployments', 'deployments/rollback', 'deployments/scale', 'ingresses', 'networkpolicies', 'replicasets', 'replicasets/scale', 'replicationcontrollers/scale'], verbs: WRITE },
  { apiGroups: ['policy'], resources: ['poddisruptionbudgets'], verbs: WRITE },
  { apiGroups: ['networking.k8s.io'], resources: ['ingresses', 'networkpolicies'], verbs: WRITE },
  { apiGroups: ['coordination.k8s.io'], resources: ['leases'], verbs: WRITE.concat(READ) },
  ...VIEW_RULES
]

const ADMIN_RULES: Rule[] = [
  { apiGroups: [''], resources: ['namespaces'], verbs: READ },
  { apiGroups: ['authorization.k8s.io'], resources: ['localsubjectaccessreviews'], verbs: ['create'] },
  { apiGroups: ['rbac.authorization.k8s.io'], resources: ['rolebindings', 'roles'], verbs: [...WRITE, ...READ] },
  ...EDIT_RULES
]

const CONTROLLERS = [
  'attachdetach-controller', 'certificate-controller', 'clusterrole-aggregation-controller', 'cronjob-controller', 'daemon-set-controller', 'deployment-controller', 'disruption-controller',
  'endpoint-controller', 'endpointslice-controller', 'endpointslicemirroring-controller', 'ephemeral-volume-controller', 'expand-controller', 'generic-garbage-collector',
  'horizontal-pod-autoscaler', 'job-controller', 'legacy-service-account-token-cleaner', 'namespace-controller', 'node-controller', 'persistent-volume-binder', 'pod-garbage-collector',
  'pv-protection-controller', 'pvc-protection-controller', 'replicaset-controller', 'replication-controller', 'resourcequota-controller', 'root-ca-cert-publisher',
  'route-controller', 'service-account-controller', 'service-cidrs-controller', 'service-controller', 'statefulset-controller', 'ttl-after-finished-controller', 'ttl-controller',
  'validatingadmissionpolicy-status-controller'
]

function role(name: string, rules: Rule[], labels: Record<string, string> = { 'kubernetes.io/bootstrapping': 'rbac-defaults' }, annotations: Record<string, string> = { 'rbac.authorization.kubernetes.io/autoupdate': 'true' }): KubeObject {
  return { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole', metadata: objectMeta({ name, labels, annotations }), rules }
}

function binding(name: string, roleName: string, subjects: Record<string, string>[], labels: Record<string, string> = { 'kubernetes.io/bootstrapping': 'rbac-defaults' }): KubeObject {
  return {
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'ClusterRoleBinding',
    metadata: objectMeta({ name, labels, annotations: labels['kubernetes.io/bootstrapping'] ? { 'rbac.authorization.kubernetes.io/autoupdate': 'true' } : undefined }),
    roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: roleName },
    subjects
  }
}

const group = (name: string): Record<string, string> => ({ apiGroup: 'rbac.authorization.k8s.io', kind: 'Group', name })
const user = (name: string): Record<string, string> => ({ apiGroup: 'rbac.authorization.k8s.io', kind: 'User', name })
const sa = (name: string, namespace = 'kube-system'): Record<string, string> => ({ kind: 'ServiceAccount', name, namespace })

export function clusterRoles(): KubeObject[] {
  const out: KubeObject[] = [
    role('cluster-admin', [{ apiGroups: ['*'], resources: ['*'], verbs: ['*'] }, { nonResourceURLs: ['*'], verbs: ['*'] }]),
    role('admin', ADMIN_RULES, { 'kubernetes.io/bootstrapping': 'rbac-defaults' }),
    role('edit', EDIT_RULES, { 'kubernetes.io/bootstrapping': 'rbac-defaults', 'rbac.authorization.k8s.io/aggregate-to-admin': 'true' }),
    role('view', VIEW_RULES, { 'kubernetes.io/bootstrapping': 'rbac-defaults', 'rbac.authorization.k8s.io/aggregate-to-edit': 'true' }),
    role('system:aggregate-to-admin', ADMIN_RULES.slice(0, 3), { 'kubernetes.io/bootstrapping': 'rbac-defaults', 'rbac.authorization.k8s.io/aggregate-to-admin': 'true' }),
    role('system:aggregate-to-edit', EDIT_RULES.slice(0, 13), { 'kubernetes.io/bootstrapping': 'rbac-defaults', 'rbac.authorization.k8s.io/aggregate-to-edit': 'true' }),
    role('system:aggregate-to-view', VIEW_RULES, { 'kubernetes.io/bootstrapping': 'rbac-defaults', 'rbac.authorization.k8s.io/aggregate-to-view': 'true' }),
    role('system:basic-user', [{ apiGroups: ['authorization.k8s.io'], resources: ['selfsubjectaccessreviews', 'selfsubjectrulesreviews'], verbs: ['create'] }, { apiGroups: ['authentication.k8s.io'], resources: ['selfsubjectreviews'], verbs: ['create'] }]),
    role('system:discovery', [{ nonResourceURLs: ['/api', '/api/*', '/apis', '/apis/*', '/healthz', '/livez', '/openapi', '/openapi/*', '/readyz', '/version', '/version/'], verbs: ['get'] }]),
    role('system:public-info-viewer', [{ nonResourceURLs: ['/healthz', '/livez', '/readyz', '/version', '/version/'], verbs: ['get'] }]),
    role('system:auth-delegator', [{ apiGroups: ['authentication.k8s.io'], resources: ['tokenreviews'], verbs: ['create'] }, { apiGroups: ['authorization.k8s.io'], resources: ['subjectaccessreviews'], verbs: ['create'] }]),
    role('system:heapster', [{ apiGroups: [''], resources: ['events', 'namespaces', 'nodes', 'pods'], verbs: READ }, { apiGroups: ['extensions'], resources: ['deployments'], verbs: READ }]),
    role('system:kube-aggregator', [{ apiGroups: [''], resources: ['endpoints', 'services'], verbs: READ }]),
    role('system:kube-controller-manager', [{ apiGroups: ['*'], resources: ['*'], verbs: READ }, { apiGroups: ['', 'events.k8s.io'], resources: ['events'], verbs: ['create', 'patch', 'update'] }, { apiGroups: ['coordination.k8s.io'], resources: ['leases'], verbs: ['create', 'get', 'update'] }, { apiGroups: [''], resources: ['secrets', 'serviceaccounts'], verbs: ['create'] }]),
    role('system:kube-dns', [{ apiGroups: [''], resources: ['endpoints', 'services'], verbs: ['list', 'watch'] }]),
    role('system:kube-scheduler', [{ apiGroups: ['', 'events.k8s.io'], resources: ['events'], verbs: ['create', 'patch', 'update'] }, { apiGroups: ['coordination.k8s.io'], resources: ['leases'], verbs: ['create', 'get', 'update'] }, { apiGroups: [''], resources: ['nodes', 'pods', 'namespaces', 'persistentvolumeclaims', 'persistentvolumes', 'replicationcontrollers', 'services'], verbs: READ }, { apiGroups: [''], resources: ['bindings', 'pods/binding'], verbs: ['create'] }, { apiGroups: [''], resources: ['pods/status'], verbs: ['patch', 'update'] }, { apiGroups: ['apps'], resources: ['replicasets', 'statefulsets'], verbs: READ }, { apiGroups: ['policy'], resources: ['poddisruptionbudgets'], verbs: READ }, { apiGroups: ['storage.k8s.io'], resources: ['csidrivers', 'csinodes', 'csistoragecapacities', 'storageclasses'], verbs: READ }]),
    role('system:kubelet-api-admin', [{ apiGroups: [''], resources: ['nodes'], verbs: ['get', 'list', 'watch', 'proxy'] }, { apiGroups: [''], resources: ['nodes/log', 'nodes/metrics', 'nodes/proxy', 'nodes/stats'], verbs: ['*'] }]),
    role('system:monitoring', [{ nonResourceURLs: ['/healthz', '/healthz/*', '/livez', '/livez/*', '/metrics', '/metrics/slis', '/readyz', '/readyz/*'], verbs: ['get'] }]),
    role('system:node', [{ apiGroups: [''], resources: ['pods'], verbs: ['get', 'list', 'watch', 'create', 'delete'] }, { apiGroups: [''], resources: ['nodes', 'nodes/status'], verbs: ['create', 'get', 'list', 'watch', 'patch', 'update'] }, { apiGroups: [''], resources: ['pods/status'], verbs: ['patch', 'update'] }, { apiGroups: ['', 'events.k8s.io'], resources: ['events'], verbs: ['create', 'patch', 'update'] }]),
    role('system:node-bootstrapper', [{ apiGroups: ['certificates.k8s.io'], resources: ['certificatesigningrequests'], verbs: ['create', 'get', 'list', 'watch'] }]),
    role('system:node-problem-detector', [{ apiGroups: [''], resources: ['nodes'], verbs: ['get'] }, { apiGroups: [''], resources: ['nodes/status'], verbs: ['patch'] }, { apiGroups: ['', 'events.k8s.io'], resources: ['events'], verbs: ['create', 'patch', 'update'] }]),
    role('system:node-proxier', [{ apiGroups: [''], resources: ['endpoints', 'services'], verbs: ['list', 'watch'] }, { apiGroups: [''], resources: ['nodes'], verbs: READ }, { apiGroups: ['', 'events.k8s.io'], resources: ['events'], verbs: ['create', 'patch', 'update'] }, { apiGroups: ['discovery.k8s.io'], resources: ['endpointslices'], verbs: ['list', 'watch'] }]),
    role('system:persistent-volume-provisioner', [{ apiGroups: [''], resources: ['persistentvolumes'], verbs: ['create', 'delete', 'get', 'list', 'watch'] }, { apiGroups: [''], resources: ['persistentvolumeclaims'], verbs: ['get', 'list', 'update', 'watch'] }, { apiGroups: ['storage.k8s.io'], resources: ['storageclasses'], verbs: READ }, { apiGroups: [''], resources: ['events'], verbs: ['create', 'patch', 'update', 'watch'] }]),
    role('system:service-account-issuer-discovery', [{ nonResourceURLs: ['/.well-known/openid-configuration', '/.well-known/openid-configuration/', '/openid/v1/jwks', '/openid/v1/jwks/'], verbs: ['get'] }]),
    role('system:volume-scheduler', [{ apiGroups: [''], resources: ['persistentvolumes'], verbs: ['get', 'list', 'patch', 'update', 'watch'] }, { apiGroups: ['storage.k8s.io'], resources: ['storageclasses'], verbs: READ }, { apiGroups: [''], resources: ['persistentvolumeclaims'], verbs: ['get', 'list', 'patch', 'update', 'watch'] }]),
    role('system:certificates.k8s.io:certificatesigningrequests:nodeclient', [{ apiGroups: ['certificates.k8s.io'], resources: ['certificatesigningrequests/nodeclient'], verbs: ['create'] }]),
    role('system:certificates.k8s.io:certificatesigningrequests:selfnodeclient', [{ apiGroups: ['certificates.k8s.io'], resources: ['certificatesigningrequests/selfnodeclient'], verbs: ['create'] }]),
    role('system:certificates.k8s.io:kube-apiserver-client-approver', [{ apiGroups: ['certificates.k8s.io'], resources: ['signers'], resourceNames: ['kubernetes.io/kube-apiserver-client'], verbs: ['approve'] }]),
    role('system:certificates.k8s.io:kube-apiserver-client-kubelet-approver', [{ apiGroups: ['certificates.k8s.io'], resources: ['signers'], resourceNames: ['kubernetes.io/kube-apiserver-client-kubelet'], verbs: ['approve'] }]),
    role('system:certificates.k8s.io:kubelet-serving-approver', [{ apiGroups: ['certificates.k8s.io'], resources: ['signers'], resourceNames: ['kubernetes.io/kubelet-serving'], verbs: ['approve'] }]),
    role('system:certificates.k8s.io:legacy-unknown-approver', [{ apiGroups: ['certificates.k8s.io'], resources: ['signers'], resourceNames: ['kubernetes.io/legacy-unknown'], verbs: ['approve'] }]),
    role('kubeadm:get-nodes', [{ apiGroups: [''], resources: ['nodes'], verbs: ['get'] }], {}, {}),
    role('system:coredns', [{ apiGroups: [''], resources: ['endpoints', 'services', 'pods', 'namespaces'], verbs: ['list', 'watch'] }, { apiGroups: [''], resources: ['nodes'], verbs: ['get'] }, { apiGroups: ['discovery.k8s.io'], resources: ['endpointslices'], verbs: ['list', 'watch'] }], {}, {}),
    role('flannel', [{ apiGroups: [''], resources: ['pods'], verbs: ['get'] }, { apiGroups: [''], resources: ['nodes'], verbs: ['get', 'list', 'watch'] }, { apiGroups: [''], resources: ['nodes/status'], verbs: ['patch'] }], { 'k8s-app': 'flannel' }, {})
  ]
  for (const c of CONTROLLERS) out.push(role(`system:controller:${c}`, [{ apiGroups: ['*'], resources: ['*'], verbs: READ }, { apiGroups: ['', 'events.k8s.io'], resources: ['events'], verbs: ['create', 'patch', 'update'] }]))
  return out
}

export function clusterRoleBindings(): KubeObject[] {
  const out: KubeObject[] = [
    binding('cluster-admin', 'cluster-admin', [group('system:masters')]),
    binding('kubeadm:cluster-admins', 'cluster-admin', [group('kubeadm:cluster-admins')], {}),
    binding('kubeadm:get-nodes', 'kubeadm:get-nodes', [group('system:bootstrappers:kubeadm:default-node-token')], {}),
    binding('kubeadm:kubelet-bootstrap', 'system:node-bootstrapper', [group('system:bootstrappers:kubeadm:default-node-token')], {}),
    binding('kubeadm:node-autoapprove-bootstrap', 'system:certificates.k8s.io:certificatesigningrequests:nodeclient', [group('system:bootstrappers:kubeadm:default-node-token')], {}),
    binding('kubeadm:node-autoapprove-certificate-rotation', 'system:certificates.k8s.io:certificatesigningrequests:selfnodeclient', [group('system:nodes')], {}),
    binding('kubeadm:node-proxier', 'system:node-proxier', [sa('kube-proxy')], {}),
    binding('system:basic-user', 'system:basic-user', [group('system:authenticated')]),
    binding('system:coredns', 'system:coredns', [sa('coredns')], {}),
    binding('system:discovery', 'system:discovery', [group('system:authenticated')]),
    binding('system:kube-controller-manager', 'system:kube-controller-manager', [user('system:kube-controller-manager')]),
    binding('system:kube-dns', 'system:kube-dns', [sa('kube-dns')]),
    binding('system:kube-scheduler', 'system:kube-scheduler', [user('system:kube-scheduler')]),
    binding('system:monitoring', 'system:monitoring', [group('system:monitoring')]),
    binding('system:node', 'system:node', []),
    binding('system:node-proxier', 'system:node-proxier', [user('system:kube-proxy')]),
    binding('system:public-info-viewer', 'system:public-info-viewer', [group('system:authenticated'), group('system:unauthenticated')]),
    binding('system:service-account-issuer-discovery', 'system:service-account-issuer-discovery', [group('system:serviceaccounts')]),
    binding('system:volume-scheduler', 'system:volume-scheduler', [user('system:kube-scheduler')]),
    binding('flannel', 'flannel', [sa('flannel', 'kube-flannel')], { 'k8s-app': 'flannel' })
  ]
  for (const c of CONTROLLERS) out.push(binding(`system:controller:${c}`, `system:controller:${c}`, [sa(c)]))
  return out
}

export function namespacedRbac(): KubeObject[] {
  const r = (ns: string, name: string, rules: Rule[]): KubeObject => ({ apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role', metadata: objectMeta({ name, namespace: ns }), rules })
  const b = (ns: string, name: string, roleName: string, subjects: Record<string, string>[]): KubeObject => ({
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'RoleBinding',
    metadata: objectMeta({ name, namespace: ns }),
    roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: roleName },
    subjects
  })
  return [
    r('kube-public', 'kubeadm:bootstrap-signer-clusterinfo', [{ apiGroups: [''], resources: ['configmaps'], resourceNames: ['cluster-info'], verbs: ['get'] }]),
    r('kube-public', 'system:controller:bootstrap-signer', [{ apiGroups: [''], resources: ['configmaps'], verbs: READ }, { apiGroups: [''], resources: ['configmaps'], resourceNames: ['cluster-info'], verbs: ['update'] }]),
    r('kube-system', 'extension-apiserver-authentication-reader', [{ apiGroups: [''], resources: ['configmaps'], resourceNames: ['extension-apiserver-authentication'], verbs: READ }]),
    r('kube-system', 'kube-proxy', [{ apiGroups: [''], resources: ['configmaps'], resourceNames: ['kube-proxy'], verbs: ['get'] }]),
    r('kube-system', 'kubeadm:kubelet-config', [{ apiGroups: [''], resources: ['configmaps'], resourceNames: ['kubelet-config'], verbs: ['get'] }]),
    r('kube-system', 'kubeadm:nodes-kubeadm-config', [{ apiGroups: [''], resources: ['configmaps'], resourceNames: ['kubeadm-config'], verbs: ['get'] }]),
    r('kube-system', 'system::leader-locking-kube-controller-manager', [{ apiGroups: [''], resources: ['configmaps'], verbs: ['watch'] }]),
    r('kube-system', 'system::leader-locking-kube-scheduler', [{ apiGroups: [''], resources: ['configmaps'], verbs: ['watch'] }]),
    r('kube-system', 'system:controller:bootstrap-signer', [{ apiGroups: [''], resources: ['secrets'], verbs: READ }]),
    r('kube-system', 'system:controller:cloud-provider', [{ apiGroups: [''], resources: ['configmaps'], verbs: ['create', 'get', 'list', 'watch'] }]),
    r('kube-system', 'system:controller:token-cleaner', [{ apiGroups: [''], resources: ['secrets'], verbs: ['delete', 'get', 'list', 'watch'] }]),
    b('kube-public', 'kubeadm:bootstrap-signer-clusterinfo', 'kubeadm:bootstrap-signer-clusterinfo', [user('system:anonymous')]),
    b('kube-public', 'system:controller:bootstrap-signer', 'system:controller:bootstrap-signer', [sa('bootstrap-signer')]),
    b('kube-system', 'kube-proxy', 'kube-proxy', [group('system:bootstrappers:kubeadm:default-node-token')]),
    b('kube-system', 'kubeadm:kubelet-config', 'kubeadm:kubelet-config', [group('system:nodes'), group('system:bootstrappers:kubeadm:default-node-token')]),
    b('kube-system', 'kubeadm:nodes-kubeadm-config', 'kubeadm:nodes-kubeadm-config', [group('system:bootstrappers:kubeadm:default-node-token'), group('system:nodes')]),
    b('kube-system', 'system::extension-apiserver-authentication-reader', 'extension-apiserver-authentication-reader', [user('system:kube-controller-manager'), user('system:kube-scheduler')]),
    b('kube-system', 'system::leader-locking-kube-controller-manager', 'system::leader-locking-kube-controller-manager', [user('system:kube-controller-manager'), sa('kube-controller-manager')]),
    b('kube-system', 'system::leader-locking-kube-scheduler', 'system::leader-locking-kube-scheduler', [user('system:kube-scheduler'), sa('kube-scheduler')]),
    b('kube-system', 'system:controller:bootstrap-signer', 'system:controller:bootstrap-signer', [sa('bootstrap-signer')]),
    b('kube-system', 'system:controller:cloud-provider', 'system:controller:cloud-provider', [sa('cloud-provider')]),
    b('kube-system', 'system:controller:token-cleaner', 'system:controller:token-cleaner', [sa('token-cleaner')])
  ]
}

export const CONTROLLER_SERVICE_ACCOUNTS = CONTROLLERS

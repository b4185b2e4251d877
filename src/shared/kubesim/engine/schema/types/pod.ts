// core/v1 Pod, PodSpec and PodTemplateSpec, with scheduling constraints.
import { any, array, boolean, f, int32, int64, map, observed, string, struct } from '../dsl'
import { Container, SeccompProfile } from './container'
import { apiVersionField, kindField, LabelSelector, metadataField, ObjectMeta } from './meta'
import { PodStatus } from './status-pod'
import { Volume } from './volume'

export const Toleration = struct('Toleration', 'The pod this Toleration is attached to tolerates any taint that matches the triple <key,value,effect> using the matching operator <operator>.', () => ({
  effect: f(string, 'Effect indicates the taint effect to match. Empty means match all taint effects. When specified, allowed values are NoSchedule, PreferNoSchedule and NoExecute.'),
  key: f(string, 'Key is the taint key that the toleration applies to. Empty means match all taint keys. If the key is empty, operator must be Exists; this combination means to match all values and all keys.'),
  operator: f(string, "Operator represents a key's relationship to the value. Valid operators are Exists and Equal. Defaults to Equal. Exists is equivalent to wildcard for value, so that a pod can tolerate all taints of a particular category."),
  tolerationSeconds: f(int64, 'TolerationSeconds represents the period of time the toleration (which must be of effect NoExecute, otherwise this field is ignored) tolerates the taint. By default, it is not set, which means tolerate the taint forever (do not evict).'),
  value: f(string, 'Value is the taint value the toleration matches to. If the operator is Exists, the value should be empty, otherwise just a regular string.')
}))

const NodeSelectorRequirement = struct('NodeSelectorRequirement', 'A node selector requirement is a selector that contains values, a key, and an operator that relates the key and values.', () => ({
  key: f(string, 'The label key that the selector applies to.', true),
  operator: f(string, "Represents a key's relationship to a set of values. Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.", true),
  values: f(array(string), 'An array of string values. If the operator is In or NotIn, the values array must be non-empty. If the operator is Exists or DoesNotExist, the values array must be empty.')
}))

export const NodeSelectorTerm = struct('NodeSelectorTerm', 'A null or empty node selector term matches no objects. The requirements of them are ANDed.', () => ({
  matchExpressions: f(array(NodeSelectorRequirement), "A list of node selector requirements by node's labels."),
  matchFields: f(array(NodeSelectorRequirement), "A list of node selector requirements by node's fields.")
}))

export const NodeSelector = struct('NodeSelector', 'A node selector represents the union of the results of one or more label queries over a set of nodes; that is, it represents the OR of the selectors represented by the node selector terms.', () => ({
  nodeSelectorTerms: f(array(NodeSelectorTerm), 'Required. A list of node selector terms. The terms are ORed.', true)
}))

const PreferredSchedulingTerm = struct('PreferredSchedulingTerm', "An empty preferred scheduling term matches all objects with implicit weight 0 (i.e. it's a no-op). A null preferred scheduling term matches no objects (i.e. is also a no-op).", () => ({
  preference: f(NodeSelectorTerm, 'A node selector term, associated with the corresponding weight.', true),
  weight: f(int32, 'Weight associated with matching the corresponding nodeSelectorTerm, in the range 1-100.', true)
}))

const NodeAffinity = struct('NodeAffinity', 'Node affinity is a group of node affinity scheduling rules.', () => ({
  preferredDuringSchedulingIgnoredDuringExecution: f(array(PreferredSchedulingTerm), 'The scheduler will prefer to schedule pods to nodes that satisfy the affinity expressions specified by this field, but it may choose a node that violates one or more of the expressions.'),
  requiredDuringSchedulingIgnoredDuringExecution: f(NodeSelector, 'If the affinity requirements specified by this field are not met at scheduling time, the pod will not be scheduled onto the node. If the affinity requirements specified by this field cease to be met at some point during pod execution (e.g. due to an update), the system may or may not try to eventually evict the pod from its node.')
}))

const PodAffinityTerm = struct('PodAffinityTerm', 'Defines a set of pods (namely those matching the labelSelector relative to the given namespace(s)) that this pod should be co-located (affinity) or not co-located (anti-affinity) with, where co-located is defined as running on a node whose value of the label with key <topologyKey> matches that of any node on which a pod of the set of pods is running', () => ({
  labelSelector: f(LabelSelector, 'A label query over a set of resources, in this case pods. If it\'s null, this PodAffinityTerm matches with no Pods.'),
  matchLabelKeys: f(array(string), 'MatchLabelKeys is a set of pod label keys to select which pods will be taken into consideration.'),
  mismatchLabelKeys: f(array(string), 'MismatchLabelKeys is a set of pod label keys to select which pods will be taken into consideration.'),
  namespaceSelector: f(LabelSelector, 'A label query over the set of namespaces that the term applies to.'),
  namespaces: f(array(string), 'namespaces specifies a static list of namespace names that the term applies to. null or empty namespaces list and null namespaceSelector means "this pod\'s namespace".'),
  topologyKey: f(string, 'This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching the labelSelector in the specified namespaces, where co-located is defined as running on a node whose value of the label with key topologyKey matches that of any node on which any of the selected pods is running. Empty topologyKey is not allowed.', true)
}))

const WeightedPodAffinityTerm = struct('WeightedPodAffinityTerm', 'The weights of all of the matched WeightedPodAffinityTerm fields are added per-node to find the most preferred node(s)', () => ({
  podAffinityTerm: f(PodAffinityTerm, 'Required. A pod affinity term, associated with the corresponding weight.', true),
  weight: f(int32, 'weight associated with matching the corresponding podAffinityTerm, in the range 1-100.', true)
}))

const podAffinity = (name: string, what: string) =>
  struct(name, `Pod ${what} is a group of inter pod ${what} scheduling rules.`, () => ({
    preferredDuringSchedulingIgnoredDuringExecution: f(array(WeightedPodAffinityTerm), `The scheduler will prefer to schedule pods to nodes that satisfy the ${what} expressions specified by this field, but it may choose a node that violates one or more of the expressions.`),
    requiredDuringSchedulingIgnoredDuringExecution: f(array(PodAffinityTerm), `If the ${what} requirements specified by this field are not met at scheduling time, the pod will not be scheduled onto the node.`)
  }))

export const Affinity = struct('Affinity', 'Affinity is a group of affinity scheduling rules.', () => ({
  nodeAffinity: f(NodeAffinity, 'Describes node affinity scheduling rules for the pod.'),
  podAffinity: f(podAffinity('PodAffinity', 'affinity'), 'Describes pod affinity scheduling rules (e.g. co-locate this pod in the same node, zone, etc. as some other pod(s)).'),
  podAntiAffinity: f(podAffinity('PodAntiAffinity', 'anti-affinity'), 'Describes pod anti-affinity scheduling rules (e.g. avoid putting this pod in the same node, zone, etc. as some other pod(s)).')
}))

const TopologySpreadConstraint = struct('TopologySpreadConstraint', 'TopologySpreadConstraint specifies how to spread matching pods among the given topology.', () => ({
  labelSelector: f(LabelSelector, 'LabelSelector is used to find matching pods. Pods that match this label selector are counted to determine the number of pods in their corresponding topology domain.'),
  matchLabelKeys: f(array(string), 'MatchLabelKeys is a set of pod label keys to select the pods over which spreading will be calculated.'),
  maxSkew: f(int32, 'MaxSkew describes the degree to which pods may be unevenly distributed.', true),
  minDomains: f(int32, 'MinDomains indicates a minimum number of eligible domains.'),
  nodeAffinityPolicy: f(string, "NodeAffinityPolicy indicates how we will treat Pod's nodeAffinity/nodeSelector when calculating pod topology spread skew."),
  nodeTaintsPolicy: f(string, 'NodeTaintsPolicy indicates how we will treat node taints when calculating pod topology spread skew.'),
  topologyKey: f(string, 'TopologyKey is the key of node labels. Nodes that have a label with this key and identical values are considered to be in the same topology.', true),
  whenUnsatisfiable: f(string, "WhenUnsatisfiable indicates how to deal with a pod if it doesn't satisfy the spread constraint. - DoNotSchedule (default) tells the scheduler not to schedule it. - ScheduleAnyway tells the scheduler to schedule the pod in any location, but giving higher precedence to topologies that would help reduce the skew.", true)
}))

const PodSecurityContext = struct('PodSecurityContext', 'PodSecurityContext holds pod-level security attributes and common container settings.', () => ({
  appArmorProfile: f(any, 'appArmorProfile is the AppArmor options to use by the containers in this pod.'),
  fsGroup: f(int64, 'A special supplemental group that applies to all containers in a pod.'),
  fsGroupChangePolicy: f(string, 'fsGroupChangePolicy defines behavior of changing ownership and permission of the volume before being exposed inside Pod.'),
  runAsGroup: f(int64, 'The GID to run the entrypoint of the container process.'),
  runAsNonRoot: f(boolean, 'Indicates that the container must run as a non-root user.'),
  runAsUser: f(int64, 'The UID to run the entrypoint of the container process. Defaults to user specified in image metadata if unspecified.'),
  seLinuxOptions: f(any, 'The SELinux context to be applied to all containers.'),
  seccompProfile: f(SeccompProfile, 'The seccomp options to use by the containers in this pod.'),
  supplementalGroups: f(array(int64), "A list of groups applied to the first process run in each container, in addition to the container's primary GID and fsGroup (if specified)."),
  supplementalGroupsPolicy: f(string, 'Defines how supplemental groups of the first container processes are calculated.'),
  sysctls: f(array(any), 'Sysctls hold a list of namespaced sysctls used for the pod.'),
  windowsOptions: f(any, 'The Windows specific settings applied to all containers.')
}))

export const PodSpec = struct('PodSpec', 'PodSpec is a description of a pod.', () => ({
  activeDeadlineSeconds: f(int64, 'Optional duration in seconds the pod may be active on the node relative to StartTime before the system will actively try to mark it failed and kill associated containers. Value must be a positive integer.'),
  affinity: f(Affinity, "If specified, the pod's scheduling constraints"),
  automountServiceAccountToken: f(boolean, 'AutomountServiceAccountToken indicates whether a service account token should be automatically mounted.'),
  containers: f(array(Container), 'List of containers belonging to the pod. Containers cannot currently be added or removed. There must be at least one container in a Pod. Cannot be updated.', true),
  dnsConfig: f(any, 'Specifies the DNS parameters of a pod. Parameters specified here will be merged to the generated DNS configuration based on DNSPolicy.'),
  dnsPolicy: f(string, "Set DNS policy for the pod. Defaults to \"ClusterFirst\". Valid values are 'ClusterFirstWithHostNet', 'ClusterFirst', 'Default' or 'None'."),
  enableServiceLinks: f(boolean, "EnableServiceLinks indicates whether information about services should be injected into pod's environment variables, matching the syntax of Docker links. Optional: Defaults to true."),
  ephemeralContainers: f(array(any), 'List of ephemeral containers run in this pod. Ephemeral containers may be run in an existing pod to perform user-initiated actions such as debugging.'),
  hostAliases: f(array(any), "HostAliases is an optional list of hosts and IPs that will be injected into the pod's hosts file if specified."),
  hostIPC: f(boolean, "Use the host's ipc namespace. Optional: Default to false."),
  hostNetwork: f(boolean, "Host networking requested for this pod. Use the host's network namespace. If this option is set, the ports that will be used must be specified. Default to false."),
  hostPID: f(boolean, "Use the host's pid namespace. Optional: Default to false."),
  hostUsers: f(boolean, "Use the host's user namespace. Optional: Default to true."),
  hostname: f(string, "Specifies the hostname of the Pod If not specified, the pod's hostname will be set to a system-defined value."),
  imagePullSecrets: f(array(struct('LocalObjectReference', 'LocalObjectReference contains enough information to let you locate the referenced object inside the same namespace.', () => ({ name: f(string, 'Name of the referent.') }))), 'ImagePullSecrets is an optional list of references to secrets in the same namespace to use for pulling any of the images used by this PodSpec.'),
  initContainers: f(array(Container), 'List of initialization containers belonging to the pod. Init containers are executed in order prior to containers being started. If any init container fails, the pod is considered to have failed and is handled according to its restartPolicy. More info: https://kubernetes.io/docs/concepts/workloads/pods/init-containers/'),
  nodeName: f(string, 'NodeName indicates in which node this pod is scheduled. If empty, this pod is a candidate for scheduling by the scheduler defined in schedulerName. Once this field is set, the kubelet for this node becomes responsible for the lifecycle of this pod.'),
  nodeSelector: f(map(), "NodeSelector is a selector which must be true for the pod to fit on a node. Selector which must match a node's labels for the pod to be scheduled on that node. More info: https://kubernetes.io/docs/concepts/configuration/assign-pod-node/"),
  os: f(any, 'Specifies the OS of the containers in the pod.'),
  overhead: f(map(any), 'Overhead represents the resource overhead associated with running a pod for a given RuntimeClass.'),
  preemptionPolicy: f(string, 'PreemptionPolicy is the Policy for preempting pods with lower priority. One of Never, PreemptLowerPriority. Defaults to PreemptLowerPriority if unset.'),
  priority: f(int32, 'The priority value. Various system components use this field to find the priority of the pod. When Priority Admission Controller is enabled, it prevents users from setting this field.'),
  priorityClassName: f(string, 'If specified, indicates the pod\'s priority. "system-node-critical" and "system-cluster-critical" are two special keywords which indicate the highest priorities with the former being the highest priority.'),
  readinessGates: f(array(any), 'If specified, all readiness gates will be evaluated for pod readiness.'),
  resourceClaims: f(array(any), 'ResourceClaims defines which ResourceClaims must be allocated and reserved before the Pod is allowed to start.'),
  restartPolicy: f(string, 'Restart policy for all containers within the pod. One of Always, OnFailure, Never. In some contexts, only a subset of those values may be permitted. Default to Always. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#restart-policy'),
  runtimeClassName: f(string, 'RuntimeClassName refers to a RuntimeClass object in the node.k8s.io group, which should be used to run this pod.'),
  schedulerName: f(string, 'If specified, the pod will be dispatched by specified scheduler. If not specified, the pod will be dispatched by default scheduler.'),
  schedulingGates: f(array(any), 'SchedulingGates is an opaque list of values that if specified will block scheduling the pod.'),
  securityContext: f(PodSecurityContext, 'SecurityContext holds pod-level security attributes and common container settings. Optional: Defaults to empty.  See type description for default values of each field.'),
  serviceAccount: f(string, 'DeprecatedServiceAccount is a deprecated alias for ServiceAccountName. Deprecated: Use serviceAccountName instead.'),
  serviceAccountName: f(string, 'ServiceAccountName is the name of the ServiceAccount to use to run this pod. More info: https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/'),
  setHostnameAsFQDN: f(boolean, "If true the pod's hostname will be configured as the pod's FQDN, rather than the leaf name (the default)."),
  shareProcessNamespace: f(boolean, 'Share a single process namespace between all of the containers in a pod.'),
  subdomain: f(string, 'If specified, the fully qualified Pod hostname will be "<hostname>.<subdomain>.<pod namespace>.svc.<cluster domain>". If not specified, the pod will not have a domainname at all.'),
  terminationGracePeriodSeconds: f(int64, 'Optional duration in seconds the pod needs to terminate gracefully. May be decreased in delete request. Value must be non-negative integer. The value zero indicates stop immediately via the kill signal (no opportunity to shut down). Defaults to 30 seconds.'),
  tolerations: f(array(Toleration), "If specified, the pod's tolerations."),
  topologySpreadConstraints: f(array(TopologySpreadConstraint), 'TopologySpreadConstraints describes how a group of pods ought to spread across topology domains. Scheduler will schedule pods in a way which abides to the constraints.'),
  volumes: f(array(Volume), 'List of volumes that can be mounted by containers belonging to the pod. More info: https://kubernetes.io/docs/concepts/storage/volumes')
}))

export const PodTemplateSpec = struct('PodTemplateSpec', 'PodTemplateSpec describes the data a pod should have when created from a template', () => ({
  metadata: f(ObjectMeta, "Standard object's metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata"),
  spec: f(PodSpec, 'Specification of the desired behavior of the pod. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status')
}))

export const statusField = (what: string): ReturnType<typeof f> => f(any, `Most recently observed status of the ${what}. This data may not be up to date. Populated by the system. Read-only. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status`)

export const Pod = struct('Pod', 'Pod is a collection of containers that can run on a host. This resource is created by clients and scheduled onto hosts.', () => ({
  apiVersion: apiVersionField,
  kind: kindField,
  metadata: metadataField,
  spec: f(PodSpec, 'Specification of the desired behavior of the pod. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status'),
  status: observed(PodStatus, 'Most recently observed status of the pod. This data may not be up to date. Populated by the system. Read-only. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status')
}))

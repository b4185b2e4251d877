// The other core/v1 kinds learners write: Service, ConfigMap, Secret, Namespace, ServiceAccount,
// PersistentVolume(Claim), ResourceQuota, LimitRange, Node, Endpoints.
import { any, array, boolean, f, int32, intstr, map, observed, quantity, string, struct } from '../dsl'
import { apiVersionField, kindField, metadataField } from './meta'
import { NodeSelector, statusField } from './pod'
import { NodeStatus } from './status-node'
import { NamespaceStatus, PersistentVolumeClaimStatus, PersistentVolumeStatus, ServiceStatus } from './status-core'
import { NFSVolumeSource, PersistentVolumeClaimSpec } from './volume'

const top = () => ({ apiVersion: apiVersionField, kind: kindField, metadata: metadataField })

const ServicePort = struct('ServicePort', "ServicePort contains information on service's port.", () => ({
  appProtocol: f(string, 'The application protocol for this port. This is used as a hint for implementations to offer richer behavior for protocols that they understand.'),
  name: f(string, "The name of this port within the service. This must be a DNS_LABEL. All ports within a ServiceSpec must have unique names. When considering the endpoints for a Service, this must match the 'name' field in the EndpointPort. Optional if only one ServicePort is defined on this service."),
  nodePort: f(int32, 'The port on each node on which this service is exposed when type is NodePort or LoadBalancer.  Usually assigned by the system. If a value is specified, in-range, and not in use it will be used, otherwise the operation will fail.  If not specified, a port will be allocated if this Service requires one.'),
  port: f(int32, 'The port that will be exposed by this service.', true),
  protocol: f(string, 'The IP protocol for this port. Supports "TCP", "UDP", and "SCTP". Default is TCP.'),
  targetPort: f(intstr, "Number or name of the port to access on the pods targeted by the service. Number must be in the range 1 to 65535. Name must be an IANA_SVC_NAME. If this is a string, it will be looked up as a named port in the target Pod's container ports. If this is not specified, the value of the 'port' field is used (an identity map).")
}))

const ServiceSpec = struct('ServiceSpec', 'ServiceSpec describes the attributes that a user creates on a service.', () => ({
  allocateLoadBalancerNodePorts: f(boolean, 'allocateLoadBalancerNodePorts defines if NodePorts will be automatically allocated for services with type LoadBalancer.  Default is "true".'),
  clusterIP: f(string, 'clusterIP is the IP address of the service and is usually assigned randomly. If an address is specified manually, is in-range (as per system configuration), and is not in use, it will be allocated to the service; otherwise creation of the service will fail. This field may not be changed through updates unless the type field is also being changed to ExternalName. Valid values are "None", empty string (""), or a valid IP address. Setting this to "None" makes a "headless service" (no virtual IP), which is useful when direct endpoint connections are preferred and proxying is not required.'),
  clusterIPs: f(array(string), 'ClusterIPs is a list of IP addresses assigned to this service, and are usually assigned randomly.'),
  externalIPs: f(array(string), 'externalIPs is a list of IP addresses for which nodes in the cluster will also accept traffic for this service.'),
  externalName: f(string, 'externalName is the external reference that discovery mechanisms will return as an alias for this service (e.g. a DNS CNAME record). No proxying will be involved.  Must be a lowercase RFC-1123 hostname (https://tools.ietf.org/html/rfc1123) and requires `type` to be "ExternalName".'),
  externalTrafficPolicy: f(string, 'externalTrafficPolicy describes how nodes distribute service traffic they receive on one of the Service\'s "externally-facing" addresses (NodePorts, ExternalIPs, and LoadBalancer IPs).'),
  healthCheckNodePort: f(int32, 'healthCheckNodePort specifies the healthcheck nodePort for the service.'),
  internalTrafficPolicy: f(string, 'InternalTrafficPolicy describes how nodes distribute service traffic they receive on the ClusterIP.'),
  ipFamilies: f(array(string), 'IPFamilies is a list of IP families (e.g. IPv4, IPv6) assigned to this service.'),
  ipFamilyPolicy: f(string, 'IPFamilyPolicy represents the dual-stack-ness requested or required by this Service.'),
  loadBalancerClass: f(string, 'loadBalancerClass is the class of the load balancer implementation this Service belongs to.'),
  loadBalancerIP: f(string, 'Only applies to Service Type: LoadBalancer. Deprecated.'),
  loadBalancerSourceRanges: f(array(string), 'If specified and supported by the platform, this will restrict traffic through the cloud-provider load-balancer will be restricted to the specified client IPs.'),
  ports: f(array(ServicePort), 'The list of ports that are exposed by this service. More info: https://kubernetes.io/docs/concepts/services-networking/service/#virtual-ips-and-service-proxies'),
  publishNotReadyAddresses: f(boolean, "publishNotReadyAddresses indicates that any agent which deals with endpoints for this Service should disregard any indications of ready/not-ready."),
  selector: f(map(), 'Route service traffic to pods with label keys and values matching this selector. If empty or not present, the service is assumed to have an external process managing its endpoints, which Kubernetes will not modify. Only applies to types ClusterIP, NodePort, and LoadBalancer. Ignored if type is ExternalName. More info: https://kubernetes.io/docs/concepts/services-networking/service/'),
  sessionAffinity: f(string, 'Supports "ClientIP" and "None". Used to maintain session affinity. Enable client IP based session affinity. Must be ClientIP or None. Defaults to None.'),
  sessionAffinityConfig: f(any, 'sessionAffinityConfig contains the configurations of session affinity.'),
  trafficDistribution: f(string, 'TrafficDistribution offers a way to express preferences for how traffic is distributed to Service endpoints.'),
  type: f(string, 'type determines how the Service is exposed. Defaults to ClusterIP. Valid options are ExternalName, ClusterIP, NodePort, and LoadBalancer. "ClusterIP" allocates a cluster-internal IP address for load-balancing to endpoints. "NodePort" builds on ClusterIP and allocates a port on every node which routes to the same endpoints as the clusterIP. "LoadBalancer" builds on NodePort and creates an external load-balancer (if supported in the current cloud) which routes to the same endpoints as the clusterIP. "ExternalName" aliases this service to the specified externalName.')
}))

export const Service = struct('Service', 'Service is a named abstraction of software service (for example, mysql) consisting of local port (for example 3306) that the proxy listens on, and the selector that determines which pods will answer requests sent through the proxy.', () => ({
  ...top(),
  spec: f(ServiceSpec, 'Spec defines the behavior of a service. https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status'),
  status: observed(ServiceStatus, 'Most recently observed status of the service. Populated by the system. Read-only. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status')
}))

export const ConfigMap = struct('ConfigMap', 'ConfigMap holds configuration data for pods to consume.', () => ({
  ...top(),
  binaryData: f(map(), "BinaryData contains the binary data. Each key must consist of alphanumeric characters, '-', '_' or '.'. BinaryData can contain byte sequences that are not in the UTF-8 range."),
  data: f(map(), "Data contains the configuration data. Each key must consist of alphanumeric characters, '-', '_' or '.'. Values with non-UTF-8 byte sequences must use the BinaryData field. The keys stored in Data must not overlap with the keys in the BinaryData field, this is enforced during validation process."),
  immutable: f(boolean, 'Immutable, if set to true, ensures that data stored in the ConfigMap cannot be updated (only object metadata can be modified). If not set to true, the field can be modified at any time. Defaulted to nil.')
}))

export const Secret = struct('Secret', 'Secret holds secret data of a certain type. The total bytes of the values in the Data field must be less than MaxSecretSize bytes.', () => ({
  ...top(),
  data: f(map(), "Data contains the secret data. Each key must consist of alphanumeric characters, '-', '_' or '.'. The serialized form of the secret data is a base64 encoded string, representing the arbitrary (possibly non-string) data value here. Described in https://tools.ietf.org/html/rfc4648#section-4"),
  immutable: f(boolean, 'Immutable, if set to true, ensures that data stored in the Secret cannot be updated (only object metadata can be modified). If not set to true, the field can be modified at any time. Defaulted to nil.'),
  stringData: f(map(), 'stringData allows specifying non-binary secret data in string form. It is provided as a write-only input field for convenience. All keys and values are merged into the data field on write, overwriting any existing values. The stringData field is never output when reading from the API.'),
  type: f(string, 'Used to facilitate programmatic handling of secret data. More info: https://kubernetes.io/docs/concepts/configuration/secret/#secret-types')
}))

export const Namespace = struct('Namespace', 'Namespace provides a scope for Names. Use of multiple namespaces is optional.', () => ({
  ...top(),
  spec: f(struct('NamespaceSpec', 'NamespaceSpec describes the attributes on a Namespace.', () => ({ finalizers: f(array(string), 'Finalizers is an opaque list of values that must be empty to permanently remove object from storage. More info: https://kubernetes.io/docs/tasks/administer-cluster/namespaces/') })), 'Spec defines the behavior of the Namespace.'),
  status: observed(NamespaceStatus, 'Status describes the current status of a Namespace. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status')
}))

export const ServiceAccount = struct('ServiceAccount', 'ServiceAccount binds together: * a name, understood by users, and perhaps by peripheral systems, for an identity * a principal that can be authenticated and authorized * a set of secrets', () => ({
  ...top(),
  automountServiceAccountToken: f(boolean, 'AutomountServiceAccountToken indicates whether pods running as this service account should have an API token automatically mounted. Can be overridden at the pod level.'),
  imagePullSecrets: f(array(any), 'ImagePullSecrets is a list of references to secrets in the same namespace to use for pulling any images in pods that reference this ServiceAccount.'),
  secrets: f(array(any), 'Secrets is a list of the secrets in the same namespace that pods running using this ServiceAccount are allowed to use.')
}))

const PersistentVolumeSpec = struct('PersistentVolumeSpec', 'PersistentVolumeSpec is the specification of a persistent volume.', () => ({
  accessModes: f(array(string), 'accessModes contains all ways the volume can be mounted. More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#access-modes'),
  capacity: f(map(quantity), "capacity is the description of the persistent volume's resources and capacity. More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#capacity"),
  claimRef: f(any, 'claimRef is part of a bi-directional binding between PersistentVolume and PersistentVolumeClaim. Expected to be non-nil when bound. claim.VolumeName is the authoritative bind between PV and PVC.'),
  csi: f(any, 'csi represents storage that is handled by an external CSI driver (Beta feature).'),
  hostPath: f(struct('HostPathVolumeSource', 'Represents a host path mapped into a pod.', () => ({ path: f(string, 'path of the directory on the host.', true), type: f(string, 'type for HostPath Volume Defaults to ""') })), 'hostPath represents a directory on the host. Provisioned by a developer or tester. This is useful for single-node development and testing only! On-host storage is not supported in any way and WILL NOT WORK in a multi-node cluster. More info: https://kubernetes.io/docs/concepts/storage/volumes#hostpath'),
  local: f(struct('LocalVolumeSource', 'Local represents directly-attached storage with node affinity', () => ({ fsType: f(string, 'fsType is the filesystem type to mount.'), path: f(string, 'path of the full path to the volume on the node.', true) })), 'local represents directly-attached storage with node affinity'),
  mountOptions: f(array(string), 'mountOptions is the list of mount options, e.g. ["ro", "soft"].'),
  nfs: f(NFSVolumeSource, 'nfs represents an NFS mount on the host. Provisioned by an admin. More info: https://kubernetes.io/docs/concepts/storage/volumes#nfs'),
  nodeAffinity: f(struct('VolumeNodeAffinity', 'VolumeNodeAffinity defines constraints that limit what nodes this volume can be accessed from.', () => ({ required: f(NodeSelector, 'required specifies hard node constraints that must be met.') })), 'nodeAffinity defines constraints that limit what nodes this volume can be accessed from.'),
  persistentVolumeReclaimPolicy: f(string, 'persistentVolumeReclaimPolicy defines what happens to a persistent volume when released from its claim. Valid options are Retain (default for manually created PersistentVolumes), Delete (default for dynamically provisioned PersistentVolumes), and Recycle (deprecated).'),
  storageClassName: f(string, 'storageClassName is the name of StorageClass to which this persistent volume belongs. Empty value means that this volume does not belong to any StorageClass.'),
  volumeAttributesClassName: f(string, 'Name of VolumeAttributesClass to which this persistent volume belongs.'),
  volumeMode: f(string, 'volumeMode defines if a volume is intended to be used with a formatted filesystem or to remain in raw block state. Value of Filesystem is implied when not included in spec.')
}))

export const PersistentVolume = struct('PersistentVolume', 'PersistentVolume (PV) is a storage resource provisioned by an administrator. It is analogous to a node. More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes', () => ({
  ...top(),
  spec: f(PersistentVolumeSpec, 'spec defines a specification of a persistent volume owned by the cluster. Provisioned by an administrator.'),
  status: observed(PersistentVolumeStatus, 'status represents the current information/status for the persistent volume. Populated by the system. Read-only. More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#persistent-volumes')
}))

export const PersistentVolumeClaim = struct('PersistentVolumeClaim', "PersistentVolumeClaim is a user's request for and claim to a persistent volume", () => ({
  ...top(),
  spec: f(PersistentVolumeClaimSpec, 'spec defines the desired characteristics of a volume requested by a pod author. More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#persistentvolumeclaims'),
  status: observed(PersistentVolumeClaimStatus, 'status represents the current information/status of a persistent volume claim. Read-only. More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#persistentvolumeclaims')
}))

export const ResourceQuota = struct('ResourceQuota', 'ResourceQuota sets aggregate quota restrictions enforced per namespace', () => ({
  ...top(),
  spec: f(struct('ResourceQuotaSpec', 'ResourceQuotaSpec defines the desired hard limits to enforce for Quota.', () => ({
    hard: f(map(quantity), 'hard is the set of desired hard limits for each named resource. More info: https://kubernetes.io/docs/concepts/policy/resource-quotas/'),
    scopeSelector: f(any, 'scopeSelector is also a collection of filters like scopes that must match each object tracked by a quota but expressed using ScopeSelectorOperator in combination with possible values.'),
    scopes: f(array(string), 'A collection of filters that must match each object tracked by a quota. If not specified, the quota matches all objects.')
  })), 'Spec defines the desired quota. https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status'),
  status: statusField('quota')
}))

const LimitRangeItem = struct('LimitRangeItem', 'LimitRangeItem defines a min/max usage limit for any resource that matches on kind.', () => ({
  default: f(map(quantity), 'Default resource requirement limit value by resource name if resource limit is omitted.'),
  defaultRequest: f(map(quantity), 'DefaultRequest is the default resource requirement request value by resource name if resource request is omitted.'),
  max: f(map(quantity), 'Max usage constraints on this kind by resource name.'),
  maxLimitRequestRatio: f(map(quantity), 'MaxLimitRequestRatio if specified, the named resource must have a request and limit that are both non-zero where limit divided by request is less than or equal to the enumerated value; this represents the max burst for the named resource.'),
  min: f(map(quantity), 'Min usage constraints on this kind by resource name.'),
  type: f(string, 'Type of resource that this limit applies to.', true)
}))

export const LimitRange = struct('LimitRange', 'LimitRange sets resource usage limits for each kind of resource in a Namespace.', () => ({
  ...top(),
  spec: f(struct('LimitRangeSpec', 'LimitRangeSpec defines a min/max usage limit for resources that match on kind.', () => ({ limits: f(array(LimitRangeItem), 'Limits is the list of LimitRangeItem objects that are enforced.', true) })), 'Spec defines the limits enforced. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status')
}))

const Taint = struct('Taint', 'The node this Taint is attached to has the "effect" on any pod that does not tolerate the Taint.', () => ({
  effect: f(string, 'Required. The effect of the taint on pods that do not tolerate the taint. Valid effects are NoSchedule, PreferNoSchedule and NoExecute.', true),
  key: f(string, 'Required. The taint key to be applied to a node.', true),
  timeAdded: f(string, 'TimeAdded represents the time at which the taint was added. It is only written for NoExecute taints.'),
  value: f(string, 'The taint value corresponding to the taint key.')
}))

export const Node = struct('Node', 'Node is a worker node in Kubernetes. Each node will have a unique identifier in the cache (i.e. in etcd).', () => ({
  ...top(),
  spec: f(struct('NodeSpec', 'NodeSpec describes the attributes that a node is created with.', () => ({
    configSource: f(any, 'Deprecated: Previously used to specify the source of the node\'s configuration for the DynamicKubeletConfig feature.'),
    externalID: f(string, 'Deprecated. Not all kubelets will set this field.'),
    podCIDR: f(string, 'PodCIDR represents the pod IP range assigned to the node.'),
    podCIDRs: f(array(string), 'podCIDRs represents the IP ranges assigned to the node for usage by Pods on that node.'),
    providerID: f(string, 'ID of the node assigned by the cloud provider in the format: <ProviderName>://<ProviderSpecificNodeID>'),
    taints: f(array(Taint), "If specified, the node's taints."),
    unschedulable: f(boolean, 'Unschedulable controls node schedulability of new pods. By default, node is schedulable. More info: https://kubernetes.io/docs/concepts/nodes/node/#manual-node-administration')
  })), 'Spec defines the behavior of a node. https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status'),
  status: observed(NodeStatus, 'Most recently observed status of the node. Populated by the system. Read-only. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status')
}))

export const Endpoints = struct('Endpoints', 'Endpoints is a collection of endpoints that implement the actual service.', () => ({
  ...top(),
  subsets: f(array(any), 'The set of all endpoints is the union of all subsets. Addresses are placed into subsets according to the IPs they share.')
}))

export const Event = struct('Event', 'Event is a report of an event somewhere in the cluster.', () => ({
  ...top(),
  action: f(string, 'What action was taken/failed regarding to the Regarding object.'),
  count: f(int32, 'The number of times this event has occurred.'),
  eventTime: f(string, 'Time when this Event was first observed.'),
  firstTimestamp: f(string, 'The time at which the event was first recorded. (Time of server receipt is in TypeMeta.)'),
  involvedObject: f(any, 'The object that this event is about.', true),
  lastTimestamp: f(string, 'The time at which the most recent occurrence of this event was recorded.'),
  message: f(string, 'A human-readable description of the status of this operation.'),
  reason: f(string, 'This should be a short, machine understandable string that gives the reason for the transition into the object\'s current status.'),
  related: f(any, 'Optional secondary object for more complex actions.'),
  reportingComponent: f(string, 'Name of the controller that emitted this Event, e.g. `kubernetes.io/kubelet`.'),
  reportingInstance: f(string, 'ID of the controller instance, e.g. `kubelet-xyzf`.'),
  series: f(any, 'Data about the Event series this event represents or nil if it\'s a singleton Event.'),
  source: f(any, 'The component reporting this event. Should be a short machine understandable string.'),
  type: f(string, 'Type of this event (Normal, Warning), new types could be added in the future')
}))


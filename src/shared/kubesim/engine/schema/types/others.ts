// networking, policy, autoscaling, rbac, storage and scheduling kinds.
import { any, array, boolean, f, int32, intstr, map, string, struct } from '../dsl'
import { apiVersionField, kindField, LabelSelector, metadataField } from './meta'
import { statusField } from './pod'

const top = () => ({ apiVersion: apiVersionField, kind: kindField, metadata: metadataField })

const ServiceBackendPort = struct('ServiceBackendPort', 'ServiceBackendPort is the service port being referenced.', () => ({
  name: f(string, 'name is the name of the port on the Service. This is a mutually exclusive setting with "Number".'),
  number: f(int32, 'number is the numerical port number (e.g. 80) on the Service. This is a mutually exclusive setting with "Name".')
}))

const IngressBackend = struct('IngressBackend', 'IngressBackend describes all endpoints for a given service and port.', () => ({
  resource: f(any, 'resource is an ObjectRef to another Kubernetes resource in the namespace of the Ingress object.'),
  service: f(struct('IngressServiceBackend', 'IngressServiceBackend references a Kubernetes Service as a Backend.', () => ({
    name: f(string, 'name is the referenced service. The service must exist in the same namespace as the Ingress object.', true),
    port: f(ServiceBackendPort, 'port of the referenced service. A port name or port number is required for a IngressServiceBackend.')
  })), 'service references a service as a backend. This is a mutually exclusive setting with "Resource".')
}))

const HTTPIngressPath = struct('HTTPIngressPath', 'HTTPIngressPath associates a path with a backend. Incoming urls matching the path are forwarded to the backend.', () => ({
  backend: f(IngressBackend, 'backend defines the referenced service endpoint to which the traffic will be forwarded to.', true),
  path: f(string, 'path is matched against the path of an incoming request. Currently it can contain characters disallowed from the conventional "path" part of a URL as defined by RFC 3986. Paths must begin with a \'/\' and must be present when using PathType with value "Exact" or "Prefix".'),
  pathType: f(string, 'pathType determines the interpretation of the path matching. PathType can be one of the following values: * Exact: Matches the URL path exactly. * Prefix: Matches based on a URL path prefix split by \'/\'. * ImplementationSpecific: Interpretation of the Path matching is up to the IngressClass.', true)
}))

const IngressRule = struct('IngressRule', 'IngressRule represents the rules mapping the paths under a specified host to the related backend services. Incoming requests are first evaluated for a host match, then routed to the backend associated with the matching IngressRuleValue.', () => ({
  host: f(string, 'host is the fully qualified domain name of a network host, as defined by RFC 3986.'),
  http: f(struct('HTTPIngressRuleValue', "HTTPIngressRuleValue is a list of http selectors pointing to backends.", () => ({ paths: f(array(HTTPIngressPath), 'paths is a collection of paths that map requests to backends.', true) })), 'HTTPIngressRuleValue is a list of http selectors pointing to backends.')
}))

export const Ingress = struct('Ingress', 'Ingress is a collection of rules that allow inbound connections to reach the endpoints defined by a backend. An Ingress can be configured to give services externally-reachable urls, load balance traffic, terminate SSL, offer name based virtual hosting etc.', () => ({
  ...top(),
  spec: f(struct('IngressSpec', 'IngressSpec describes the Ingress the user wishes to exist.', () => ({
    defaultBackend: f(IngressBackend, 'defaultBackend is the backend that should handle requests that don\'t match any rule.'),
    ingressClassName: f(string, 'ingressClassName is the name of an IngressClass cluster resource. Ingress controller implementations use this field to know whether they should be serving this Ingress resource, by a transitive connection (controller -> IngressClass -> Ingress resource).'),
    rules: f(array(IngressRule), 'rules is a list of host rules used to configure the Ingress. If unspecified, or no rule matches, all traffic is sent to the default backend.'),
    tls: f(array(struct('IngressTLS', 'IngressTLS describes the transport layer security associated with an ingress.', () => ({ hosts: f(array(string), 'hosts is a list of hosts included in the TLS certificate.'), secretName: f(string, 'secretName is the name of the secret used to terminate TLS traffic on port 443.') }))), 'tls represents the TLS configuration.')
  })), 'spec is the desired state of the Ingress. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status'),
  status: statusField('Ingress')
}))

export const IngressClass = struct('IngressClass', 'IngressClass represents the class of the Ingress, referenced by the Ingress Spec.', () => ({
  ...top(),
  spec: f(struct('IngressClassSpec', 'IngressClassSpec provides information about the class of an Ingress.', () => ({ controller: f(string, 'controller refers to the name of the controller that should handle this class.'), parameters: f(any, 'parameters is a link to a custom resource containing additional configuration for the controller.') })), 'spec is the desired state of the IngressClass.')
}))

const NetworkPolicyPeer = struct('NetworkPolicyPeer', 'NetworkPolicyPeer describes a peer to allow traffic to/from. Only certain combinations of fields are allowed', () => ({
  ipBlock: f(struct('IPBlock', 'IPBlock describes a particular CIDR (Ex. "192.168.1.0/24","2001:db8::/64") that is allowed to the pods matched by a NetworkPolicySpec\'s podSelector.', () => ({ cidr: f(string, 'cidr is a string representing the IPBlock Valid examples are "192.168.1.0/24" or "2001:db8::/64"', true), except: f(array(string), 'except is a slice of CIDRs that should not be included within an IPBlock') })), 'ipBlock defines policy on a particular IPBlock.'),
  namespaceSelector: f(LabelSelector, 'namespaceSelector selects namespaces using cluster-scoped labels. This field follows standard label selector semantics; if present but empty, it selects all namespaces.'),
  podSelector: f(LabelSelector, "podSelector is a label selector which selects pods. This field follows standard label selector semantics; if present but empty, it selects all pods. If namespaceSelector is also set, then the NetworkPolicyPeer as a whole selects the pods matching podSelector in the Namespaces selected by NamespaceSelector. Otherwise it selects the pods matching podSelector in the policy's own namespace.")
}))

const NetworkPolicyPort = struct('NetworkPolicyPort', 'NetworkPolicyPort describes a port to allow traffic on', () => ({
  endPort: f(int32, 'endPort indicates that the range of ports from port to endPort if set, inclusive, should be allowed by the policy.'),
  port: f(intstr, 'port represents the port on the given protocol. This can either be a numerical or named port on a pod. If this field is not provided, this matches all port names and numbers.'),
  protocol: f(string, 'protocol represents the protocol (TCP, UDP, or SCTP) which traffic must match. If not specified, this field defaults to TCP.')
}))

export const NetworkPolicy = struct('NetworkPolicy', 'NetworkPolicy describes what network traffic is allowed for a set of Pods', () => ({
  ...top(),
  spec: f(struct('NetworkPolicySpec', 'NetworkPolicySpec provides the specification of a NetworkPolicy', () => ({
    egress: f(array(struct('NetworkPolicyEgressRule', "NetworkPolicyEgressRule describes a particular set of traffic that is allowed out of pods matched by a NetworkPolicySpec's podSelector. The traffic must match both ports and to.", () => ({ ports: f(array(NetworkPolicyPort), 'ports is a list of destination ports for outgoing traffic.'), to: f(array(NetworkPolicyPeer), 'to is a list of destinations for outgoing traffic of pods selected for this rule.') }))), 'egress is a list of egress rules to be applied to the selected pods.'),
    ingress: f(array(struct('NetworkPolicyIngressRule', "NetworkPolicyIngressRule describes a particular set of traffic that is allowed to the pods matched by a NetworkPolicySpec's podSelector. The traffic must match both ports and from.", () => ({ from: f(array(NetworkPolicyPeer), 'from is a list of sources which should be able to access the pods selected for this rule.'), ports: f(array(NetworkPolicyPort), 'ports is a list of ports which should be made accessible on the pods selected for this rule.') }))), 'ingress is a list of ingress rules to be applied to the selected pods.'),
    podSelector: f(LabelSelector, "podSelector selects the pods to which this NetworkPolicy object applies. The array of ingress rules is applied to any pods selected by this field. Multiple network policies can select the same set of pods. In this case, the ingress rules for each are combined additively. This field is NOT optional and follows standard label selector semantics. An empty podSelector matches all pods in this namespace.", true),
    policyTypes: f(array(string), 'policyTypes is a list of rule types that the NetworkPolicy relates to. Valid options are ["Ingress"], ["Egress"], or ["Ingress", "Egress"].')
  })), 'spec represents the specification of the desired behavior for this NetworkPolicy.')
}))

export const PodDisruptionBudget = struct('PodDisruptionBudget', 'PodDisruptionBudget is an object to define the max disruption that can be caused to a collection of pods', () => ({
  ...top(),
  spec: f(struct('PodDisruptionBudgetSpec', 'PodDisruptionBudgetSpec is a description of a PodDisruptionBudget.', () => ({
    maxUnavailable: f(intstr, 'An eviction is allowed if at most "maxUnavailable" pods selected by "selector" are unavailable after the eviction, i.e. even in absence of the evicted pod.'),
    minAvailable: f(intstr, 'An eviction is allowed if at least "minAvailable" pods selected by "selector" will still be available after the eviction, i.e. even in the absence of the evicted pod.  So for example you can prevent all voluntary evictions by specifying "100%".'),
    selector: f(LabelSelector, 'Label query over pods whose evictions are managed by the disruption budget.'),
    unhealthyPodEvictionPolicy: f(string, 'UnhealthyPodEvictionPolicy defines the criteria for when unhealthy pods should be considered for eviction.')
  })), 'Specification of the desired behavior of the PodDisruptionBudget.'),
  status: statusField('PodDisruptionBudget')
}))

const MetricTarget = struct('MetricTarget', 'MetricTarget defines the target value, average value, or average utilization of a specific metric', () => ({
  averageUtilization: f(int32, 'averageUtilization is the target value of the average of the resource metric across all relevant pods, represented as a percentage of the requested value of the resource for the pods.'),
  averageValue: f(intstr, 'averageValue is the target value of the average of the metric across all relevant pods (as a quantity)'),
  type: f(string, 'type represents whether the metric type is Utilization, Value, or AverageValue', true),
  value: f(intstr, 'value is the target value of the metric (as a quantity).')
}))

export const HorizontalPodAutoscaler = struct('HorizontalPodAutoscaler', 'HorizontalPodAutoscaler is the configuration for a horizontal pod autoscaler, which automatically manages the replica count of any resource implementing the scale subresource based on the metrics specified.', () => ({
  ...top(),
  spec: f(struct('HorizontalPodAutoscalerSpec', 'HorizontalPodAutoscalerSpec describes the desired functionality of the HorizontalPodAutoscaler.', () => ({
    behavior: f(any, 'behavior configures the scaling behavior of the target in both Up and Down directions (scaleUp and scaleDown fields respectively).'),
    maxReplicas: f(int32, 'maxReplicas is the upper limit for the number of replicas to which the autoscaler can scale up. It cannot be less that minReplicas.', true),
    metrics: f(array(struct('MetricSpec', 'MetricSpec specifies how to scale based on a single metric (only `type` and one other matching field should be set at once).', () => ({
      containerResource: f(any, 'containerResource refers to a resource metric (such as those specified in requests and limits) known to Kubernetes describing a single container in each pod of the current scale target.'),
      external: f(any, 'external refers to a global metric that is not associated with any Kubernetes object.'),
      object: f(any, 'object refers to a metric describing a single kubernetes object.'),
      pods: f(any, 'pods refers to a metric describing each pod in the current scale target.'),
      resource: f(struct('ResourceMetricSource', 'ResourceMetricSource indicates how to scale on a resource metric known to Kubernetes, as specified in requests and limits, describing each pod in the current scale target (e.g. CPU or memory).', () => ({ name: f(string, 'name is the name of the resource in question.', true), target: f(MetricTarget, 'target specifies the target value for the given metric', true) })), 'resource refers to a resource metric (such as those specified in requests and limits) known to Kubernetes describing each pod in the current scale target (e.g. CPU or memory).'),
      type: f(string, 'type is the type of metric source.  It should be one of "ContainerResource", "External", "Object", "Pods" or "Resource", each mapping to a matching field in the object.', true)
    }))), 'metrics contains the specifications for which to use to calculate the desired replica count (the maximum replica count across all metrics will be used). If not set, the default metric will be set to 80% average CPU utilization.'),
    minReplicas: f(int32, 'minReplicas is the lower limit for the number of replicas to which the autoscaler can scale down.  It defaults to 1 pod.'),
    scaleTargetRef: f(struct('CrossVersionObjectReference', 'CrossVersionObjectReference contains enough information to let you identify the referred resource.', () => ({ apiVersion: f(string, 'apiVersion is the API version of the referent'), kind: f(string, 'kind is the kind of the referent', true), name: f(string, 'name is the name of the referent', true) })), 'scaleTargetRef points to the target resource to scale, and is used to the pods for which metrics should be collected, as well as to actually change the replica count.', true)
  })), 'spec is the specification for the behaviour of the autoscaler.'),
  status: statusField('autoscaler')
}))

const PolicyRule = struct('PolicyRule', 'PolicyRule holds information that describes a policy rule, but does not contain information about who the rule applies to or which namespace the rule applies to.', () => ({
  apiGroups: f(array(string), 'APIGroups is the name of the APIGroup that contains the resources.  If multiple API groups are specified, any action requested against one of the enumerated resources in any API group will be allowed. "" represents the core API group and "*" represents all API groups.'),
  nonResourceURLs: f(array(string), 'NonResourceURLs is a set of partial urls that a user should have access to.  *s are allowed, but only as the full, final step in the path.'),
  resourceNames: f(array(string), 'ResourceNames is an optional white list of names that the rule applies to.  An empty set means that everything is allowed.'),
  resources: f(array(string), "Resources is a list of resources this rule applies to. '*' represents all resources."),
  verbs: f(array(string), "Verbs is a list of Verbs that apply to ALL the ResourceKinds contained in this rule. '*' represents all verbs.", true)
}))

const RoleRef = struct('RoleRef', 'RoleRef contains information that points to the role being used', () => ({
  apiGroup: f(string, 'APIGroup is the group for the resource being referenced', true),
  kind: f(string, 'Kind is the type of resource being referenced', true),
  name: f(string, 'Name is the name of resource being referenced', true)
}))

const Subject = struct('Subject', 'Subject contains a reference to the object or user identities a role binding applies to.  This can either hold a direct API object reference, or a value for non-objects such as user and group names.', () => ({
  apiGroup: f(string, 'APIGroup holds the API group of the referenced subject. Defaults to "" for ServiceAccount subjects. Defaults to "rbac.authorization.k8s.io" for User and Group subjects.'),
  kind: f(string, 'Kind of object being referenced. Values defined by this API group are "User", "Group", and "ServiceAccount".', true),
  name: f(string, 'Name of the object being referenced.', true),
  namespace: f(string, 'Namespace of the referenced object.  If the object kind is non-namespace, such as "User" or "Group", and this value is not empty the Authorizer should report an error.')
}))

export const Role = struct('Role', 'Role is a namespaced, logical grouping of PolicyRules that can be referenced as a unit by a RoleBinding.', () => ({ ...top(), rules: f(array(PolicyRule), 'Rules holds all the PolicyRules for this Role') }))
export const ClusterRole = struct('ClusterRole', 'ClusterRole is a cluster level, logical grouping of PolicyRules that can be referenced as a unit by a RoleBinding or ClusterRoleBinding.', () => ({
  ...top(),
  aggregationRule: f(struct('AggregationRule', 'AggregationRule describes how to locate ClusterRoles to aggregate into the ClusterRole', () => ({ clusterRoleSelectors: f(array(LabelSelector), "ClusterRoleSelectors holds a list of selectors which will be used to find ClusterRoles and create the rules.") })), 'AggregationRule is an optional field that describes how to build the Rules for this ClusterRole.'),
  rules: f(array(PolicyRule), 'Rules holds all the PolicyRules for this ClusterRole')
}))
export const RoleBinding = struct('RoleBinding', 'RoleBinding references a role, but does not contain it.  It can reference a Role in the same namespace or a ClusterRole in the global namespace. It adds who information via Subjects and namespace information by which namespace it exists in.', () => ({ ...top(), roleRef: f(RoleRef, 'RoleRef can reference a Role in the current namespace or a ClusterRole in the global namespace. If the RoleRef cannot be resolved, the Authorizer must return an error. This field is immutable.', true), subjects: f(array(Subject), 'Subjects holds references to the objects the role applies to.') }))
export const ClusterRoleBinding = struct('ClusterRoleBinding', 'ClusterRoleBinding references a ClusterRole, but not contain it.  It can reference a ClusterRole in the global namespace, and adds who information via Subject.', () => ({ ...top(), roleRef: f(RoleRef, 'RoleRef can only reference a ClusterRole in the global namespace. If the RoleRef cannot be resolved, the Authorizer must return an error. This field is immutable.', true), subjects: f(array(Subject), 'Subjects holds references to the objects the role applies to.') }))

export const StorageClass = struct('StorageClass', 'StorageClass describes the parameters for a class of storage for which PersistentVolumes can be dynamically provisioned.', () => ({
  ...top(),
  allowVolumeExpansion: f(boolean, 'allowVolumeExpansion shows whether the storage class allow volume expand.'),
  allowedTopologies: f(array(any), 'allowedTopologies restrict the node topologies where volumes can be dynamically provisioned.'),
  mountOptions: f(array(string), 'mountOptions controls the mountOptions for dynamically provisioned PersistentVolumes of this storage class.'),
  parameters: f(map(), 'parameters holds the parameters for the provisioner that should create volumes of this storage class.'),
  provisioner: f(string, 'provisioner indicates the type of the provisioner.', true),
  reclaimPolicy: f(string, 'reclaimPolicy controls the reclaimPolicy for dynamically provisioned PersistentVolumes of this storage class. Defaults to Delete.'),
  volumeBindingMode: f(string, 'volumeBindingMode indicates how PersistentVolumeClaims should be provisioned and bound.  When unset, VolumeBindingImmediate is used.')
}))

export const PriorityClass = struct('PriorityClass', 'PriorityClass defines mapping from a priority class name to the priority integer value. The value can be any valid integer.', () => ({
  ...top(),
  description: f(string, 'description is an arbitrary string that usually provides guidelines on when this priority class should be used.'),
  globalDefault: f(boolean, 'globalDefault specifies whether this PriorityClass should be considered as the default priority for pods that do not have any priority class.'),
  preemptionPolicy: f(string, 'preemptionPolicy is the Policy for preempting pods with lower priority. One of Never, PreemptLowerPriority. Defaults to PreemptLowerPriority if unset.'),
  value: f(int32, 'value represents the integer value of this priority class. This is the actual priority that pods receive when they have the name of this class in their pod spec.', true)
}))

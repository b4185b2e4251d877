// Generated from the Kubernetes v1.31 OpenAPI definitions (Service, PersistentVolumeClaim, PersistentVolume and Namespace status): field names, types,
// required marks and descriptions are the API's own. Explain-only: decoding never walks them.
import { array, int32, int64, map, quantity, string, time, f, struct, type Schema } from '../dsl'

export const ServiceStatus: Schema = struct('ServiceStatus', 'ServiceStatus represents the current status of a service.', () => ({
  conditions: f(array(Condition), 'Current service state'),
  loadBalancer: f(LoadBalancerStatus, 'LoadBalancer contains the current status of the load-balancer, if one is present.')
}))

const Condition: Schema = struct('Condition', 'Condition contains details for one aspect of the current state of this API Resource.', () => ({
  lastTransitionTime: f(time, 'lastTransitionTime is the last time the condition transitioned from one status to another. This should be when the underlying condition changed.  If that is not known, then using the time when the API field changed is acceptable.', true),
  message: f(string, 'message is a human readable message indicating details about the transition. This may be an empty string.', true),
  observedGeneration: f(int64, 'observedGeneration represents the .metadata.generation that the condition was set based upon. For instance, if .metadata.generation is currently 12, but the .status.conditions[x].observedGeneration is 9, the condition is out of date with respect to the current state of the instance.'),
  reason: f(string, "reason contains a programmatic identifier indicating the reason for the condition's last transition. Producers of specific condition types may define expected values and meanings for this field, and whether the values are considered a guaranteed API. The value should be a CamelCase string. This field may not be empty.", true),
  status: f(string, 'status of the condition, one of True, False, Unknown.', true),
  type: f(string, 'type of condition in CamelCase or in foo.example.com/CamelCase.', true)
}))

const LoadBalancerStatus: Schema = struct('LoadBalancerStatus', 'LoadBalancerStatus represents the status of a load-balancer.', () => ({
  ingress: f(array(LoadBalancerIngress), 'Ingress is a list containing ingress points for the load-balancer. Traffic intended for the service should be sent to these ingress points.')
}))

const LoadBalancerIngress: Schema = struct('LoadBalancerIngress', 'LoadBalancerIngress represents the status of a load-balancer ingress point: traffic intended for the service should be sent to an ingress point.', () => ({
  hostname: f(string, 'Hostname is set for load-balancer ingress points that are DNS based (typically AWS load-balancers)'),
  ip: f(string, 'IP is set for load-balancer ingress points that are IP based (typically GCE or OpenStack load-balancers)'),
  ipMode: f(string, "IPMode specifies how the load-balancer IP behaves, and may only be specified when the ip field is specified. Setting this to \"VIP\" indicates that traffic is delivered to the node with the destination set to the load-balancer's IP and port. Setting this to \"Proxy\" indicates that traffic is delivered to the node or pod with the destination set to the node's IP and node port or the pod's IP and port. Service implementations may use this information to adjust traffic routing."),
  ports: f(array(PortStatus), 'Ports is a list of records of service ports If used, every port defined in the service should have an entry in it')
}))

const PortStatus: Schema = struct('PortStatus', '', () => ({
  error: f(string, 'Error is to record the problem with the service port The format of the error shall comply with the following rules: - built-in error values shall be specified in this file and those shall use\n  CamelCase names\n- cloud provider specific error values must have names that comply with the\n  format foo.example.com/CamelCase.'),
  port: f(int32, 'Port is the port number of the service port of which status is recorded here', true),
  protocol: f(string, 'Protocol is the protocol of the service port of which status is recorded here The supported values are: "TCP", "UDP", "SCTP"', true)
}))

export const PersistentVolumeClaimStatus: Schema = struct('PersistentVolumeClaimStatus', 'PersistentVolumeClaimStatus is the current status of a persistent volume claim.', () => ({
  accessModes: f(array(string), 'accessModes contains the actual access modes the volume backing the PVC has. More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#access-modes-1'),
  allocatedResourceStatuses: f(map(string), "allocatedResourceStatuses stores status of resource being resized for the given PVC. Key names follow standard Kubernetes label syntax. Valid values are either:\n\t* Un-prefixed keys:\n\t\t- storage - the capacity of the volume.\n\t* Custom resources must use implementation-defined prefixed names such as \"example.com/my-custom-resource\"\nApart from above values - keys that are unprefixed or have kubernetes.io prefix are considered reserved and hence may not be used.\n\nClaimResourceStatus can be in any of following states:\n\t- ControllerResizeInProgress:\n\t\tState set when resize controller starts resizing the volume in control-plane.\n\t- ControllerResizeFailed:\n\t\tState set when resize has failed in resize controller with a terminal error.\n\t- NodeResizePending:\n\t\tState set when resize controller has finished resizing the volume but further resizing of\n\t\tvolume is needed on the node.\n\t- NodeResizeInProgress:\n\t\tState set when kubelet starts resizing the volume.\n\t- NodeResizeFailed:\n\t\tState set when resizing has failed in kubelet with a terminal error. Transient errors don't set\n\t\tNodeResizeFailed.\nFor example: if expanding a PVC for more capacity - this field can be one of the following states:\n\t- pvc.status.allocatedResourceStatus['storage'] = \"ControllerResizeInProgress\"\n     - pvc.status.allocatedResourceStatus['storage'] = \"ControllerResizeFailed\"\n     - pvc.status.allocatedResourceStatus['storage'] = \"NodeResizePending\"\n     - pvc.status.allocatedResourceStatus['storage'] = \"NodeResizeInProgress\"\n     - pvc.status.allocatedResourceStatus['storage'] = \"NodeResizeFailed\"\nWhen this field is not set, it means that no resize operation is in progress for the given PVC.\n\nA controller that receives PVC update with previously unknown resourceName or ClaimResourceStatus should ignore the update for the purpose it was designed. For example - a controller that only is responsible for resizing capacity of the volume, should ignore PVC updates that change other valid resources associated with PVC.\n\nThis is an alpha field and requires enabling RecoverVolumeExpansionFailure feature."),
  allocatedResources: f(map(quantity), 'allocatedResources tracks the resources allocated to a PVC including its capacity. Key names follow standard Kubernetes label syntax. Valid values are either:\n	* Un-prefixed keys:\n		- storage - the capacity of the volume.\n	* Custom resources must use implementation-defined prefixed names such as "example.com/my-custom-resource"\nApart from above values - keys that are unprefixed or have kubernetes.io prefix are considered reserved and hence may not be used.\n\nCapacity reported here may be larger than the actual capacity when a volume expansion operation is requested. For storage quota, the larger value from allocatedResources and PVC.spec.resources is used. If allocatedResources is not set, PVC.spec.resources alone is used for quota calculation. If a volume expansion capacity request is lowered, allocatedResources is only lowered if there are no expansion operations in progress and if the actual volume capacity is equal or lower than the requested capacity.\n\nA controller that receives PVC update with previously unknown resourceName should ignore the update for the purpose it was designed. For example - a controller that only is responsible for resizing capacity of the volume, should ignore PVC updates that change other valid resources associated with PVC.\n\nThis is an alpha field and requires enabling RecoverVolumeExpansionFailure feature.'),
  capacity: f(map(quantity), 'capacity represents the actual resources of the underlying volume.'),
  conditions: f(array(PersistentVolumeClaimCondition), "conditions is the current Condition of persistent volume claim. If underlying persistent volume is being resized then the Condition will be set to 'Resizing'."),
  currentVolumeAttributesClassName: f(string, 'currentVolumeAttributesClassName is the current name of the VolumeAttributesClass the PVC is using. When unset, there is no VolumeAttributeClass applied to this PersistentVolumeClaim This is a beta field and requires enabling VolumeAttributesClass feature (off by default).'),
  modifyVolumeStatus: f(ModifyVolumeStatus, 'ModifyVolumeStatus represents the status object of ControllerModifyVolume operation. When this is unset, there is no ModifyVolume operation being attempted. This is a beta field and requires enabling VolumeAttributesClass feature (off by default).'),
  phase: f(string, 'phase represents the current phase of PersistentVolumeClaim.')
}))

const PersistentVolumeClaimCondition: Schema = struct('PersistentVolumeClaimCondition', 'PersistentVolumeClaimCondition contains details about state of pvc', () => ({
  lastProbeTime: f(time, 'lastProbeTime is the time we probed the condition.'),
  lastTransitionTime: f(time, 'lastTransitionTime is the time the condition transitioned from one status to another.'),
  message: f(string, 'message is the human-readable message indicating details about last transition.'),
  reason: f(string, "reason is a unique, this should be a short, machine understandable string that gives the reason for condition's last transition. If it reports \"Resizing\" that means the underlying persistent volume is being resized."),
  status: f(string, '', true),
  type: f(string, '', true)
}))

const ModifyVolumeStatus: Schema = struct('ModifyVolumeStatus', 'ModifyVolumeStatus represents the status object of ControllerModifyVolume operation', () => ({
  status: f(string, 'status is the status of the ControllerModifyVolume operation. It can be in any of following states:\n - Pending\n   Pending indicates that the PersistentVolumeClaim cannot be modified due to unmet requirements, such as\n   the specified VolumeAttributesClass not existing.\n - InProgress\n   InProgress indicates that the volume is being modified.\n - Infeasible\n  Infeasible indicates that the request has been rejected as invalid by the CSI driver. To\n	  resolve the error, a valid VolumeAttributesClass needs to be specified.\nNote: New statuses can be added in the future. Consumers should check for unknown statuses and fail appropriately.', true),
  targetVolumeAttributesClassName: f(string, 'targetVolumeAttributesClassName is the name of the VolumeAttributesClass the PVC currently being reconciled')
}))

export const PersistentVolumeStatus: Schema = struct('PersistentVolumeStatus', 'PersistentVolumeStatus is the current status of a persistent volume.', () => ({
  lastPhaseTransitionTime: f(time, 'lastPhaseTransitionTime is the time the phase transitioned from one to another and automatically resets to current time everytime a volume phase transitions.'),
  message: f(string, 'message is a human-readable message indicating details about why the volume is in this state.'),
  phase: f(string, 'phase indicates if a volume is available, bound to a claim, or released by a claim. More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#phase'),
  reason: f(string, 'reason is a brief CamelCase string that describes any failure and is meant for machine parsing and tidy display in the CLI.')
}))

export const NamespaceStatus: Schema = struct('NamespaceStatus', 'NamespaceStatus is information about the current status of a Namespace.', () => ({
  conditions: f(array(NamespaceCondition), "Represents the latest available observations of a namespace's current state."),
  phase: f(string, 'Phase is the current lifecycle phase of the namespace. More info: https://kubernetes.io/docs/tasks/administer-cluster/namespaces/')
}))

const NamespaceCondition: Schema = struct('NamespaceCondition', 'NamespaceCondition contains details about state of namespace.', () => ({
  lastTransitionTime: f(time, ''),
  message: f(string, ''),
  reason: f(string, ''),
  status: f(string, 'Status of the condition, one of True, False, Unknown.', true),
  type: f(string, 'Type of namespace controller condition.', true)
}))


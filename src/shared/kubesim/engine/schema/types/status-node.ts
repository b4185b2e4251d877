// Generated from the Kubernetes v1.31 OpenAPI definitions (NodeStatus and what it holds): field names, types,
// required marks and descriptions are the API's own. Explain-only: decoding never walks them.
import { array, boolean, int32, int64, map, quantity, string, time, f, struct, type Schema } from '../dsl'

export const NodeStatus: Schema = struct('NodeStatus', 'NodeStatus is information about the current status of a node.', () => ({
  addresses: f(array(NodeAddress), "List of addresses reachable to the node. Queried from cloud provider, if available. More info: https://kubernetes.io/docs/concepts/nodes/node/#addresses Note: This field is declared as mergeable, but the merge key is not sufficiently unique, which can cause data corruption when it is merged. Callers should instead use a full-replacement patch. See https://pr.k8s.io/79391 for an example. Consumers should assume that addresses can change during the lifetime of a Node. However, there are some exceptions where this may not be possible, such as Pods that inherit a Node's address in its own status or consumers of the downward API (status.hostIP)."),
  allocatable: f(map(quantity), 'Allocatable represents the resources of a node that are available for scheduling. Defaults to Capacity.'),
  capacity: f(map(quantity), 'Capacity represents the total resources of a node. More info: https://kubernetes.io/docs/reference/node/node-status/#capacity'),
  conditions: f(array(NodeCondition), 'Conditions is an array of current observed node conditions. More info: https://kubernetes.io/docs/concepts/nodes/node/#condition'),
  config: f(NodeConfigStatus, 'Status of the config assigned to the node via the dynamic Kubelet config feature.'),
  daemonEndpoints: f(NodeDaemonEndpoints, 'Endpoints of daemons running on the Node.'),
  features: f(NodeFeatures, 'Features describes the set of features implemented by the CRI implementation.'),
  images: f(array(ContainerImage), 'List of container images on this node'),
  nodeInfo: f(NodeSystemInfo, 'Set of ids/uuids to uniquely identify the node. More info: https://kubernetes.io/docs/concepts/nodes/node/#info'),
  phase: f(string, 'NodePhase is the recently observed lifecycle phase of the node. More info: https://kubernetes.io/docs/concepts/nodes/node/#phase The field is never populated, and now is deprecated.'),
  runtimeHandlers: f(array(NodeRuntimeHandler), 'The available runtime handlers.'),
  volumesAttached: f(array(AttachedVolume), 'List of volumes that are attached to the node.'),
  volumesInUse: f(array(string), 'List of attachable volumes in use (mounted) by the node.')
}))

const NodeAddress: Schema = struct('NodeAddress', "NodeAddress contains information for the node's address.", () => ({
  address: f(string, 'The node address.', true),
  type: f(string, 'Node address type, one of Hostname, ExternalIP or InternalIP.', true)
}))

const NodeCondition: Schema = struct('NodeCondition', 'NodeCondition contains condition information for a node.', () => ({
  lastHeartbeatTime: f(time, 'Last time we got an update on a given condition.'),
  lastTransitionTime: f(time, 'Last time the condition transit from one status to another.'),
  message: f(string, 'Human readable message indicating details about last transition.'),
  reason: f(string, "(brief) reason for the condition's last transition."),
  status: f(string, 'Status of the condition, one of True, False, Unknown.', true),
  type: f(string, 'Type of node condition.', true)
}))

const NodeConfigStatus: Schema = struct('NodeConfigStatus', 'NodeConfigStatus describes the status of the config assigned by Node.Spec.ConfigSource.', () => ({
  active: f(NodeConfigSource, 'Active reports the checkpointed config the node is actively using. Active will represent either the current version of the Assigned config, or the current LastKnownGood config, depending on whether attempting to use the Assigned config results in an error.'),
  assigned: f(NodeConfigSource, 'Assigned reports the checkpointed config the node will try to use. When Node.Spec.ConfigSource is updated, the node checkpoints the associated config payload to local disk, along with a record indicating intended config. The node refers to this record to choose its config checkpoint, and reports this record in Assigned. Assigned only updates in the status after the record has been checkpointed to disk. When the Kubelet is restarted, it tries to make the Assigned config the Active config by loading and validating the checkpointed payload identified by Assigned.'),
  error: f(string, 'Error describes any problems reconciling the Spec.ConfigSource to the Active config. Errors may occur, for example, attempting to checkpoint Spec.ConfigSource to the local Assigned record, attempting to checkpoint the payload associated with Spec.ConfigSource, attempting to load or validate the Assigned config, etc. Errors may occur at different points while syncing config. Earlier errors (e.g. download or checkpointing errors) will not result in a rollback to LastKnownGood, and may resolve across Kubelet retries. Later errors (e.g. loading or validating a checkpointed config) will result in a rollback to LastKnownGood. In the latter case, it is usually possible to resolve the error by fixing the config assigned in Spec.ConfigSource. You can find additional information for debugging by searching the error message in the Kubelet log. Error is a human-readable description of the error state; machines can check whether or not Error is empty, but should not rely on the stability of the Error text across Kubelet versions.'),
  lastKnownGood: f(NodeConfigSource, "LastKnownGood reports the checkpointed config the node will fall back to when it encounters an error attempting to use the Assigned config. The Assigned config becomes the LastKnownGood config when the node determines that the Assigned config is stable and correct. This is currently implemented as a 10-minute soak period starting when the local record of Assigned config is updated. If the Assigned config is Active at the end of this period, it becomes the LastKnownGood. Note that if Spec.ConfigSource is reset to nil (use local defaults), the LastKnownGood is also immediately reset to nil, because the local default config is always assumed good. You should not make assumptions about the node's method of determining config stability and correctness, as this may change or become configurable in the future.")
}))

const NodeConfigSource: Schema = struct('NodeConfigSource', 'NodeConfigSource specifies a source of node configuration. Exactly one subfield (excluding metadata) must be non-nil. This API is deprecated since 1.22', () => ({
  configMap: f(ConfigMapNodeConfigSource, "ConfigMap is a reference to a Node's ConfigMap")
}))

const ConfigMapNodeConfigSource: Schema = struct('ConfigMapNodeConfigSource', 'ConfigMapNodeConfigSource contains the information to reference a ConfigMap as a config source for the Node. This API is deprecated since 1.22: https://git.k8s.io/enhancements/keps/sig-node/281-dynamic-kubelet-configuration', () => ({
  kubeletConfigKey: f(string, 'KubeletConfigKey declares which key of the referenced ConfigMap corresponds to the KubeletConfiguration structure This field is required in all cases.', true),
  name: f(string, 'Name is the metadata.name of the referenced ConfigMap. This field is required in all cases.', true),
  namespace: f(string, 'Namespace is the metadata.namespace of the referenced ConfigMap. This field is required in all cases.', true),
  resourceVersion: f(string, 'ResourceVersion is the metadata.ResourceVersion of the referenced ConfigMap. This field is forbidden in Node.Spec, and required in Node.Status.'),
  uid: f(string, 'UID is the metadata.UID of the referenced ConfigMap. This field is forbidden in Node.Spec, and required in Node.Status.')
}))

const NodeDaemonEndpoints: Schema = struct('NodeDaemonEndpoints', 'NodeDaemonEndpoints lists ports opened by daemons running on the Node.', () => ({
  kubeletEndpoint: f(DaemonEndpoint, 'Endpoint on which Kubelet is listening.')
}))

const DaemonEndpoint: Schema = struct('DaemonEndpoint', 'DaemonEndpoint contains information about a single Daemon endpoint.', () => ({
  Port: f(int32, 'Port number of the given endpoint.', true)
}))

const NodeFeatures: Schema = struct('NodeFeatures', 'NodeFeatures describes the set of features implemented by the CRI implementation. The features contained in the NodeFeatures should depend only on the cri implementation independent of runtime handlers.', () => ({
  supplementalGroupsPolicy: f(boolean, 'SupplementalGroupsPolicy is set to true if the runtime supports SupplementalGroupsPolicy and ContainerUser.')
}))

const ContainerImage: Schema = struct('ContainerImage', 'Describe a container image', () => ({
  names: f(array(string), 'Names by which this image is known. e.g. ["kubernetes.example/hyperkube:v1.0.7", "cloud-vendor.registry.example/cloud-vendor/hyperkube:v1.0.7"]'),
  sizeBytes: f(int64, 'The size of the image in bytes.')
}))

const NodeSystemInfo: Schema = struct('NodeSystemInfo', 'NodeSystemInfo is a set of ids/uuids to uniquely identify the node.', () => ({
  architecture: f(string, 'The Architecture reported by the node', true),
  bootID: f(string, 'Boot ID reported by the node.', true),
  containerRuntimeVersion: f(string, 'ContainerRuntime Version reported by the node through runtime remote API (e.g. containerd://1.4.2).', true),
  kernelVersion: f(string, "Kernel Version reported by the node from 'uname -r' (e.g. 3.16.0-0.bpo.4-amd64).", true),
  kubeProxyVersion: f(string, 'Deprecated: KubeProxy Version reported by the node.', true),
  kubeletVersion: f(string, 'Kubelet Version reported by the node.', true),
  machineID: f(string, 'MachineID reported by the node. For unique machine identification in the cluster this field is preferred. Learn more from man(5) machine-id: http://man7.org/linux/man-pages/man5/machine-id.5.html', true),
  operatingSystem: f(string, 'The Operating System reported by the node', true),
  osImage: f(string, 'OS Image reported by the node from /etc/os-release (e.g. Debian GNU/Linux 7 (wheezy)).', true),
  systemUUID: f(string, 'SystemUUID reported by the node. For unique machine identification MachineID is preferred. This field is specific to Red Hat hosts https://access.redhat.com/documentation/en-us/red_hat_subscription_management/1/html/rhsm/uuid', true)
}))

const NodeRuntimeHandler: Schema = struct('NodeRuntimeHandler', 'NodeRuntimeHandler is a set of runtime handler information.', () => ({
  features: f(NodeRuntimeHandlerFeatures, 'Supported features.'),
  name: f(string, 'Runtime handler name. Empty for the default runtime handler.')
}))

const NodeRuntimeHandlerFeatures: Schema = struct('NodeRuntimeHandlerFeatures', 'NodeRuntimeHandlerFeatures is a set of features implemented by the runtime handler.', () => ({
  recursiveReadOnlyMounts: f(boolean, 'RecursiveReadOnlyMounts is set to true if the runtime handler supports RecursiveReadOnlyMounts.'),
  userNamespaces: f(boolean, 'UserNamespaces is set to true if the runtime handler supports UserNamespaces, including for volumes.')
}))

const AttachedVolume: Schema = struct('AttachedVolume', 'AttachedVolume describes a volume attached to a node', () => ({
  devicePath: f(string, 'DevicePath represents the device path where the volume should be available', true),
  name: f(string, 'Name of the attached volume', true)
}))


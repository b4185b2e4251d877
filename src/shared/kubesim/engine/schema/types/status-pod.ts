// Generated from the Kubernetes v1.31 OpenAPI definitions (PodStatus and what it holds): field names, types,
// required marks and descriptions are the API's own. Explain-only: decoding never walks them.
import { array, boolean, int32, int64, map, quantity, string, time, f, struct, type Schema } from '../dsl'

export const PodStatus: Schema = struct('PodStatus', 'PodStatus represents information about the status of a pod. Status may trail the actual state of a system, especially if the node that hosts the pod cannot contact the control plane.', () => ({
  conditions: f(array(PodCondition), 'Current service state of pod. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#pod-conditions'),
  containerStatuses: f(array(ContainerStatus), 'The list has one entry per container in the manifest. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#pod-and-container-status'),
  ephemeralContainerStatuses: f(array(ContainerStatus), 'Status for any ephemeral containers that have run in this pod.'),
  hostIP: f(string, 'hostIP holds the IP address of the host to which the pod is assigned. Empty if the pod has not started yet. A pod can be assigned to a node that has a problem in kubelet which in turns mean that HostIP will not be updated even if there is a node is assigned to pod'),
  hostIPs: f(array(HostIP), 'hostIPs holds the IP addresses allocated to the host. If this field is specified, the first entry must match the hostIP field. This list is empty if the pod has not started yet. A pod can be assigned to a node that has a problem in kubelet which in turns means that HostIPs will not be updated even if there is a node is assigned to this pod.'),
  initContainerStatuses: f(array(ContainerStatus), 'The list has one entry per init container in the manifest. The most recent successful init container will have ready = true, the most recently started container will have startTime set. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#pod-and-container-status'),
  message: f(string, 'A human readable message indicating details about why the pod is in this condition.'),
  nominatedNodeName: f(string, 'nominatedNodeName is set only when this pod preempts other pods on the node, but it cannot be scheduled right away as preemption victims receive their graceful termination periods. This field does not guarantee that the pod will be scheduled on this node. Scheduler may decide to place the pod elsewhere if other nodes become available sooner. Scheduler may also decide to give the resources on this node to a higher priority pod that is created after preemption. As a result, this field may be different than PodSpec.nodeName when the pod is scheduled.'),
  phase: f(string, "The phase of a Pod is a simple, high-level summary of where the Pod is in its lifecycle. The conditions array, the reason and message fields, and the individual container status arrays contain more detail about the pod's status. There are five possible phase values:\n\nPending: The pod has been accepted by the Kubernetes system, but one or more of the container images has not been created. This includes time before being scheduled as well as time spent downloading images over the network, which could take a while. Running: The pod has been bound to a node, and all of the containers have been created. At least one container is still running, or is in the process of starting or restarting. Succeeded: All containers in the pod have terminated in success, and will not be restarted. Failed: All containers in the pod have terminated, and at least one container has terminated in failure. The container either exited with non-zero status or was terminated by the system. Unknown: For some reason the state of the pod could not be obtained, typically due to an error in communicating with the host of the pod.\n\nMore info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#pod-phase"),
  podIP: f(string, 'podIP address allocated to the pod. Routable at least within the cluster. Empty if not yet allocated.'),
  podIPs: f(array(PodIP), 'podIPs holds the IP addresses allocated to the pod. If this field is specified, the 0th entry must match the podIP field. Pods may be allocated at most 1 value for each of IPv4 and IPv6. This list is empty if no IPs have been allocated yet.'),
  qosClass: f(string, 'The Quality of Service (QOS) classification assigned to the pod based on resource requirements See PodQOSClass type for available QOS classes More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-qos/#quality-of-service-classes'),
  reason: f(string, "A brief CamelCase message indicating details about why the pod is in this state. e.g. 'Evicted'"),
  resize: f(string, "Status of resources resize desired for pod's containers. It is empty if no resources resize is pending. Any changes to container resources will automatically set this to \"Proposed\""),
  resourceClaimStatuses: f(array(PodResourceClaimStatus), 'Status of resource claims.'),
  startTime: f(time, 'RFC 3339 date and time at which the object was acknowledged by the Kubelet. This is before the Kubelet pulled the container image(s) for the pod.')
}))

const PodCondition: Schema = struct('PodCondition', 'PodCondition contains details for the current condition of this pod.', () => ({
  lastProbeTime: f(time, 'Last time we probed the condition.'),
  lastTransitionTime: f(time, 'Last time the condition transitioned from one status to another.'),
  message: f(string, 'Human-readable message indicating details about last transition.'),
  reason: f(string, "Unique, one-word, CamelCase reason for the condition's last transition."),
  status: f(string, 'Status is the status of the condition. Can be True, False, Unknown. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#pod-conditions', true),
  type: f(string, 'Type is the type of the condition. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#pod-conditions', true)
}))

const ContainerStatus: Schema = struct('ContainerStatus', 'ContainerStatus contains details for the current status of this container.', () => ({
  allocatedResources: f(map(quantity), 'AllocatedResources represents the compute resources allocated for this container by the node. Kubelet sets this value to Container.Resources.Requests upon successful pod admission and after successfully admitting desired pod resize.'),
  allocatedResourcesStatus: f(array(ResourceStatus), 'AllocatedResourcesStatus represents the status of various resources allocated for this Pod.'),
  containerID: f(string, "ContainerID is the ID of the container in the format '<type>://<container_id>'. Where type is a container runtime identifier, returned from Version call of CRI API (for example \"containerd\")."),
  image: f(string, 'Image is the name of container image that the container is running. The container image may not match the image used in the PodSpec, as it may have been resolved by the runtime. More info: https://kubernetes.io/docs/concepts/containers/images.', true),
  imageID: f(string, "ImageID is the image ID of the container's image. The image ID may not match the image ID of the image used in the PodSpec, as it may have been resolved by the runtime.", true),
  lastState: f(ContainerState, 'LastTerminationState holds the last termination state of the container to help debug container crashes and restarts. This field is not populated if the container is still running and RestartCount is 0.'),
  name: f(string, 'Name is a DNS_LABEL representing the unique name of the container. Each container in a pod must have a unique name across all container types. Cannot be updated.', true),
  ready: f(boolean, 'Ready specifies whether the container is currently passing its readiness check. The value will change as readiness probes keep executing. If no readiness probes are specified, this field defaults to true once the container is fully started (see Started field).\n\nThe value is typically used to determine whether a container is ready to accept traffic.', true),
  resources: f(ResourceRequirements, 'Resources represents the compute resource requests and limits that have been successfully enacted on the running container after it has been started or has been successfully resized.'),
  restartCount: f(int32, 'RestartCount holds the number of times the container has been restarted. Kubelet makes an effort to always increment the value, but there are cases when the state may be lost due to node restarts and then the value may be reset to 0. The value is never negative.', true),
  started: f(boolean, 'Started indicates whether the container has finished its postStart lifecycle hook and passed its startup probe. Initialized as false, becomes true after startupProbe is considered successful. Resets to false when the container is restarted, or if kubelet loses state temporarily. In both cases, startup probes will run again. Is always true when no startupProbe is defined and container is running and has passed the postStart lifecycle hook. The null value must be treated the same as false.'),
  state: f(ContainerState, "State holds details about the container's current condition."),
  user: f(ContainerUser, 'User represents user identity information initially attached to the first process of the container'),
  volumeMounts: f(array(VolumeMountStatus), 'Status of volume mounts.')
}))

const ResourceStatus: Schema = struct('ResourceStatus', '', () => ({
  name: f(string, 'Name of the resource. Must be unique within the pod and match one of the resources from the pod spec.', true),
  resources: f(array(ResourceHealth), "List of unique Resources health. Each element in the list contains an unique resource ID and resource health. At a minimum, ResourceID must uniquely identify the Resource allocated to the Pod on the Node for the lifetime of a Pod. See ResourceID type for it's definition.")
}))

const ResourceHealth: Schema = struct('ResourceHealth', 'ResourceHealth represents the health of a resource. It has the latest device health information. This is a part of KEP https://kep.k8s.io/4680 and historical health changes are planned to be added in future iterations of a KEP.', () => ({
  health: f(string, "Health of the resource. can be one of:\n - Healthy: operates as normal\n - Unhealthy: reported unhealthy. We consider this a temporary health issue\n              since we do not have a mechanism today to distinguish\n              temporary and permanent issues.\n - Unknown: The status cannot be determined.\n            For example, Device Plugin got unregistered and hasn't been re-registered since.\n\nIn future we may want to introduce the PermanentlyUnhealthy Status."),
  resourceID: f(string, 'ResourceID is the unique identifier of the resource. See the ResourceID type for more information.', true)
}))

const ContainerState: Schema = struct('ContainerState', 'ContainerState holds a possible state of container. Only one of its members may be specified. If none of them is specified, the default one is ContainerStateWaiting.', () => ({
  running: f(ContainerStateRunning, 'Details about a running container'),
  terminated: f(ContainerStateTerminated, 'Details about a terminated container'),
  waiting: f(ContainerStateWaiting, 'Details about a waiting container')
}))

const ContainerStateRunning: Schema = struct('ContainerStateRunning', 'ContainerStateRunning is a running state of a container.', () => ({
  startedAt: f(time, 'Time at which the container was last (re-)started')
}))

const ContainerStateTerminated: Schema = struct('ContainerStateTerminated', 'ContainerStateTerminated is a terminated state of a container.', () => ({
  containerID: f(string, "Container's ID in the format '<type>://<container_id>'"),
  exitCode: f(int32, 'Exit status from the last termination of the container', true),
  finishedAt: f(time, 'Time at which the container last terminated'),
  message: f(string, 'Message regarding the last termination of the container'),
  reason: f(string, '(brief) reason from the last termination of the container'),
  signal: f(int32, 'Signal from the last termination of the container'),
  startedAt: f(time, 'Time at which previous execution of the container started')
}))

const ContainerStateWaiting: Schema = struct('ContainerStateWaiting', 'ContainerStateWaiting is a waiting state of a container.', () => ({
  message: f(string, 'Message regarding why the container is not yet running.'),
  reason: f(string, '(brief) reason the container is not yet running.')
}))

const ResourceRequirements: Schema = struct('ResourceRequirements', 'ResourceRequirements describes the compute resource requirements.', () => ({
  claims: f(array(ResourceClaim), 'Claims lists the names of resources, defined in spec.resourceClaims, that are used by this container.\n\nThis is an alpha field and requires enabling the DynamicResourceAllocation feature gate.\n\nThis field is immutable. It can only be set for containers.'),
  limits: f(map(quantity), 'Limits describes the maximum amount of compute resources allowed. More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/'),
  requests: f(map(quantity), 'Requests describes the minimum amount of compute resources required. If Requests is omitted for a container, it defaults to Limits if that is explicitly specified, otherwise to an implementation-defined value. Requests cannot exceed Limits. More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/')
}))

const ResourceClaim: Schema = struct('ResourceClaim', 'ResourceClaim references one entry in PodSpec.ResourceClaims.', () => ({
  name: f(string, 'Name must match the name of one entry in pod.spec.resourceClaims of the Pod where this field is used. It makes that resource available inside a container.', true),
  request: f(string, 'Request is the name chosen for a request in the referenced claim. If empty, everything from the claim is made available, otherwise only the result of this request.')
}))

const ContainerUser: Schema = struct('ContainerUser', 'ContainerUser represents user identity information', () => ({
  linux: f(LinuxContainerUser, 'Linux holds user identity information initially attached to the first process of the containers in Linux. Note that the actual running identity can be changed if the process has enough privilege to do so.')
}))

const LinuxContainerUser: Schema = struct('LinuxContainerUser', 'LinuxContainerUser represents user identity information in Linux containers', () => ({
  gid: f(int64, 'GID is the primary gid initially attached to the first process in the container', true),
  supplementalGroups: f(array(int64), 'SupplementalGroups are the supplemental groups initially attached to the first process in the container'),
  uid: f(int64, 'UID is the primary uid initially attached to the first process in the container', true)
}))

const VolumeMountStatus: Schema = struct('VolumeMountStatus', 'VolumeMountStatus shows status of volume mounts.', () => ({
  mountPath: f(string, 'MountPath corresponds to the original VolumeMount.', true),
  name: f(string, 'Name corresponds to the name of the original VolumeMount.', true),
  readOnly: f(boolean, 'ReadOnly corresponds to the original VolumeMount.'),
  recursiveReadOnly: f(string, 'RecursiveReadOnly must be set to Disabled, Enabled, or unspecified (for non-readonly mounts). An IfPossible value in the original VolumeMount must be translated to Disabled or Enabled, depending on the mount result.')
}))

const HostIP: Schema = struct('HostIP', 'HostIP represents a single IP address allocated to the host.', () => ({
  ip: f(string, 'IP is the IP address assigned to the host', true)
}))

const PodIP: Schema = struct('PodIP', 'PodIP represents a single IP address allocated to the pod.', () => ({
  ip: f(string, 'IP is the IP address assigned to the pod', true)
}))

const PodResourceClaimStatus: Schema = struct('PodResourceClaimStatus', 'PodResourceClaimStatus is stored in the PodStatus for each PodResourceClaim which references a ResourceClaimTemplate. It stores the generated name for the corresponding ResourceClaim.', () => ({
  name: f(string, 'Name uniquely identifies this resource claim inside the pod. This must match the name of an entry in pod.spec.resourceClaims, which implies that the string must be a DNS_LABEL.', true),
  resourceClaimName: f(string, 'ResourceClaimName is the name of the ResourceClaim that was generated for the Pod in the namespace of the Pod. If this is unset, then generating a ResourceClaim was not necessary. The pod.spec.resourceClaims entry can be ignored in this case.')
}))


// core/v1 Container and what it is made of.
import { any, array, boolean, f, int32, int64, intstr, map, quantity, string, struct } from '../dsl'

export const ExecAction = struct('ExecAction', 'ExecAction describes a "run in container" action.', () => ({
  command: f(array(string), "Command is the command line to execute inside the container, the working directory for the command  is root ('/') in the container's filesystem. The command is simply exec'd, it is not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use a shell, you need to explicitly call out to that shell. Exit status of 0 is treated as live/healthy and non-zero is unhealthy.")
}))

export const HTTPHeader = struct('HTTPHeader', 'HTTPHeader describes a custom header to be used in HTTP probes', () => ({
  name: f(string, 'The header field name. This will be canonicalized upon output, so case-variant names will be understood as the same header.', true),
  value: f(string, 'The header field value', true)
}))

export const HTTPGetAction = struct('HTTPGetAction', 'HTTPGetAction describes an action based on HTTP Get requests.', () => ({
  host: f(string, 'Host name to connect to, defaults to the pod IP. You probably want to set "Host" in httpHeaders instead.'),
  httpHeaders: f(array(HTTPHeader), 'Custom headers to set in the request. HTTP allows repeated headers.'),
  path: f(string, 'Path to access on the HTTP server.'),
  port: f(intstr, 'Name or number of the port to access on the container. Number must be in the range 1 to 65535. Name must be an IANA_SVC_NAME.', true),
  scheme: f(string, 'Scheme to use for connecting to the host. Defaults to HTTP.')
}))

export const TCPSocketAction = struct('TCPSocketAction', 'TCPSocketAction describes an action based on opening a socket', () => ({
  host: f(string, 'Optional: Host name to connect to, defaults to the pod IP.'),
  port: f(intstr, 'Number or name of the port to access on the container. Number must be in the range 1 to 65535. Name must be an IANA_SVC_NAME.', true)
}))

export const GRPCAction = struct('GRPCAction', 'GRPCAction specifies an action involving a GRPC service.', () => ({
  port: f(int32, 'Port number of the gRPC service. Number must be in the range 1 to 65535.', true),
  service: f(string, 'Service is the name of the service to place in the gRPC HealthCheckRequest.')
}))

export const Probe = struct('Probe', 'Probe describes a health check to be performed against a container to determine whether it is alive or ready to receive traffic.', () => ({
  exec: f(ExecAction, 'Exec specifies a command to execute in the container.'),
  failureThreshold: f(int32, 'Minimum consecutive failures for the probe to be considered failed after having succeeded. Defaults to 3. Minimum value is 1.'),
  grpc: f(GRPCAction, 'GRPC specifies a GRPC HealthCheckRequest.'),
  httpGet: f(HTTPGetAction, 'HTTPGet specifies an HTTP GET request to perform.'),
  initialDelaySeconds: f(int32, 'Number of seconds after the container has started before liveness probes are initiated.'),
  periodSeconds: f(int32, 'How often (in seconds) to perform the probe. Default to 10 seconds. Minimum value is 1.'),
  successThreshold: f(int32, 'Minimum consecutive successes for the probe to be considered successful after having failed. Defaults to 1. Must be 1 for liveness and startup. Minimum value is 1.'),
  tcpSocket: f(TCPSocketAction, 'TCPSocket specifies a connection to a TCP port.'),
  terminationGracePeriodSeconds: f(int64, 'Optional duration in seconds the pod needs to terminate gracefully upon probe failure.'),
  timeoutSeconds: f(int32, 'Number of seconds after which the probe times out. Defaults to 1 second. Minimum value is 1.')
}))

export const LifecycleHandler = struct('LifecycleHandler', 'LifecycleHandler defines a specific action that should be taken in a lifecycle hook. One and only one of the fields, except TCPSocket must be specified.', () => ({
  exec: f(ExecAction, 'Exec specifies a command to execute in the container.'),
  httpGet: f(HTTPGetAction, 'HTTPGet specifies an HTTP GET request to perform.'),
  sleep: f(struct('SleepAction', 'SleepAction describes a "sleep" action.', () => ({ seconds: f(int64, 'Seconds is the number of seconds to sleep.', true) })), 'Sleep represents a duration that the container should sleep.'),
  tcpSocket: f(TCPSocketAction, 'Deprecated. TCPSocket is NOT supported as a LifecycleHandler and kept for backward compatibility.')
}))

export const Lifecycle = struct('Lifecycle', 'Lifecycle describes actions that the management system should take in response to container lifecycle events.', () => ({
  postStart: f(LifecycleHandler, 'PostStart is called immediately after a container is created. If the handler fails, the container is terminated and restarted according to its restart policy.'),
  preStop: f(LifecycleHandler, 'PreStop is called immediately before a container is terminated due to an API request or management event such as liveness/startup probe failure, preemption, resource contention, etc.')
}))

export const ContainerPort = struct('ContainerPort', 'ContainerPort represents a network port in a single container.', () => ({
  containerPort: f(int32, "Number of port to expose on the pod's IP address. This must be a valid port number, 0 < x < 65536.", true),
  hostIP: f(string, 'What host IP to bind the external port to.'),
  hostPort: f(int32, 'Number of port to expose on the host. If specified, this must be a valid port number, 0 < x < 65536. Most containers do not need this.'),
  name: f(string, 'If specified, this must be an IANA_SVC_NAME and unique within the pod. Each named port in a pod must have a unique name. Name for the port that can be referred to by services.'),
  protocol: f(string, 'Protocol for port. Must be UDP, TCP, or SCTP. Defaults to "TCP".')
}))

const keyRef = (name: string, what: string) =>
  struct(name, `Selects a key from a ${what}.`, () => ({
    key: f(string, `The key to select.`, true),
    name: f(string, 'Name of the referent. This field is effectively required, but due to backwards compatibility is allowed to be empty.'),
    optional: f(boolean, `Specify whether the ${what} or its key must be defined`)
  }))

export const ObjectFieldSelector = struct('ObjectFieldSelector', 'ObjectFieldSelector selects an APIVersioned field of an object.', () => ({
  apiVersion: f(string, 'Version of the schema the FieldPath is written in terms of, defaults to "v1".'),
  fieldPath: f(string, 'Path of the field to select in the specified API version.', true)
}))

export const ResourceFieldSelector = struct('ResourceFieldSelector', 'ResourceFieldSelector represents container resources (cpu, memory) and their output format', () => ({
  containerName: f(string, 'Container name: required for volumes, optional for env vars'),
  divisor: f(quantity, 'Specifies the output format of the exposed resources, defaults to "1"'),
  resource: f(string, 'Required: resource to select', true)
}))

export const EnvVarSource = struct('EnvVarSource', 'EnvVarSource represents a source for the value of an EnvVar.', () => ({
  configMapKeyRef: f(keyRef('ConfigMapKeySelector', 'ConfigMap'), 'Selects a key of a ConfigMap.'),
  fieldRef: f(ObjectFieldSelector, "Selects a field of the pod: supports metadata.name, metadata.namespace, `metadata.labels['<KEY>']`, `metadata.annotations['<KEY>']`, spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs."),
  resourceFieldRef: f(ResourceFieldSelector, 'Selects a resource of the container: only resources limits and requests (limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and requests.ephemeral-storage) are currently supported.'),
  secretKeyRef: f(keyRef('SecretKeySelector', 'Secret'), "Selects a key of a secret in the pod's namespace")
}))

export const EnvVar = struct('EnvVar', 'EnvVar represents an environment variable present in a Container.', () => ({
  name: f(string, 'Name of the environment variable. Must be a C_IDENTIFIER.', true),
  value: f(string, 'Variable references $(VAR_NAME) are expanded using the previously defined environment variables in the container and any service environment variables. If a variable cannot be resolved, the reference in the input string will be unchanged. Defaults to "".'),
  valueFrom: f(EnvVarSource, "Source for the environment variable's value. Cannot be used if value is not empty.")
}))

const envRef = (name: string, what: string) =>
  struct(name, `${what}EnvSource selects a ${what} to populate the environment variables with.`, () => ({
    name: f(string, 'Name of the referent.'),
    optional: f(boolean, `Specify whether the ${what} must be defined`)
  }))

export const EnvFromSource = struct('EnvFromSource', 'EnvFromSource represents the source of a set of ConfigMaps', () => ({
  configMapRef: f(envRef('ConfigMapEnvSource', 'ConfigMap'), 'The ConfigMap to select from'),
  prefix: f(string, 'An optional identifier to prepend to each key in the ConfigMap. Must be a C_IDENTIFIER.'),
  secretRef: f(envRef('SecretEnvSource', 'Secret'), 'The Secret to select from')
}))

export const VolumeMount = struct('VolumeMount', 'VolumeMount describes a mounting of a Volume within a container.', () => ({
  mountPath: f(string, "Path within the container at which the volume should be mounted.  Must not contain ':'.", true),
  mountPropagation: f(string, 'mountPropagation determines how mounts are propagated from the host to container and the other way around.'),
  name: f(string, 'This must match the Name of a Volume.', true),
  readOnly: f(boolean, 'Mounted read-only if true, read-write otherwise (false or unspecified). Defaults to false.'),
  recursiveReadOnly: f(string, 'RecursiveReadOnly specifies whether read-only mounts should be handled recursively.'),
  subPath: f(string, 'Path within the volume from which the container\'s volume should be mounted. Defaults to "" (volume\'s root).'),
  subPathExpr: f(string, 'Expanded path within the volume from which the container\'s volume should be mounted.')
}))

export const ResourceRequirements = struct('ResourceRequirements', 'ResourceRequirements describes the compute resource requirements.', () => ({
  claims: f(array(struct('ResourceClaim', 'ResourceClaim references one entry in PodSpec.ResourceClaims.', () => ({ name: f(string, 'Name must match the name of one entry in pod.spec.resourceClaims of the Pod where this field is used.', true), request: f(string, 'Request is the name chosen for a request in the referenced claim.') }))), 'Claims lists the names of resources, defined in spec.resourceClaims, that are used by this container.'),
  limits: f(map(quantity), 'Limits describes the maximum amount of compute resources allowed. More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/'),
  requests: f(map(quantity), 'Requests describes the minimum amount of compute resources required. If Requests is omitted for a container, it defaults to Limits if that is explicitly specified, otherwise to an implementation-defined value. Requests cannot exceed Limits. More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/')
}))

export const Capabilities = struct('Capabilities', 'Adds and removes POSIX capabilities from running containers.', () => ({
  add: f(array(string), 'Added capabilities'),
  drop: f(array(string), 'Removed capabilities')
}))

export const SeccompProfile = struct('SeccompProfile', "SeccompProfile defines a pod/container's seccomp profile settings. Only one profile source may be set.", () => ({
  localhostProfile: f(string, "localhostProfile indicates a profile defined in a file on the node should be used."),
  type: f(string, 'type indicates which kind of seccomp profile will be applied. Valid options are: Localhost, RuntimeDefault, Unconfined.', true)
}))

export const SecurityContext = struct('SecurityContext', 'SecurityContext holds security configuration that will be applied to a container. Some fields are present in both SecurityContext and PodSecurityContext.  When both are set, the values in SecurityContext take precedence.', () => ({
  allowPrivilegeEscalation: f(boolean, 'AllowPrivilegeEscalation controls whether a process can gain more privileges than its parent process.'),
  appArmorProfile: f(any, 'appArmorProfile is the AppArmor options to use by this container.'),
  capabilities: f(Capabilities, 'The capabilities to add/drop when running containers. Defaults to the default set of capabilities granted by the container runtime.'),
  privileged: f(boolean, 'Run container in privileged mode. Processes in privileged containers are essentially equivalent to root on the host. Defaults to false.'),
  procMount: f(string, 'procMount denotes the type of proc mount to use for the containers.'),
  readOnlyRootFilesystem: f(boolean, 'Whether this container has a read-only root filesystem. Default is false.'),
  runAsGroup: f(int64, 'The GID to run the entrypoint of the container process.'),
  runAsNonRoot: f(boolean, 'Indicates that the container must run as a non-root user. If true, the Kubelet will validate the image at runtime to ensure that it does not run as UID 0 (root) and fail to start the container if it does.'),
  runAsUser: f(int64, 'The UID to run the entrypoint of the container process. Defaults to user specified in image metadata if unspecified.'),
  seLinuxOptions: f(any, 'The SELinux context to be applied to the container.'),
  seccompProfile: f(SeccompProfile, 'The seccomp options to use by this container.'),
  windowsOptions: f(any, 'The Windows specific settings applied to all containers.')
}))

export const Container = struct('Container', 'A single application container that you want to run within a pod.', () => ({
  args: f(array(string), 'Arguments to the entrypoint. The container image\'s CMD is used if this is not provided. Variable references $(VAR_NAME) are expanded using the container\'s environment. More info: https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/#running-a-command-in-a-shell'),
  command: f(array(string), "Entrypoint array. Not executed within a shell. The container image's ENTRYPOINT is used if this is not provided. Variable references $(VAR_NAME) are expanded using the container's environment. Cannot be updated. More info: https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/#running-a-command-in-a-shell"),
  env: f(array(EnvVar), 'List of environment variables to set in the container. Cannot be updated.'),
  envFrom: f(array(EnvFromSource), 'List of sources to populate environment variables in the container. The keys defined within a source must be a C_IDENTIFIER. All invalid keys will be reported as an event when the container is starting. When a key exists in multiple sources, the value associated with the last source will take precedence. Values defined by an Env with a duplicate key will take precedence. Cannot be updated.'),
  image: f(string, 'Container image name. More info: https://kubernetes.io/docs/concepts/containers/images This field is optional to allow higher level config management to default or override container images in workload controllers like Deployments and StatefulSets.'),
  imagePullPolicy: f(string, 'Image pull policy. One of Always, Never, IfNotPresent. Defaults to Always if :latest tag is specified, or IfNotPresent otherwise. Cannot be updated. More info: https://kubernetes.io/docs/concepts/containers/images#updating-images'),
  lifecycle: f(Lifecycle, 'Actions that the management system should take in response to container lifecycle events. Cannot be updated.'),
  livenessProbe: f(Probe, 'Periodic probe of container liveness. Container will be restarted if the probe fails. Cannot be updated. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes'),
  name: f(string, 'Name of the container specified as a DNS_LABEL. Each container in a pod must have a unique name (DNS_LABEL). Cannot be updated.', true),
  ports: f(array(ContainerPort), 'List of ports to expose from the container. Not specifying a port here DOES NOT prevent that port from being exposed. Any port which is listening on the default "0.0.0.0" address inside a container will be accessible from the network. Cannot be updated.'),
  readinessProbe: f(Probe, 'Periodic probe of container service readiness. Container will be removed from service endpoints if the probe fails. Cannot be updated. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes'),
  resizePolicy: f(array(any), 'Resources resize policy for the container.'),
  resources: f(ResourceRequirements, 'Compute Resources required by this container. Cannot be updated. More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/'),
  restartPolicy: f(string, 'RestartPolicy defines the restart behavior of individual containers in a pod. This field may only be set for init containers, and the only allowed value is "Always".'),
  securityContext: f(SecurityContext, 'SecurityContext defines the security options the container should be run with. If set, the fields of SecurityContext override the equivalent fields of PodSecurityContext. More info: https://kubernetes.io/docs/tasks/configure-pod-container/security-context/'),
  startupProbe: f(Probe, 'StartupProbe indicates that the Pod has successfully initialized. If specified, no other probes are executed until this completes successfully. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes'),
  stdin: f(boolean, 'Whether this container should allocate a buffer for stdin in the container runtime. If this is not set, reads from stdin in the container will always result in EOF. Default is false.'),
  stdinOnce: f(boolean, 'Whether the container runtime should close the stdin channel after it has been opened by a single attach. Default is false'),
  terminationMessagePath: f(string, "Optional: Path at which the file to which the container's termination message will be written is mounted into the container's filesystem. Defaults to /dev/termination-log. Cannot be updated."),
  terminationMessagePolicy: f(string, 'Indicate how the termination message should be populated. File will use the contents of terminationMessagePath to populate the container status message on both success and failure. Defaults to File. Cannot be updated.'),
  tty: f(boolean, "Whether this container should allocate a TTY for itself, also requires 'stdin' to be true. Default is false."),
  volumeDevices: f(array(any), 'volumeDevices is the list of block devices to be used by the container.'),
  volumeMounts: f(array(VolumeMount), "Pod volumes to mount into the container's filesystem. Cannot be updated."),
  workingDir: f(string, "Container's working directory. If not specified, the container runtime's default will be used, which might be configured in the container image. Cannot be updated.")
}))

export const KeyToPath = struct('KeyToPath', 'Maps a string key to a path within a volume.', () => ({
  key: f(string, 'key is the key to project.', true),
  mode: f(int32, 'mode is Optional: mode bits used to set permissions on this file.'),
  path: f(string, "path is the relative path of the file to map the key to. May not be an absolute path. May not contain the path element '..'. May not start with the string '..'.", true)
}))


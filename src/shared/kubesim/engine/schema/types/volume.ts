// core/v1 Volume and its common sources.
import { any, array, boolean, f, int32, int64, map, quantity, string, struct } from '../dsl'
import { KeyToPath, ObjectFieldSelector, ResourceFieldSelector } from './container'
import { LabelSelector, ObjectMeta } from './meta'

const ConfigMapVolumeSource = struct('ConfigMapVolumeSource', "Adapts a ConfigMap into a volume. The contents of the target ConfigMap's Data field will be presented in a volume as files using the keys in the Data field as the file names, unless the items element is populated with specific mappings of keys to paths.", () => ({
  defaultMode: f(int32, 'defaultMode is optional: mode bits used to set permissions on created files by default. Defaults to 0644.'),
  items: f(array(KeyToPath), 'items if unspecified, each key-value pair in the Data field of the referenced ConfigMap will be projected into the volume as a file whose name is the key and content is the value.'),
  name: f(string, 'Name of the referent.'),
  optional: f(boolean, 'optional specify whether the ConfigMap or its keys must be defined')
}))

const SecretVolumeSource = struct('SecretVolumeSource', "Adapts a Secret into a volume. The contents of the target Secret's Data field will be presented in a volume as files using the keys in the Data field as the file names. Secret volumes support ownership management and SELinux relabeling.", () => ({
  defaultMode: f(int32, 'defaultMode is Optional: mode bits used to set permissions on created files by default. Defaults to 0644.'),
  items: f(array(KeyToPath), 'items If unspecified, each key-value pair in the Data field of the referenced Secret will be projected into the volume as a file whose name is the key and content is the value.'),
  optional: f(boolean, 'optional field specify whether the Secret or its keys must be defined'),
  secretName: f(string, "secretName is the name of the secret in the pod's namespace to use. More info: https://kubernetes.io/docs/concepts/storage/volumes#secret")
}))

const EmptyDirVolumeSource = struct('EmptyDirVolumeSource', 'Represents an empty directory for a pod. Empty directory volumes support ownership management and SELinux relabeling.', () => ({
  medium: f(string, 'medium represents what type of storage medium should back this directory. The default is "" which means to use the node\'s default medium. Must be an empty string (default) or Memory.'),
  sizeLimit: f(quantity, 'sizeLimit is the total amount of local storage required for this EmptyDir volume.')
}))

const HostPathVolumeSource = struct('HostPathVolumeSource', 'Represents a host path mapped into a pod. Host path volumes do not support ownership management or SELinux relabeling.', () => ({
  path: f(string, 'path of the directory on the host. If the path is a symlink, it will follow the link to the real path. More info: https://kubernetes.io/docs/concepts/storage/volumes#hostpath', true),
  type: f(string, 'type for HostPath Volume Defaults to "" More info: https://kubernetes.io/docs/concepts/storage/volumes#hostpath')
}))

const PVCSource = struct('PersistentVolumeClaimVolumeSource', "PersistentVolumeClaimVolumeSource references the user's PVC in the same namespace. This volume finds the bound PV and mounts that volume for the pod.", () => ({
  claimName: f(string, 'claimName is the name of a PersistentVolumeClaim in the same namespace as the pod using this volume. More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#persistentvolumeclaims', true),
  readOnly: f(boolean, 'readOnly Will force the ReadOnly setting in VolumeMounts. Default false.')
}))

export const NFSVolumeSource = struct('NFSVolumeSource', 'Represents an NFS mount that lasts the lifetime of a pod. NFS volumes do not support ownership management or SELinux relabeling.', () => ({
  path: f(string, 'path that is exported by the NFS server.', true),
  readOnly: f(boolean, 'readOnly here will force the NFS export to be mounted with read-only permissions. Defaults to false.'),
  server: f(string, 'server is the hostname or IP address of the NFS server.', true)
}))

const DownwardAPIVolumeFile = struct('DownwardAPIVolumeFile', 'DownwardAPIVolumeFile represents information to create the file containing the pod field', () => ({
  fieldRef: f(ObjectFieldSelector, 'Required: Selects a field of the pod: only annotations, labels, name, namespace and uid are supported.'),
  mode: f(int32, 'Optional: mode bits used to set permissions on this file.'),
  path: f(string, "Required: Path is  the relative path name of the file to be created. Must not be absolute or contain the '..' path.", true),
  resourceFieldRef: f(ResourceFieldSelector, 'Selects a resource of the container: only resources limits and requests are currently supported.')
}))

const DownwardAPIVolumeSource = struct('DownwardAPIVolumeSource', 'DownwardAPIVolumeSource represents a volume containing downward API info. Downward API volumes support ownership management and SELinux relabeling.', () => ({
  defaultMode: f(int32, 'Optional: mode bits to use on created files by default.'),
  items: f(array(DownwardAPIVolumeFile), 'Items is a list of downward API volume file')
}))

const ProjectedVolumeSource = struct('ProjectedVolumeSource', 'Represents a projected volume source', () => ({
  defaultMode: f(int32, 'defaultMode are the mode bits used to set permissions on created files by default.'),
  sources: f(array(struct('VolumeProjection', 'Projection that may be projected along with other supported volume types. Exactly one of these fields must be set.', () => ({
    clusterTrustBundle: f(any, 'ClusterTrustBundle allows a pod to access the `.spec.trustBundle` field of ClusterTrustBundle objects in an auto-updating file.'),
    configMap: f(struct('ConfigMapProjection', 'Adapts a ConfigMap into a projected volume.', () => ({ items: f(array(KeyToPath), 'items if unspecified, each key-value pair in the Data field of the referenced ConfigMap will be projected into the volume as a file whose name is the key and content is the value.'), name: f(string, 'Name of the referent.'), optional: f(boolean, 'optional specify whether the ConfigMap or its keys must be defined') })), 'configMap information about the configMap data to project'),
    downwardAPI: f(struct('DownwardAPIProjection', 'Represents downward API info for projecting into a projected volume.', () => ({ items: f(array(DownwardAPIVolumeFile), 'Items is a list of DownwardAPIVolume file') })), 'downwardAPI information about the downwardAPI data to project'),
    secret: f(struct('SecretProjection', 'Adapts a secret into a projected volume.', () => ({ items: f(array(KeyToPath), 'items if unspecified, each key-value pair in the Data field of the referenced Secret will be projected into the volume as a file whose name is the key and content is the value.'), name: f(string, 'Name of the referent.'), optional: f(boolean, 'optional field specify whether the Secret or its key must be defined') })), 'secret information about the secret data to project'),
    serviceAccountToken: f(struct('ServiceAccountTokenProjection', 'ServiceAccountTokenProjection represents a projected service account token volume.', () => ({ audience: f(string, 'audience is the intended audience of the token.'), expirationSeconds: f(int64, 'expirationSeconds is the requested duration of validity of the service account token.'), path: f(string, 'path is the path relative to the mount point of the file to project the token into.', true) })), 'serviceAccountToken is information about the serviceAccountToken data to project')
  }))), 'sources is the list of volume projections. Each entry in this list handles one source.')
}))

export const Volume = struct('Volume', 'Volume represents a named volume in a pod that may be accessed by any container in the pod.', () => ({
  awsElasticBlockStore: f(any, 'awsElasticBlockStore represents an AWS Disk resource that is attached to a kubelet\'s host machine and then exposed to the pod.'),
  azureDisk: f(any, 'azureDisk represents an Azure Data Disk mount on the host and bind mount to the pod.'),
  azureFile: f(any, 'azureFile represents an Azure File Service mount on the host and bind mount to the pod.'),
  cephfs: f(any, "cephFS represents a Ceph FS mount on the host that shares a pod's lifetime"),
  cinder: f(any, 'cinder represents a cinder volume attached and mounted on kubelets host machine.'),
  configMap: f(ConfigMapVolumeSource, 'configMap represents a configMap that should populate this volume'),
  csi: f(any, 'csi (Container Storage Interface) represents ephemeral storage that is handled by certain external CSI drivers (Beta feature).'),
  downwardAPI: f(DownwardAPIVolumeSource, 'downwardAPI represents downward API about the pod that should populate this volume'),
  emptyDir: f(EmptyDirVolumeSource, "emptyDir represents a temporary directory that shares a pod's lifetime. More info: https://kubernetes.io/docs/concepts/storage/volumes#emptydir"),
  ephemeral: f(struct('EphemeralVolumeSource', 'Represents an ephemeral volume that is handled by a normal storage driver.', () => ({ volumeClaimTemplate: f(struct('PersistentVolumeClaimTemplate', 'PersistentVolumeClaimTemplate is used to produce PersistentVolumeClaim objects as part of an EphemeralVolumeSource.', () => ({ metadata: f(ObjectMeta, 'May contain labels and annotations that will be copied into the PVC when creating it.'), spec: f(any, 'The specification for the PersistentVolumeClaim.', true) })), 'Will be used to create a stand-alone PVC to provision the volume.') })), 'ephemeral represents a volume that is handled by a cluster storage driver.'),
  fc: f(any, "fc represents a Fibre Channel resource that is attached to a kubelet's host machine and then exposed to the pod."),
  flexVolume: f(any, 'flexVolume represents a generic volume resource that is provisioned/attached using an exec based plugin.'),
  flocker: f(any, "flocker represents a Flocker volume attached to a kubelet's host machine."),
  gcePersistentDisk: f(any, "gcePersistentDisk represents a GCE Disk resource that is attached to a kubelet's host machine and then exposed to the pod."),
  gitRepo: f(any, 'gitRepo represents a git repository at a particular revision. DEPRECATED.'),
  glusterfs: f(any, "glusterfs represents a Glusterfs mount on the host that shares a pod's lifetime."),
  hostPath: f(HostPathVolumeSource, 'hostPath represents a pre-existing file or directory on the host machine that is directly exposed to the container. More info: https://kubernetes.io/docs/concepts/storage/volumes#hostpath'),
  image: f(any, "image represents an OCI object (a container image or artifact) pulled and mounted on the kubelet's host machine."),
  iscsi: f(any, "iscsi represents an ISCSI Disk resource that is attached to a kubelet's host machine and then exposed to the pod."),
  name: f(string, "name of the volume. Must be a DNS_LABEL and unique within the pod. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names", true),
  nfs: f(NFSVolumeSource, "nfs represents an NFS mount on the host that shares a pod's lifetime More info: https://kubernetes.io/docs/concepts/storage/volumes#nfs"),
  persistentVolumeClaim: f(PVCSource, 'persistentVolumeClaimVolumeSource represents a reference to a PersistentVolumeClaim in the same namespace. More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#persistentvolumeclaims'),
  photonPersistentDisk: f(any, 'photonPersistentDisk represents a PhotonController persistent disk attached and mounted on kubelets host machine'),
  portworxVolume: f(any, 'portworxVolume represents a portworx volume attached and mounted on kubelets host machine'),
  projected: f(ProjectedVolumeSource, 'projected items for all in one resources secrets, configmaps, and downward API'),
  quobyte: f(any, "quobyte represents a Quobyte mount on the host that shares a pod's lifetime"),
  rbd: f(any, "rbd represents a Rados Block Device mount on the host that shares a pod's lifetime."),
  scaleIO: f(any, 'scaleIO represents a ScaleIO persistent volume attached and mounted on Kubernetes nodes.'),
  secret: f(SecretVolumeSource, 'secret represents a secret that should populate this volume. More info: https://kubernetes.io/docs/concepts/storage/volumes#secret'),
  storageos: f(any, 'storageOS represents a StorageOS volume attached and mounted on Kubernetes nodes.'),
  vsphereVolume: f(any, 'vsphereVolume represents a vSphere volume attached and mounted on kubelets host machine')
}))

export const TypedLocalObjectReference = struct('TypedLocalObjectReference', 'TypedLocalObjectReference contains enough information to let you locate the typed referenced object inside the same namespace.', () => ({
  apiGroup: f(string, 'APIGroup is the group for the resource being referenced.'),
  kind: f(string, 'Kind is the type of resource being referenced', true),
  name: f(string, 'Name is the name of resource being referenced', true)
}))

export const VolumeResourceRequirements = struct('VolumeResourceRequirements', 'VolumeResourceRequirements describes the storage resource requirements for a volume.', () => ({
  limits: f(map(quantity), 'Limits describes the maximum amount of compute resources allowed.'),
  requests: f(map(quantity), 'Requests describes the minimum amount of compute resources required.')
}))

export const PersistentVolumeClaimSpec = struct('PersistentVolumeClaimSpec', 'PersistentVolumeClaimSpec describes the common attributes of storage devices and allows a Source for provider-specific attributes', () => ({
  accessModes: f(array(string), 'accessModes contains the desired access modes the volume should have. More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#access-modes-1'),
  dataSource: f(TypedLocalObjectReference, 'dataSource field can be used to specify either an existing VolumeSnapshot object or an existing PVC.'),
  dataSourceRef: f(any, 'dataSourceRef specifies the object from which to populate the volume with data, if a non-empty volume is desired.'),
  resources: f(VolumeResourceRequirements, 'resources represents the minimum resources the volume should have. More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#resources'),
  selector: f(LabelSelector, 'selector is a label query over volumes to consider for binding.'),
  storageClassName: f(string, 'storageClassName is the name of the StorageClass required by the claim. More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#class-1'),
  volumeAttributesClassName: f(string, 'volumeAttributesClassName may be used to set the VolumeAttributesClass used by this claim.'),
  volumeMode: f(string, 'volumeMode defines what type of volume is required by the claim. Value of Filesystem is implied when not included in claim spec.'),
  volumeName: f(string, 'volumeName is the binding reference to the PersistentVolume backing this claim.')
}))

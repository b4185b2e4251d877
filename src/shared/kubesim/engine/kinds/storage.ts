// PersistentVolume, PersistentVolumeClaim and StorageClass strategies.
import { registerStrategy } from '../api/strategy'
import { invalidValue, notSupported, required, type FieldError } from '../api/errors'
import { parseQuantity, QUANTITY_ERROR } from '../api/quantity'
import { deepEqual, isPlainObject } from '../runtime/objects'
import type { KubeObject } from '../contract'

const ACCESS_MODES = ['ReadOnlyMany', 'ReadWriteMany', 'ReadWriteOnce', 'ReadWriteOncePod']

function validateAccessModes(modes: unknown, path: string): FieldError[] {
  if (!Array.isArray(modes) || modes.length === 0) return [required(path, 'at least 1 access mode is required')]
  return modes.filter((m) => !ACCESS_MODES.includes(m)).map((m) => notSupported(path, m, ACCESS_MODES))
}

function validateStorage(value: unknown, path: string): FieldError[] {
  if (value === undefined) return [required(path)]
  const q = parseQuantity(value)
  if (!q) return [invalidValue(path, value, QUANTITY_ERROR)]
  if (q.value <= 0) return [invalidValue(path, value, 'must be greater than zero')]
  return []
}

registerStrategy('', 'persistentvolumes', {
  statusSubresource: true,
  defaults(obj) {
    if (!isPlainObject(obj.spec)) obj.spec = {}
    obj.spec.persistentVolumeReclaimPolicy ??= 'Retain'
    obj.spec.volumeMode ??= 'Filesystem'
    if (isPlainObject(obj.spec.hostPath)) obj.spec.hostPath.type ??= ''
  },
  prepareForCreate(obj) {
    obj.status = { phase: 'Pending' }
  },
  validate(obj) {
    const s = obj.spec ?? {}
    const out = [...validateAccessModes(s.accessModes, 'spec.accessModes'), ...validateStorage(s.capacity?.storage, 'spec.capacity[storage]')]
    const sources = ['hostPath', 'nfs', 'local', 'csi', 'iscsi', 'fc', 'awsElasticBlockStore', 'gcePersistentDisk', 'azureDisk', 'azureFile', 'cephfs', 'cinder', 'rbd', 'glusterfs', 'flexVolume', 'vsphereVolume', 'portworxVolume', 'scaleIO', 'storageos', 'quobyte', 'photonPersistentDisk', 'flocker']
    if (!sources.some((k) => s[k] !== undefined)) out.push(required('spec', 'must specify a volume type'))
    const policy = s.persistentVolumeReclaimPolicy
    if (!['Delete', 'Recycle', 'Retain'].includes(policy)) out.push(notSupported('spec.persistentVolumeReclaimPolicy', policy, ['Delete', 'Recycle', 'Retain']))
    return out
  }
})

function validateClaimSpec(s: KubeObject['spec']): FieldError[] {
  return [...validateAccessModes(s?.accessModes, 'spec.accessModes'), ...validateStorage(s?.resources?.requests?.storage, 'spec.resources[storage]')]
}

registerStrategy('', 'persistentvolumeclaims', {
  statusSubresource: true,
  defaults(obj) {
    if (!isPlainObject(obj.spec)) obj.spec = {}
    obj.spec.volumeMode ??= 'Filesystem'
  },
  prepareForCreate(obj) {
    obj.status = { phase: 'Pending' }
  },
  validate: (obj) => validateClaimSpec(obj.spec),
  validateUpdate(obj, old) {
    const out = validateClaimSpec(obj.spec)
    const strip = (s: KubeObject['spec']): unknown => ({ ...s, resources: undefined, volumeName: undefined, volumeAttributesClassName: undefined })
    if (!deepEqual(strip(obj.spec), strip(old.spec)))
      out.push({ type: 'Forbidden', field: 'spec', detail: 'spec is immutable after creation except resources.requests and volumeAttributesClassName for bound claims' })
    return out
  }
})

registerStrategy('storage.k8s.io', 'storageclasses', {
  defaults(obj) {
    obj.reclaimPolicy ??= 'Delete'
    obj.volumeBindingMode ??= 'Immediate'
  },
  validate(obj) {
    return obj.provisioner ? [] : [required('provisioner')]
  }
})

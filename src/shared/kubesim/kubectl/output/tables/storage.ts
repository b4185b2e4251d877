/* eslint-disable @typescript-eslint/no-explicit-any */
import { since } from '../age'
import { NAME, type TableHandler } from './types'

// printers.go: printPersistentVolume, printPersistentVolumeClaim, printStorageClass.

const MODE_ABBREV: Record<string, string> = {
  ReadWriteOnce: 'RWO',
  ReadOnlyMany: 'ROX',
  ReadWriteMany: 'RWX',
  ReadWriteOncePod: 'RWOP'
}

/** helper.GetAccessModesAsString: RWO,ROX,RWX,RWOP in that order, each once. */
export function accessModes(modes: string[] | undefined): string {
  const set = new Set(modes ?? [])
  return ['ReadWriteOnce', 'ReadOnlyMany', 'ReadWriteMany', 'ReadWriteOncePod']
    .filter((m) => set.has(m))
    .map((m) => MODE_ABBREV[m])
    .join(',')
}

function storageClassOf(obj: any): string {
  return obj.spec?.storageClassName ?? obj.metadata?.annotations?.['volume.beta.kubernetes.io/storage-class'] ?? ''
}

export const persistentVolumeTable: TableHandler = {
  columns: [
    NAME,
    { name: 'Capacity' },
    { name: 'Access Modes' },
    { name: 'Reclaim Policy' },
    { name: 'Status' },
    { name: 'Claim' },
    { name: 'StorageClass' },
    { name: 'VolumeAttributesClass' },
    { name: 'Reason' },
    { name: 'Age' },
    { name: 'VolumeMode', priority: 1 }
  ],
  row(pv: any, { now }) {
    const spec = pv.spec ?? {}
    const claim = spec.claimRef ? `${spec.claimRef.namespace ?? ''}/${spec.claimRef.name ?? ''}` : ''
    return [
      pv.metadata.name,
      spec.capacity?.storage ?? '0',
      accessModes(spec.accessModes),
      spec.persistentVolumeReclaimPolicy ?? '',
      pv.metadata.deletionTimestamp ? 'Terminating' : pv.status?.phase ?? '',
      claim,
      storageClassOf(pv),
      spec.volumeAttributesClassName ?? '<unset>',
      pv.status?.reason ?? '',
      since(pv.metadata.creationTimestamp, now),
      spec.volumeMode ?? '<unset>'
    ]
  }
}

export const persistentVolumeClaimTable: TableHandler = {
  columns: [
    NAME,
    { name: 'Status' },
    { name: 'Volume' },
    { name: 'Capacity' },
    { name: 'Access Modes' },
    { name: 'StorageClass' },
    { name: 'VolumeAttributesClass' },
    { name: 'Age' },
    { name: 'VolumeMode', priority: 1 }
  ],
  row(pvc: any, { now }) {
    const spec = pvc.spec ?? {}
    const bound = !!spec.volumeName
    return [
      pvc.metadata.name,
      pvc.metadata.deletionTimestamp ? 'Terminating' : pvc.status?.phase ?? '',
      spec.volumeName ?? '',
      bound ? pvc.status?.capacity?.storage ?? '0' : '',
      bound ? accessModes(pvc.status?.accessModes) : '',
      storageClassOf(pvc),
      spec.volumeAttributesClassName ?? '<unset>',
      since(pvc.metadata.creationTimestamp, now),
      spec.volumeMode ?? '<unset>'
    ]
  }
}

export const storageClassTable: TableHandler = {
  columns: [
    NAME,
    { name: 'Provisioner' },
    { name: 'ReclaimPolicy' },
    { name: 'VolumeBindingMode' },
    { name: 'AllowVolumeExpansion' },
    { name: 'Age' }
  ],
  row(sc: any, { now }) {
    const ann = sc.metadata.annotations ?? {}
    const isDefault =
      ann['storageclass.kubernetes.io/is-default-class'] === 'true' || ann['storageclass.beta.kubernetes.io/is-default-class'] === 'true'
    return [
      sc.metadata.name + (isDefault ? ' (default)' : ''),
      sc.provisioner ?? '',
      sc.reclaimPolicy ?? 'Delete',
      sc.volumeBindingMode ?? 'Immediate',
      String(!!sc.allowVolumeExpansion),
      since(sc.metadata.creationTimestamp, now)
    ]
  }
}

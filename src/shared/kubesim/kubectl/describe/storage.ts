/* eslint-disable @typescript-eslint/no-explicit-any */
import type { KubeObject } from '../../engine/contract'
import { since } from '../output/age'
import { formatLabels } from '../output/tables/format'
import { accessModes } from '../output/tables/storage'
import { annotationsMultiline, describeEvents, labelsMultiline } from './common'
import { DescribeWriter } from './writer'

// PersistentVolumeClaim, PersistentVolume and StorageClass describers (describe.go).

function classOf(obj: KubeObject): string {
  return obj.spec?.storageClassName ?? obj.metadata.annotations?.['volume.beta.kubernetes.io/storage-class'] ?? ''
}

function finalizers(obj: KubeObject): string {
  return `[${(obj.metadata.finalizers ?? []).join(' ')}]`
}

export function describePVC(pvc: KubeObject, usedBy: KubeObject[], events: KubeObject[] | undefined, now: number): string {
  const w = new DescribeWriter()
  const bound = !!pvc.spec?.volumeName
  w.write(0, `Name:\t${pvc.metadata.name}\n`)
  w.write(0, `Namespace:\t${pvc.metadata.namespace}\n`)
  w.write(0, `StorageClass:\t${classOf(pvc)}\n`)
  w.write(0, pvc.metadata.deletionTimestamp ? `Status:\tTerminating (lasts ${since(pvc.metadata.deletionTimestamp, now)})\n` : `Status:\t${pvc.status?.phase ?? ''}\n`)
  w.write(0, `Volume:\t${pvc.spec?.volumeName ?? ''}\n`)
  labelsMultiline(w, 'Labels', pvc.metadata.labels)
  annotationsMultiline(w, 'Annotations', pvc.metadata.annotations)
  w.write(0, `Finalizers:\t${finalizers(pvc)}\n`)
  w.write(0, `Capacity:\t${bound ? pvc.status?.capacity?.storage ?? '' : ''}\n`)
  w.write(0, `Access Modes:\t${bound ? accessModes(pvc.status?.accessModes) : ''}\n`)
  if (pvc.spec?.volumeMode) w.write(0, `VolumeMode:\t${pvc.spec.volumeMode}\n`)
  w.write(0, 'Used By:\t')
  const names = usedBy.map((p) => p.metadata.name).sort()
  if (!names.length) w.line('<none>')
  else names.forEach((n, i) => w.write(0, `${i ? '\t' : ''}${n}\n`))
  describeEvents(w, events, now)
  return w.toString()
}

export function describePV(pv: KubeObject, events: KubeObject[] | undefined, now: number): string {
  const w = new DescribeWriter()
  const spec = pv.spec ?? {}
  w.write(0, `Name:\t${pv.metadata.name}\n`)
  labelsMultiline(w, 'Labels', pv.metadata.labels)
  annotationsMultiline(w, 'Annotations', pv.metadata.annotations)
  w.write(0, `Finalizers:\t${finalizers(pv)}\n`)
  w.write(0, `StorageClass:\t${classOf(pv)}\n`)
  w.write(0, pv.metadata.deletionTimestamp ? `Status:\tTerminating (lasts ${since(pv.metadata.deletionTimestamp, now)})\n` : `Status:\t${pv.status?.phase ?? ''}\n`)
  w.write(0, `Claim:\t${spec.claimRef ? `${spec.claimRef.namespace}/${spec.claimRef.name}` : ''}\n`)
  w.write(0, `Reclaim Policy:\t${spec.persistentVolumeReclaimPolicy ?? ''}\n`)
  w.write(0, `Access Modes:\t${accessModes(spec.accessModes)}\n`)
  if (spec.volumeMode) w.write(0, `VolumeMode:\t${spec.volumeMode}\n`)
  w.write(0, `Capacity:\t${spec.capacity?.storage ?? ''}\n`)
  w.write(0, 'Node Affinity:\t')
  const terms: any[] = spec.nodeAffinity?.required?.nodeSelectorTerms ?? []
  if (!terms.length) w.line('<none>')
  else {
    w.write(0, '\n')
    w.write(1, 'Required Terms:\n')
    for (const t of terms) {
      const exprs = (t.matchExpressions ?? []).map((e: any) => `${e.key} ${e.operator} [${(e.values ?? []).join(' ')}]`)
      w.write(2, `Term ${terms.indexOf(t)}:\t${exprs.join('\n')}\n`)
    }
  }
  w.write(0, `Message:\t${pv.status?.message ?? ''}\n`)
  w.write(0, 'Source:\n')
  if (spec.hostPath) {
    w.write(2, `Type:\tHostPath (bare host directory volume)\n    Path:\t${spec.hostPath.path}\n    HostPathType:\t${spec.hostPath.type || '<none>'}\n`)
  } else if (spec.nfs) {
    w.write(2, `Type:\tNFS (an NFS mount that lasts the lifetime of a pod)\n    Server:\t${spec.nfs.server}\n    Path:\t${spec.nfs.path}\n    ReadOnly:\t${!!spec.nfs.readOnly}\n`)
  } else if (spec.local) {
    w.write(2, `Type:\tLocalVolume (a persistent volume backed by local storage on a node)\n    Path:\t${spec.local.path}\n`)
  } else if (spec.csi) {
    w.write(2, `Type:\tCSI (a Container Storage Interface (CSI) volume source)\n    Driver:\t${spec.csi.driver}\n    FSType:\t${spec.csi.fsType ?? ''}\n    VolumeHandle:\t${spec.csi.volumeHandle}\n    ReadOnly:\t${!!spec.csi.readOnly}\n`)
  } else {
    w.write(1, '<unknown>\n')
  }
  describeEvents(w, events, now)
  return w.toString()
}

export function describeStorageClass(sc: KubeObject, events: KubeObject[] | undefined, now: number): string {
  const w = new DescribeWriter()
  const ann = sc.metadata.annotations ?? {}
  const isDefault = ann['storageclass.kubernetes.io/is-default-class'] === 'true' || ann['storageclass.beta.kubernetes.io/is-default-class'] === 'true'
  w.write(0, `Name:\t${sc.metadata.name}\n`)
  w.write(0, `IsDefaultClass:\t${isDefault ? 'Yes' : 'No'}\n`)
  w.write(0, `Annotations:\t${formatLabels(ann)}\n`)
  w.write(0, `Provisioner:\t${sc.provisioner ?? ''}\n`)
  w.write(0, `Parameters:\t${formatLabels(sc.parameters)}\n`)
  w.write(0, `AllowVolumeExpansion:\t${sc.allowVolumeExpansion === undefined ? '<unset>' : sc.allowVolumeExpansion ? 'True' : 'False'}\n`)
  if (!sc.mountOptions?.length) w.write(0, 'MountOptions:\t<none>\n')
  else {
    w.write(0, 'MountOptions:\n')
    for (const o of sc.mountOptions) w.write(1, `${o}\n`)
  }
  if (sc.reclaimPolicy) w.write(0, `ReclaimPolicy:\t${sc.reclaimPolicy}\n`)
  if (sc.volumeBindingMode) w.write(0, `VolumeBindingMode:\t${sc.volumeBindingMode}\n`)
  describeEvents(w, events, now)
  return w.toString()
}

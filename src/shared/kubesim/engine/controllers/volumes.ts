// The PersistentVolume controller (binding claims to volumes, releasing them), the local-path
// dynamic provisioner behind the default StorageClass, and the pvc/pv-protection finalizers.
import type { KubeObject } from '../contract'
import { ApiException } from '../contract'
import { quantityValue } from '../api/quantity'
import { selectorMatches } from '../api/selectors'
import type { Controller } from '../runtime/reconciler'
import { objectMeta } from '../runtime/objects'
import { SECOND } from '../runtime/time'
import type { Ctx } from './context'
import { keyOf, R, splitKey } from './util'

export const PVC_PROTECTION = 'kubernetes.io/pvc-protection'
export const PV_PROTECTION = 'kubernetes.io/pv-protection'
const SOURCE = { component: 'persistentvolume-controller' }

function storage(obj: KubeObject, path: 'capacity' | 'request'): number {
  return quantityValue(path === 'capacity' ? obj.spec?.capacity?.storage : obj.spec?.resources?.requests?.storage) || 0
}

function usedBy(ctx: Ctx, pvc: KubeObject): boolean {
  for (const pod of ctx.sim.store.list(R.pods, pvc.metadata.namespace)) {
    if (pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed') continue
    if ((pod.spec?.volumes ?? []).some((v: { persistentVolumeClaim?: { claimName: string } }) => v.persistentVolumeClaim?.claimName === pvc.metadata.name)) return true
  }
  return false
}

export class VolumeController implements Controller {
  readonly name = 'persistentvolume'

  constructor(private readonly ctx: Ctx) {
    const { sim } = ctx
    sim.reconciler.register(this)
    sim.store.watch((e) => {
      if (e.resource === R.pvcs) {
        sim.reconciler.enqueue(this.name, `pvc:${keyOf(e.object)}`)
        if (e.object.spec?.volumeName) sim.reconciler.enqueue(this.name, `pv:/${e.object.spec.volumeName}`)
      } else if (e.resource === R.pvs) {
        sim.reconciler.enqueue(this.name, `pv:/${e.object.metadata.name}`)
        if (e.type !== 'MODIFIED') for (const pvc of sim.store.all(R.pvcs)) if (!pvc.spec?.volumeName) sim.reconciler.enqueue(this.name, `pvc:${keyOf(pvc)}`)
      } else if (e.resource === R.pods && (e.type === 'DELETED' || e.object.status?.phase === 'Succeeded' || e.object.status?.phase === 'Failed')) {
        for (const v of e.object.spec?.volumes ?? []) if (v.persistentVolumeClaim) sim.reconciler.enqueue(this.name, `pvc:${e.object.metadata.namespace}/${v.persistentVolumeClaim.claimName}`)
      }
    }, [R.pvcs, R.pvs, R.pods])
  }

  sync(key: string): void {
    const colon = key.indexOf(':')
    const [ns, name] = splitKey(key.slice(colon + 1))
    if (key.startsWith('pvc:')) this.syncClaim(ns, name)
    else this.syncVolume(name)
  }

  private syncClaim(ns: string, name: string): void {
    const { sim, server, events } = this.ctx
    const pvc = sim.store.get(R.pvcs, ns, name)
    if (!pvc) return
    if (pvc.metadata.deletionTimestamp) {
      if (pvc.metadata.finalizers?.includes(PVC_PROTECTION) && !usedBy(this.ctx, pvc))
        server.mutate(R.pvcs, ns, name, (d) => {
          d.metadata.finalizers = (d.metadata.finalizers ?? []).filter((f: string) => f !== PVC_PROTECTION)
        })
      return
    }
    if (pvc.status?.phase === 'Bound') return
    if (pvc.spec?.volumeName) {
      const pv = sim.store.get(R.pvs, undefined, pvc.spec.volumeName)
      if (pv) this.bind(pv, pvc)
      return
    }
    const className: string = pvc.spec?.storageClassName ?? ''
    const sc = className ? sim.store.get(R.storageclasses, undefined, className) : undefined
    const wait = sc?.volumeBindingMode === 'WaitForFirstConsumer'
    const selectedNode = pvc.metadata.annotations?.['volume.kubernetes.io/selected-node']
    const pv = this.match(pvc)
    if (pv && (!wait || selectedNode)) return this.bind(pv, pvc)
    if (wait && !selectedNode) {
      events.record(pvc, 'Normal', 'WaitForFirstConsumer', 'waiting for first consumer to be created before binding', SOURCE)
      return
    }
    if (sc?.provisioner && sc.provisioner !== 'kubernetes.io/no-provisioner') return this.provision(pvc, sc, selectedNode)
    const why = className
      ? sc
        ? `no persistent volumes available for this claim and no storage class is set`
        : `storageclass.storage.k8s.io "${className}" not found`
      : 'no persistent volumes available for this claim and no storage class is set'
    events.record(pvc, 'Normal', sc || !className ? 'FailedBinding' : 'ProvisioningFailed', why, SOURCE)
  }

  /** The smallest Available volume that satisfies the claim. */
  private match(pvc: KubeObject): KubeObject | undefined {
    const want = storage(pvc, 'request')
    const className = pvc.spec?.storageClassName ?? ''
    const modes: string[] = pvc.spec?.accessModes ?? []
    let best: KubeObject | undefined
    for (const pv of this.ctx.sim.store.all(R.pvs)) {
      if (pv.spec?.claimRef && !(pv.spec.claimRef.name === pvc.metadata.name && pv.spec.claimRef.namespace === pvc.metadata.namespace)) continue
      if (pv.status?.phase !== 'Available' && !pv.spec?.claimRef) continue
      if ((pv.spec?.storageClassName ?? '') !== className) continue
      if ((pv.spec?.volumeMode ?? 'Filesystem') !== (pvc.spec?.volumeMode ?? 'Filesystem')) continue
      if (!modes.every((m) => (pv.spec?.accessModes ?? []).includes(m))) continue
      if (storage(pv, 'capacity') < want) continue
      if (pvc.spec?.selector && !selectorMatches(pvc.spec.selector, pv.metadata.labels)) continue
      if (!best || storage(pv, 'capacity') < storage(best, 'capacity')) best = pv
    }
    return best
  }

  private bind(pv: KubeObject, pvc: KubeObject): void {
    const { server, sim } = this.ctx
    const ref = { apiVersion: 'v1', kind: 'PersistentVolumeClaim', name: pvc.metadata.name, namespace: pvc.metadata.namespace, resourceVersion: pvc.metadata.resourceVersion, uid: pvc.metadata.uid }
    if (!pv.spec?.claimRef || pv.spec.claimRef.uid !== pvc.metadata.uid) {
      server.mutate(R.pvs, undefined, pv.metadata.name, (d) => {
        d.spec.claimRef = ref
        d.metadata.annotations = { ...(d.metadata.annotations ?? {}), 'pv.kubernetes.io/bound-by-controller': 'yes' }
      })
    }
    server.mutate(R.pvs, undefined, pv.metadata.name, (d) => {
      d.status = { lastPhaseTransitionTime: d.status?.phase === 'Bound' ? d.status.lastPhaseTransitionTime : new Date(sim.now).toISOString().replace('.000Z', 'Z'), phase: 'Bound' }
    }, true)
    const bound = sim.store.get(R.pvs, undefined, pv.metadata.name)!
    server.mutate(R.pvcs, pvc.metadata.namespace, pvc.metadata.name, (d) => {
      d.spec.volumeName = pv.metadata.name
      d.metadata.annotations = { ...(d.metadata.annotations ?? {}), 'pv.kubernetes.io/bind-completed': 'yes', 'pv.kubernetes.io/bound-by-controller': 'yes' }
    })
    server.mutate(R.pvcs, pvc.metadata.namespace, pvc.metadata.name, (d) => {
      d.status = { accessModes: bound.spec.accessModes, capacity: { storage: bound.spec.capacity?.storage }, phase: 'Bound' }
    }, true)
  }

  private provision(pvc: KubeObject, sc: KubeObject, node: string | undefined): void {
    const { sim, server, events } = this.ctx
    const provisioner = sc.provisioner
    const ns = pvc.metadata.namespace ?? 'default'
    const pvName = `pvc-${pvc.metadata.uid}`
    if (sim.store.get(R.pvs, undefined, pvName)) return
    const annotated = pvc.metadata.annotations?.['volume.kubernetes.io/storage-provisioner']
    if (!annotated) {
      server.mutate(R.pvcs, ns, pvc.metadata.name, (d) => {
        d.metadata.annotations = { ...(d.metadata.annotations ?? {}), 'volume.beta.kubernetes.io/storage-provisioner': provisioner, 'volume.kubernetes.io/storage-provisioner': provisioner }
      })
      events.record(pvc, 'Normal', 'ExternalProvisioning', `Waiting for a volume to be created either by the external provisioner '${provisioner}' or manually by the system administrator. If volume creation is delayed, please verify that the provisioner is running and correctly registered.`, SOURCE)
      events.record(pvc, 'Normal', 'Provisioning', `External provisioner is provisioning volume for claim "${ns}/${pvc.metadata.name}"`, { component: `${provisioner}_local-path-provisioner-7599fd788b-x6wfc_${sim.random.uuid()}` })
      sim.reconciler.at(sim.now + sim.random.int(2, 4) * SECOND, this.name, `pvc:${keyOf(pvc)}`)
      return
    }
    const local = provisioner === 'rancher.io/local-path'
    const spec: Record<string, unknown> = {
      accessModes: pvc.spec?.accessModes,
      capacity: { storage: pvc.spec?.resources?.requests?.storage },
      claimRef: { apiVersion: 'v1', kind: 'PersistentVolumeClaim', name: pvc.metadata.name, namespace: ns, resourceVersion: pvc.metadata.resourceVersion, uid: pvc.metadata.uid },
      persistentVolumeReclaimPolicy: sc.reclaimPolicy ?? 'Delete',
      storageClassName: sc.metadata.name,
      volumeMode: pvc.spec?.volumeMode ?? 'Filesystem'
    }
    if (local) {
      spec.hostPath = { path: `/opt/local-path-provisioner/${pvName}_${ns}_${pvc.metadata.name}`, type: 'DirectoryOrCreate' }
      if (node) spec.nodeAffinity = { required: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'kubernetes.io/hostname', operator: 'In', values: [node] }] }] } }
    } else spec.csi = { driver: provisioner, volumeHandle: pvName }
    try {
      server.create(R.pvs, {
        apiVersion: 'v1',
        kind: 'PersistentVolume',
        metadata: objectMeta({ name: pvName, annotations: { 'local.path.provisioner/selected-node': node ?? '', 'pv.kubernetes.io/provisioned-by': provisioner } }),
        spec
      })
      events.record(pvc, 'Normal', 'ProvisioningSucceeded', `Successfully provisioned volume ${pvName}`, { component: `${provisioner}_local-path-provisioner-7599fd788b-x6wfc_${sim.random.uuid()}` })
    } catch (e) {
      if (!(e instanceof ApiException)) throw e
    }
  }

  private syncVolume(name: string): void {
    const { sim, server } = this.ctx
    const pv = sim.store.get(R.pvs, undefined, name)
    if (!pv) return
    if (pv.metadata.deletionTimestamp) {
      if (pv.metadata.finalizers?.includes(PV_PROTECTION) && pv.status?.phase !== 'Bound')
        server.mutate(R.pvs, undefined, name, (d) => {
          d.metadata.finalizers = (d.metadata.finalizers ?? []).filter((f: string) => f !== PV_PROTECTION)
        })
      return
    }
    const ref = pv.spec?.claimRef
    const stamp = new Date(sim.now).toISOString().replace('.000Z', 'Z')
    const phase = (p: string): void => {
      if (pv.status?.phase === p) return
      server.mutate(R.pvs, undefined, name, (d) => {
        d.status = { lastPhaseTransitionTime: stamp, phase: p }
      }, true)
    }
    if (!ref) return phase('Available')
    const claim = sim.store.get(R.pvcs, ref.namespace, ref.name)
    if (claim && (!ref.uid || claim.metadata.uid === ref.uid)) {
      if (pv.status?.phase !== 'Bound' && claim.spec?.volumeName === name) phase('Bound')
      return
    }
    if (!ref.uid) return
    if ((pv.spec?.persistentVolumeReclaimPolicy ?? 'Retain') === 'Delete') {
      server.delete(R.pvs, undefined, name)
      const left = sim.store.get(R.pvs, undefined, name)
      if (left?.metadata.finalizers?.includes(PV_PROTECTION))
        server.mutate(R.pvs, undefined, name, (d) => {
          d.metadata.finalizers = (d.metadata.finalizers ?? []).filter((f: string) => f !== PV_PROTECTION)
        })
      return
    }
    phase('Released')
  }
}

// The admission plugins every write meets: NamespaceLifecycle, ServiceAccount, Priority,
// DefaultTolerationSeconds, DefaultStorageClass.
import type { KubeObject } from '../contract'
import type { AdmissionPlugin } from '../api/admission'
import { forbidden, notFound } from '../api/errors'
import { R } from '../controllers/util'
import { deepFreeze } from '../runtime/objects'

const IMMORTAL = new Set(['default', 'kube-system', 'kube-public'])

export const namespaceLifecycle: AdmissionPlugin = {
  name: 'NamespaceLifecycle',
  mutate(req, sim) {
    const { info, obj } = req
    if (info.group === '' && info.name === 'namespaces') return
    if (!info.namespaced) return
    const ns = sim.store.get(R.namespaces, undefined, obj.metadata.namespace ?? 'default')
    if (!ns) throw notFound(R.namespaces, obj.metadata.namespace ?? 'default')
    if (req.operation === 'CREATE' && ns.metadata.deletionTimestamp && !(info.name === 'events' && info.group === ''))
      throw forbidden(info, obj.metadata.name ?? '', `unable to create new content in namespace ${ns.metadata.name} because it is being terminated`)
  }
}

/** Namespaces that must never go away (checked when deleting). */
export function immortalNamespace(name: string): boolean {
  return IMMORTAL.has(name)
}

function isPod(req: { info: { group: string; name: string } }): boolean {
  return req.info.group === '' && req.info.name === 'pods'
}

/** Identical in every pod; stored objects are never modified in place, so one frozen copy is shared. */
const TOKEN_PROJECTION = deepFreeze({
  defaultMode: 420,
  sources: [
    { serviceAccountToken: { expirationSeconds: 3607, path: 'token' } },
    { configMap: { items: [{ key: 'ca.crt', path: 'ca.crt' }], name: 'kube-root-ca.crt' } },
    { downwardAPI: { items: [{ fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' }, path: 'namespace' }] } }
  ]
})

const NOT_READY = deepFreeze({ effect: 'NoExecute', key: 'node.kubernetes.io/not-ready', operator: 'Exists', tolerationSeconds: 300 })
const UNREACHABLE = deepFreeze({ effect: 'NoExecute', key: 'node.kubernetes.io/unreachable', operator: 'Exists', tolerationSeconds: 300 })

export const serviceAccount: AdmissionPlugin = {
  name: 'ServiceAccount',
  mutate(req, sim) {
    if (!isPod(req) || req.operation !== 'CREATE') return
    const pod = req.obj
    const spec = pod.spec
    if (pod.metadata.annotations?.['kubernetes.io/config.mirror']) return
    spec.serviceAccountName ||= spec.serviceAccount || 'default'
    spec.serviceAccount = spec.serviceAccountName
    const ns = pod.metadata.namespace ?? 'default'
    const sa = sim.store.get(R.serviceaccounts, ns, spec.serviceAccountName)
    if (!sa) throw forbidden(R.pods, pod.metadata.name ?? '', `error looking up service account ${ns}/${spec.serviceAccountName}: serviceaccount "${spec.serviceAccountName}" not found`)
    const automount = spec.automountServiceAccountToken ?? sa.automountServiceAccountToken ?? true
    if (!automount) return
    const containers: KubeObject['spec'][] = spec.containers ?? []
    const inits: KubeObject['spec'][] = spec.initContainers ?? []
    if (mountsToken(containers) || mountsToken(inits)) return
    const volumeName = `kube-api-access-${sim.random.suffix()}`
    spec.volumes = [...(spec.volumes ?? []), { name: volumeName, projected: TOKEN_PROJECTION }]
    for (const c of containers) c.volumeMounts = [...(c.volumeMounts ?? []), { mountPath: TOKEN_PATH, name: volumeName, readOnly: true }]
    for (const c of inits) c.volumeMounts = [...(c.volumeMounts ?? []), { mountPath: TOKEN_PATH, name: volumeName, readOnly: true }]
  }
}

const TOKEN_PATH = '/var/run/secrets/kubernetes.io/serviceaccount'

function mountsToken(containers: KubeObject['spec'][]): boolean {
  for (const c of containers) for (const m of c.volumeMounts ?? []) if (m.mountPath === TOKEN_PATH) return true
  return false
}

export const priority: AdmissionPlugin = {
  name: 'Priority',
  mutate(req, sim) {
    if (!isPod(req) || req.operation !== 'CREATE') return
    const spec = req.obj.spec
    const name = spec.priorityClassName
    if (!name) {
      const global = sim.store.list(R.priorityclasses).find((pc) => pc.globalDefault)
      spec.priority = global?.value ?? 0
      if (global) spec.priorityClassName = global.metadata.name
      spec.preemptionPolicy ??= global?.preemptionPolicy ?? 'PreemptLowerPriority'
      return
    }
    const pc = sim.store.get(R.priorityclasses, undefined, name)
    if (!pc) throw forbidden(R.pods, req.obj.metadata.name ?? '', `no PriorityClass with name ${name} was found`)
    spec.priority = pc.value
    spec.preemptionPolicy ??= pc.preemptionPolicy ?? 'PreemptLowerPriority'
  }
}

/** What most pods end up with: both default tolerations and nothing else. */
const DEFAULT_TOLERATIONS = deepFreeze([NOT_READY, UNREACHABLE])

type TolerationLike = { key?: string; operator?: string; effect?: string }

function tolerates(tolerations: TolerationLike[], key: string): boolean {
  return tolerations.some((t) => (t.key === key || (!t.key && t.operator === 'Exists')) && (!t.effect || t.effect === 'NoExecute'))
}

export const defaultTolerationSeconds: AdmissionPlugin = {
  name: 'DefaultTolerationSeconds',
  mutate(req) {
    if (!isPod(req) || req.operation !== 'CREATE') return
    const spec = req.obj.spec
    const tolerations: TolerationLike[] = spec.tolerations ?? []
    if (!tolerations.length) {
      spec.tolerations = DEFAULT_TOLERATIONS
      return
    }
    const add: object[] = []
    if (!tolerates(tolerations, 'node.kubernetes.io/not-ready')) add.push(NOT_READY)
    if (!tolerates(tolerations, 'node.kubernetes.io/unreachable')) add.push(UNREACHABLE)
    if (add.length) spec.tolerations = [...tolerations, ...add]
  }
}

export const defaultStorageClass: AdmissionPlugin = {
  name: 'DefaultStorageClass',
  mutate(req, sim) {
    const { info, obj } = req
    if (req.operation !== 'CREATE' || info.group !== '' || info.name !== 'persistentvolumeclaims') return
    if (obj.spec?.storageClassName !== undefined || obj.spec?.volumeName) return
    const def = sim.store.list(R.storageclasses).find((sc) => sc.metadata.annotations?.['storageclass.kubernetes.io/is-default-class'] === 'true')
    if (def) obj.spec.storageClassName = def.metadata.name
  }
}

/** StorageObjectInUseProtection: claims and volumes carry a protection finalizer. */
export const storageProtection: AdmissionPlugin = {
  name: 'StorageObjectInUseProtection',
  mutate(req) {
    const { info, obj } = req
    if (req.operation !== 'CREATE' || info.group !== '') return
    const finalizer = info.name === 'persistentvolumeclaims' ? 'kubernetes.io/pvc-protection' : info.name === 'persistentvolumes' ? 'kubernetes.io/pv-protection' : undefined
    if (!finalizer) return
    const list: string[] = obj.metadata.finalizers ?? []
    if (!list.includes(finalizer)) obj.metadata.finalizers = [...list, finalizer]
  }
}

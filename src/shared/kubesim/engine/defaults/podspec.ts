// SetDefaults_PodSpec / SetDefaults_Container and friends (k8s.io/kubernetes/pkg/apis/core/v1/defaults.go),
// applied to pods and to every pod template.
/* eslint-disable @typescript-eslint/no-explicit-any */
import { canonicalQuantity } from '../api/quantity'
import { isPlainObject } from '../runtime/objects'

export function imageTagIsLatest(image: string): boolean {
  if (image.includes('@')) return false
  const lastSlash = image.lastIndexOf('/')
  const colon = image.indexOf(':', lastSlash + 1)
  return colon < 0 || image.slice(colon + 1) === 'latest'
}

function defaultProbe(p: any): void {
  if (!isPlainObject(p)) return
  p.timeoutSeconds ??= 1
  p.periodSeconds ??= 10
  p.successThreshold ??= 1
  p.failureThreshold ??= 3
  if (isPlainObject(p.httpGet)) p.httpGet.scheme ??= 'HTTP'
}

function defaultEnv(env: any): void {
  if (!Array.isArray(env)) return
  for (const e of env) {
    const ref = e?.valueFrom?.fieldRef
    if (isPlainObject(ref)) ref.apiVersion ??= 'v1'
  }
}

export function defaultContainer(c: any, isPod = false): void {
  if (!isPlainObject(c)) return
  const image = (c as any).image
  if (typeof image === 'string' && c.imagePullPolicy === undefined) c.imagePullPolicy = imageTagIsLatest(image) ? 'Always' : 'IfNotPresent'
  c.terminationMessagePath ??= '/dev/termination-log'
  c.terminationMessagePolicy ??= 'File'
  if (!isPlainObject(c.resources)) c.resources = {}
  const res = c.resources as any
  // The API server stores quantities in canonical form: 0.5 → 500m, 1024Mi → 1Gi.
  for (const list of [res.limits, res.requests]) {
    if (!isPlainObject(list)) continue
    for (const [k, v] of Object.entries(list)) {
      const canonical = canonicalQuantity(v)
      if (canonical !== undefined) (list as any)[k] = canonical
    }
  }
  if (isPod && isPlainObject(res.limits)) {
    res.requests = isPlainObject(res.requests) ? res.requests : {}
    for (const [k, v] of Object.entries(res.limits)) if (res.requests[k] === undefined) res.requests[k] = v
  }
  if (Array.isArray(c.ports)) for (const p of c.ports) if (isPlainObject(p)) p.protocol ??= 'TCP'
  defaultProbe(c.livenessProbe)
  defaultProbe(c.readinessProbe)
  defaultProbe(c.startupProbe)
  defaultEnv(c.env)
}

function defaultVolume(v: any): void {
  if (!isPlainObject(v)) return
  const vol = v as any
  if (isPlainObject(vol.configMap)) vol.configMap.defaultMode ??= 420
  if (isPlainObject(vol.secret)) vol.secret.defaultMode ??= 420
  if (isPlainObject(vol.projected)) vol.projected.defaultMode ??= 420
  if (isPlainObject(vol.hostPath)) vol.hostPath.type ??= ''
  if (isPlainObject(vol.downwardAPI)) vol.downwardAPI.defaultMode ??= 420
  const known = ['configMap', 'secret', 'projected', 'hostPath', 'downwardAPI', 'emptyDir', 'persistentVolumeClaim', 'nfs', 'ephemeral', 'csi', 'iscsi', 'awsElasticBlockStore', 'gcePersistentDisk', 'azureDisk', 'azureFile', 'cephfs', 'cinder', 'fc', 'flexVolume', 'flocker', 'gitRepo', 'glusterfs', 'image', 'photonPersistentDisk', 'portworxVolume', 'quobyte', 'rbd', 'scaleIO', 'storageos', 'vsphereVolume']
  if (!known.some((k) => k in vol)) vol.emptyDir = {}
}

export function defaultPodSpec(spec: any, isPod = false): void {
  if (!isPlainObject(spec)) return
  const s = spec as any
  s.dnsPolicy ??= 'ClusterFirst'
  s.restartPolicy ??= 'Always'
  s.terminationGracePeriodSeconds ??= 30
  if (!isPlainObject(s.securityContext)) s.securityContext = {}
  s.schedulerName ??= 'default-scheduler'
  s.enableServiceLinks ??= true
  if (Array.isArray(s.containers)) for (const c of s.containers) defaultContainer(c, isPod)
  if (Array.isArray(s.initContainers)) for (const c of s.initContainers) defaultContainer(c, isPod)
  if (Array.isArray(s.volumes)) s.volumes.forEach(defaultVolume)
}

export function defaultPodTemplate(raw: unknown): void {
  if (!isPlainObject(raw)) return
  const template = raw as any
  // A template's metadata is an ObjectMeta whose zero creationTimestamp serialises as null.
  if (!isPlainObject(template.metadata)) template.metadata = {}
  if (!('creationTimestamp' in template.metadata)) template.metadata.creationTimestamp = null
  defaultPodSpec(template.spec)
}

// A container's environment as the kubelet assembles it: image ENV, envFrom, env (with
// ConfigMap, Secret and downward API references) and the Docker-links service variables.
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { KubeObject } from '../contract'
import { decodeBase64 } from '../runtime/base64'
import type { Store } from '../runtime/store'
import { R } from '../controllers/util'
import { milli, quantityValue } from '../api/quantity'

export class ConfigError extends Error {}

function serviceVars(svc: KubeObject): Record<string, string> {
  const out: Record<string, string> = {}
  const ip = svc.spec?.clusterIP
  if (!ip || ip === 'None' || !svc.spec?.ports?.length) return out
  const name = svc.metadata.name.toUpperCase().replace(/-/g, '_')
  const first = svc.spec.ports[0]
  out[`${name}_SERVICE_HOST`] = ip
  out[`${name}_SERVICE_PORT`] = String(first.port)
  for (const p of svc.spec.ports) if (p.name) out[`${name}_SERVICE_PORT_${p.name.toUpperCase().replace(/-/g, '_')}`] = String(p.port)
  out[`${name}_PORT`] = `${first.protocol.toLowerCase()}://${ip}:${first.port}`
  for (const p of svc.spec.ports) {
    const prefix = `${name}_PORT_${p.port}_${p.protocol}`
    out[prefix] = `${p.protocol.toLowerCase()}://${ip}:${p.port}`
    out[`${prefix}_PROTO`] = p.protocol.toLowerCase()
    out[`${prefix}_PORT`] = String(p.port)
    out[`${prefix}_ADDR`] = ip
  }
  return out
}

function fieldRef(pod: KubeObject, path: string, nodeIP: string): string {
  const labels = /^metadata\.labels\['(.+)'\]$/.exec(path)
  if (labels) return pod.metadata.labels?.[labels[1]] ?? ''
  const ann = /^metadata\.annotations\['(.+)'\]$/.exec(path)
  if (ann) return pod.metadata.annotations?.[ann[1]] ?? ''
  switch (path) {
    case 'metadata.name':
      return pod.metadata.name
    case 'metadata.namespace':
      return pod.metadata.namespace ?? 'default'
    case 'metadata.uid':
      return pod.metadata.uid
    case 'spec.nodeName':
      return pod.spec?.nodeName ?? ''
    case 'spec.serviceAccountName':
      return pod.spec?.serviceAccountName ?? ''
    case 'status.podIP':
    case 'status.podIPs':
      return pod.status?.podIP ?? ''
    case 'status.hostIP':
    case 'status.hostIPs':
      return nodeIP
    default:
      return ''
  }
}

function resourceRef(container: any, ref: any): string {
  const [kind, res] = String(ref.resource ?? '').split('.')
  const value = container.resources?.[kind]?.[res]
  if (value === undefined) return res === 'cpu' ? '2' : '8326365184'
  const divisor = ref.divisor ?? (res === 'cpu' ? '1' : '1')
  if (res === 'cpu') return String(Math.ceil(milli(value) / milli(divisor)))
  return String(Math.ceil(quantityValue(value) / quantityValue(divisor)))
}

export function containerEnv(store: Store, pod: KubeObject, container: any, imageEnv: Record<string, string>, nodeIP: string): Record<string, string> {
  const ns = pod.metadata.namespace ?? 'default'
  const env: Record<string, string> = { ...imageEnv, HOSTNAME: pod.spec?.hostname ?? pod.metadata.name }
  const master = store.get(R.services, 'default', 'kubernetes')
  if (master) {
    const v = serviceVars(master)
    for (const k in v) env[k] = v[k]
    env.KUBERNETES_SERVICE_PORT_HTTPS = '443'
    delete env.KUBERNETES_SERVICE_PORT_HTTPS_TCP
  }
  if (pod.spec?.enableServiceLinks !== false) {
    for (const svc of store.list(R.services, ns)) {
      if (ns === 'default' && svc.metadata.name === 'kubernetes') continue
      Object.assign(env, serviceVars(svc))
    }
  }
  for (const from of container.envFrom ?? []) {
    const prefix = from.prefix ?? ''
    if (from.configMapRef) {
      const cm = store.get(R.configmaps, ns, from.configMapRef.name)
      if (!cm) {
        if (from.configMapRef.optional) continue
        throw new ConfigError(`configmap "${from.configMapRef.name}" not found`)
      }
      for (const [k, v] of Object.entries(cm.data ?? {})) env[prefix + k] = String(v)
    }
    if (from.secretRef) {
      const sec = store.get(R.secrets, ns, from.secretRef.name)
      if (!sec) {
        if (from.secretRef.optional) continue
        throw new ConfigError(`secret "${from.secretRef.name}" not found`)
      }
      for (const [k, v] of Object.entries(sec.data ?? {})) env[prefix + k] = decodeBase64(String(v))
    }
  }
  for (const e of container.env ?? []) {
    if (e.value !== undefined) env[e.name] = String(e.value).replace(/\$\(([A-Za-z_][A-Za-z0-9_]*)\)/g, (m: string, n: string) => env[n] ?? m)
    else if (e.valueFrom?.configMapKeyRef) {
      const ref = e.valueFrom.configMapKeyRef
      const cm = store.get(R.configmaps, ns, ref.name)
      if (!cm) {
        if (ref.optional) continue
        throw new ConfigError(`configmap "${ref.name}" not found`)
      }
      if (cm.data?.[ref.key] === undefined) {
        if (ref.optional) continue
        throw new ConfigError(`couldn't find key ${ref.key} in ConfigMap ${ns}/${ref.name}`)
      }
      env[e.name] = cm.data[ref.key]
    } else if (e.valueFrom?.secretKeyRef) {
      const ref = e.valueFrom.secretKeyRef
      const sec = store.get(R.secrets, ns, ref.name)
      if (!sec) {
        if (ref.optional) continue
        throw new ConfigError(`secret "${ref.name}" not found`)
      }
      if (sec.data?.[ref.key] === undefined) {
        if (ref.optional) continue
        throw new ConfigError(`couldn't find key ${ref.key} in Secret ${ns}/${ref.name}`)
      }
      env[e.name] = decodeBase64(sec.data[ref.key])
    } else if (e.valueFrom?.fieldRef) env[e.name] = fieldRef(pod, e.valueFrom.fieldRef.fieldPath, nodeIP)
    else if (e.valueFrom?.resourceFieldRef) env[e.name] = resourceRef(container, e.valueFrom.resourceFieldRef)
    else env[e.name] = ''
  }
  return env
}

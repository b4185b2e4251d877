// ValidatePodSpec: the checks a learner trips over (names, images, ports, volumes, resources, policies).
/* eslint-disable @typescript-eslint/no-explicit-any */
import { duplicate, invalidValue, notSupported, required, type FieldError } from '../api/errors'
import { milli, parseQuantity, QUANTITY_ERROR } from '../api/quantity'
import { isPlainObject } from '../runtime/objects'
import { dns1123Label, dns1123Subdomain } from './names'

const RESTART_POLICIES = ['Always', 'OnFailure', 'Never']
const DNS_POLICIES = ['ClusterFirstWithHostNet', 'ClusterFirst', 'Default', 'None']
const PULL_POLICIES = ['Always', 'IfNotPresent', 'Never']
const PROTOCOLS = ['SCTP', 'TCP', 'UDP']

function validateResources(res: any, path: string): FieldError[] {
  const out: FieldError[] = []
  if (!isPlainObject(res)) return out
  for (const kind of ['limits', 'requests'] as const) {
    const list = (res as any)[kind]
    if (!isPlainObject(list)) continue
    for (const [name, value] of Object.entries(list)) {
      const q = parseQuantity(value)
      if (!q) out.push(invalidValue(`${path}.${kind}[${name}]`, value, QUANTITY_ERROR))
      else if (q.value < 0) out.push(invalidValue(`${path}.${kind}[${name}]`, value, 'must be greater than or equal to 0'))
      if (name !== 'cpu' && name !== 'memory' && name !== 'ephemeral-storage' && !name.includes('/') && !name.startsWith('hugepages-'))
        out.push(notSupported(`${path}.${kind}[${name}]`, name, ['cpu', 'ephemeral-storage', 'memory']))
    }
  }
  const lim = (res as any).limits
  const req = (res as any).requests
  if (isPlainObject(lim) && isPlainObject(req)) {
    for (const [name, value] of Object.entries(req)) {
      const l = (lim as any)[name]
      if (l === undefined) continue
      if (milli(value) > milli(l))
        out.push(invalidValue(`${path}.requests`, value, `must be less than or equal to ${name} limit of ${l}`))
    }
  }
  return out
}

function validateContainer(raw: unknown, path: string, volumes: Set<string>, names: Set<string>, isInit: boolean): FieldError[] {
  const out: FieldError[] = []
  if (!isPlainObject(raw)) return [required(path)]
  const c = raw as any
  if (!c.name) out.push(required(`${path}.name`))
  else {
    for (const m of dns1123Label(c.name)) out.push(invalidValue(`${path}.name`, c.name, m))
    if (names.has(c.name)) out.push(duplicate(`${path}.name`, c.name))
    names.add(c.name)
  }
  if (!c.image || (typeof c.image === 'string' && c.image.trim() === '')) out.push(required(`${path}.image`))
  else if (typeof c.image === 'string' && c.image !== c.image.trim())
    out.push(invalidValue(`${path}.image`, c.image, 'must not have leading or trailing whitespace'))
  if (c.imagePullPolicy !== undefined && !PULL_POLICIES.includes(c.imagePullPolicy))
    out.push(notSupported(`${path}.imagePullPolicy`, c.imagePullPolicy, PULL_POLICIES))
  const ports = new Set<string>()
  ;(Array.isArray(c.ports) ? c.ports : []).forEach((p: any, i: number) => {
    const pp = `${path}.ports[${i}]`
    if (!isPlainObject(p)) return
    const port = (p as any).containerPort
    if (port === undefined || port === 0) out.push(required(`${pp}.containerPort`))
    else if (port < 1 || port > 65535) out.push(invalidValue(`${pp}.containerPort`, port, 'must be between 1 and 65535, inclusive'))
    const proto = (p as any).protocol ?? 'TCP'
    if (!PROTOCOLS.includes(proto)) out.push(notSupported(`${pp}.protocol`, proto, PROTOCOLS))
    const name = (p as any).name
    if (name !== undefined) {
      if (name.length > 15) out.push(invalidValue(`${pp}.name`, name, 'must be no more than 15 characters'))
      else if (!/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(name) || !/[a-z]/.test(name))
        out.push(invalidValue(`${pp}.name`, name, "must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)"))
      if (ports.has(name)) out.push(duplicate(`${pp}.name`, name))
      ports.add(name)
    }
  })
  ;(Array.isArray(c.volumeMounts) ? c.volumeMounts : []).forEach((m: any, i: number) => {
    const mp = `${path}.volumeMounts[${i}]`
    if (!isPlainObject(m)) return
    if (!(m as any).name) out.push(required(`${mp}.name`))
    else if (!volumes.has((m as any).name)) out.push({ type: 'Not found', field: `${mp}.name`, value: (m as any).name })
    if (!(m as any).mountPath) out.push(required(`${mp}.mountPath`))
  })
  ;(Array.isArray(c.env) ? c.env : []).forEach((e: any, i: number) => {
    if (isPlainObject(e) && !(e as any).name) out.push(required(`${path}.env[${i}].name`))
  })
  out.push(...validateResources(c.resources, `${path}.resources`))
  if (isInit && (c.readinessProbe || c.livenessProbe) && c.restartPolicy !== 'Always')
    out.push({ type: 'Forbidden', field: `${path}.${c.readinessProbe ? 'readinessProbe' : 'livenessProbe'}`, detail: 'may not be set for init containers without restartPolicy=Always' })
  return out
}

export function validatePodSpec(spec: any, path: string, extraVolumes: string[] = []): FieldError[] {
  const out: FieldError[] = []
  if (!isPlainObject(spec)) return [required(path)]
  const s = spec as any
  const volumes = new Set<string>(extraVolumes)
  ;(Array.isArray(s.volumes) ? s.volumes : []).forEach((v: any, i: number) => {
    if (!isPlainObject(v)) return
    const name = (v as any).name
    if (!name) out.push(required(`${path}.volumes[${i}].name`))
    else {
      for (const m of dns1123Label(name)) out.push(invalidValue(`${path}.volumes[${i}].name`, name, m))
      if (volumes.has(name)) out.push(duplicate(`${path}.volumes[${i}].name`, name))
      volumes.add(name)
    }
    const pvc = (v as any).persistentVolumeClaim
    if (isPlainObject(pvc) && !(pvc as any).claimName) out.push(required(`${path}.volumes[${i}].persistentVolumeClaim.claimName`))
    const cm = (v as any).configMap
    if (isPlainObject(cm) && !(cm as any).name) out.push(required(`${path}.volumes[${i}].configMap.name`))
    const sec = (v as any).secret
    if (isPlainObject(sec) && !(sec as any).secretName) out.push(required(`${path}.volumes[${i}].secret.secretName`))
  })
  const names = new Set<string>()
  if (!Array.isArray(s.containers) || s.containers.length === 0) out.push(required(`${path}.containers`))
  else s.containers.forEach((c: any, i: number) => out.push(...validateContainer(c, `${path}.containers[${i}]`, volumes, names, false)))
  ;(Array.isArray(s.initContainers) ? s.initContainers : []).forEach((c: any, i: number) =>
    out.push(...validateContainer(c, `${path}.initContainers[${i}]`, volumes, names, true))
  )
  if (s.restartPolicy !== undefined && !RESTART_POLICIES.includes(s.restartPolicy))
    out.push(notSupported(`${path}.restartPolicy`, s.restartPolicy, RESTART_POLICIES))
  if (s.dnsPolicy !== undefined && !DNS_POLICIES.includes(s.dnsPolicy)) out.push(notSupported(`${path}.dnsPolicy`, s.dnsPolicy, DNS_POLICIES))
  if (typeof s.nodeName === 'string' && s.nodeName)
    for (const m of dns1123Subdomain(s.nodeName)) out.push(invalidValue(`${path}.nodeName`, s.nodeName, m))
  if (s.serviceAccountName)
    for (const m of dns1123Subdomain(s.serviceAccountName)) out.push(invalidValue(`${path}.serviceAccountName`, s.serviceAccountName, m))
  if (typeof s.terminationGracePeriodSeconds === 'number' && s.terminationGracePeriodSeconds < 0)
    out.push(invalidValue(`${path}.terminationGracePeriodSeconds`, s.terminationGracePeriodSeconds, 'must be greater than or equal to 0'))
  ;(Array.isArray(s.tolerations) ? s.tolerations : []).forEach((t: any, i: number) => {
    if (!isPlainObject(t)) return
    const tp = `${path}.tolerations[${i}]`
    const op = (t as any).operator ?? 'Equal'
    if (op !== 'Equal' && op !== 'Exists') out.push(notSupported(`${tp}.operator`, op, ['Equal', 'Exists']))
    if (op === 'Exists' && (t as any).value) out.push(invalidValue(`${tp}.operator`, (t as any).value, 'value must be empty when `operator` is \'Exists\''))
    const eff = (t as any).effect
    if (eff && !['NoSchedule', 'PreferNoSchedule', 'NoExecute'].includes(eff))
      out.push(notSupported(`${tp}.effect`, eff, ['NoExecute', 'NoSchedule', 'PreferNoSchedule']))
    if ((t as any).tolerationSeconds !== undefined && eff !== 'NoExecute')
      out.push(invalidValue(`${tp}.effect`, eff ?? '', 'effect must be \'NoExecute\' when `tolerationSeconds` is set'))
  })
  return out
}

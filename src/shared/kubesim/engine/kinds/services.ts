// Service strategy: defaults, ClusterIP and NodePort allocation from the seeded generator, validation.
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { KubeObject } from '../contract'
import { registerStrategy } from '../api/strategy'
import { duplicate, GoRepr, goLiteral, invalidValue, notSupported, required, type FieldError } from '../api/errors'
import { resourceByKey } from '../api/resources'
import type { Sim } from '../runtime/sim'
import { isPlainObject } from '../runtime/objects'

const SERVICES = resourceByKey('/services')!
const TYPES = ['ClusterIP', 'ExternalName', 'LoadBalancer', 'NodePort']
export const NODE_PORT_MIN = 30000
export const NODE_PORT_MAX = 32767

export function ipToInt(ip: string): number {
  return ip.split('.').reduce((acc, part) => acc * 256 + (parseInt(part, 10) & 255), 0)
}

export function intToIp(n: number): string {
  return [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.')
}

export function parseCidr(cidr: string): { base: number; bits: number } {
  const [ip, bits] = cidr.split('/')
  return { base: ipToInt(ip), bits: parseInt(bits, 10) }
}

function usedClusterIPs(sim: Sim): Set<string> {
  const used = new Set<string>()
  for (const s of sim.store.all(SERVICES)) for (const ip of s.spec?.clusterIPs ?? []) used.add(ip)
  return used
}

function usedNodePorts(sim: Sim, except?: string): Set<number> {
  const used = new Set<number>()
  for (const s of sim.store.all(SERVICES)) {
    if (s.metadata.uid === except) continue
    for (const p of s.spec?.ports ?? []) if (p.nodePort) used.add(p.nodePort)
  }
  return used
}

export function allocateClusterIP(sim: Sim): string {
  const { base, bits } = parseCidr(sim.config.serviceCidr)
  const size = 2 ** (32 - bits)
  const used = usedClusterIPs(sim)
  for (;;) {
    const ip = intToIp(base + sim.random.int(1, size - 2))
    if (!used.has(ip)) return ip
  }
}

function allocateNodePort(sim: Sim, used: Set<number>): number {
  for (;;) {
    const port = sim.random.int(NODE_PORT_MIN, NODE_PORT_MAX)
    if (!used.has(port)) {
      used.add(port)
      return port
    }
  }
}

function wantsNodePorts(type: string): boolean {
  return type === 'NodePort' || type === 'LoadBalancer'
}

function defaults(obj: KubeObject): void {
  if (!isPlainObject(obj.spec)) obj.spec = {}
  const s = obj.spec
  s.type ??= 'ClusterIP'
  if (s.type === 'ExternalName') return
  s.sessionAffinity ??= 'None'
  if (Array.isArray(s.ports)) {
    for (const p of s.ports) {
      if (!isPlainObject(p)) continue
      ;(p as any).protocol ??= 'TCP'
      if ((p as any).targetPort === undefined || (p as any).targetPort === 0 || (p as any).targetPort === '') (p as any).targetPort = (p as any).port
    }
  }
  s.internalTrafficPolicy ??= 'Cluster'
  if (wantsNodePorts(s.type)) s.externalTrafficPolicy ??= 'Cluster'
  if (s.type === 'LoadBalancer') s.allocateLoadBalancerNodePorts ??= true
}

function allocate(obj: KubeObject, sim: Sim, old?: KubeObject): void {
  const s = obj.spec
  if (s.type === 'ExternalName') return
  if (old?.spec?.clusterIP && old.spec.clusterIP !== 'None' && s.clusterIP === undefined) {
    s.clusterIP = old.spec.clusterIP
    s.clusterIPs = old.spec.clusterIPs
  }
  if (s.clusterIP === 'None') s.clusterIPs = ['None']
  else {
    s.clusterIP ??= allocateClusterIP(sim)
    s.clusterIPs = [s.clusterIP]
  }
  s.ipFamilies ??= ['IPv4']
  s.ipFamilyPolicy ??= 'SingleStack'
  if (wantsNodePorts(s.type) && Array.isArray(s.ports)) {
    const used = usedNodePorts(sim, obj.metadata.uid)
    const previous = new Map<string, number>((old?.spec?.ports ?? []).map((p: any) => [`${p.port}/${p.protocol}`, p.nodePort]))
    for (const p of s.ports) {
      if (!isPlainObject(p)) continue
      const q = p as any
      if (!q.nodePort) q.nodePort = previous.get(`${q.port}/${q.protocol}`) || allocateNodePort(sim, used)
    }
  } else if (Array.isArray(s.ports)) {
    for (const p of s.ports) if (isPlainObject(p)) delete (p as any).nodePort
  }
}

function validate(obj: KubeObject, sim: Sim): FieldError[] {
  const out: FieldError[] = []
  const s = obj.spec ?? {}
  if (!TYPES.includes(s.type)) out.push(notSupported('spec.type', s.type, TYPES))
  if (s.type === 'ExternalName') {
    if (!s.externalName) out.push(required('spec.externalName'))
    return out
  }
  const ports: any[] = Array.isArray(s.ports) ? s.ports : []
  if (ports.length === 0 && s.clusterIP !== 'None') out.push(required('spec.ports'))
  const names = new Set<string>()
  const keys = new Set<string>()
  const taken = usedNodePorts(sim, obj.metadata.uid)
  ports.forEach((p, i) => {
    const path = `spec.ports[${i}]`
    if (ports.length > 1 && !p.name) out.push(required(`${path}.name`))
    if (p.name) {
      if (names.has(p.name)) out.push(duplicate(`${path}.name`, p.name))
      names.add(p.name)
    }
    if (!p.port) out.push(required(`${path}.port`))
    else if (p.port < 1 || p.port > 65535) out.push(invalidValue(`${path}.port`, p.port, 'must be between 1 and 65535, inclusive'))
    if (!['TCP', 'UDP', 'SCTP'].includes(p.protocol)) out.push(notSupported(`${path}.protocol`, p.protocol, ['SCTP', 'TCP', 'UDP']))
    const key = `${p.port}/${p.protocol}`
    if (keys.has(key)) out.push(duplicate(path, new GoRepr(`core.ServicePort{Name:${JSON.stringify(p.name ?? '')}, Protocol:${JSON.stringify(p.protocol)}, AppProtocol:(*string)(nil), Port:${p.port}, TargetPort:intstr.IntOrString{Type:0, IntVal:${typeof p.targetPort === 'number' ? p.targetPort : 0}, StrVal:""}, NodePort:${p.nodePort ?? 0}}`)))
    keys.add(key)
    if (typeof p.targetPort === 'number' && (p.targetPort < 1 || p.targetPort > 65535))
      out.push(invalidValue(`${path}.targetPort`, p.targetPort, 'must be between 1 and 65535, inclusive'))
    if (p.nodePort !== undefined && wantsNodePorts(s.type)) {
      if (p.nodePort < NODE_PORT_MIN || p.nodePort > NODE_PORT_MAX)
        out.push(invalidValue(`${path}.nodePort`, p.nodePort, `provided port is not in the valid range. The range of valid ports is ${NODE_PORT_MIN}-${NODE_PORT_MAX}`))
      else if (taken.has(p.nodePort)) out.push(invalidValue(`${path}.nodePort`, p.nodePort, 'provided port is already allocated'))
    }
    if (p.nodePort !== undefined && !wantsNodePorts(s.type))
      out.push({ type: 'Forbidden', field: `${path}.nodePort`, detail: 'may not be used when `type` is \'ClusterIP\'' })
  })
  if (s.selector !== undefined && isPlainObject(s.selector)) {
    for (const [k, v] of Object.entries(s.selector)) if (typeof v !== 'string') out.push(invalidValue(`spec.selector[${k}]`, v, 'must be a string'))
  }
  if (s.clusterIP && s.clusterIP !== 'None' && !/^\d+\.\d+\.\d+\.\d+$/.test(s.clusterIP))
    out.push(invalidValue('spec.clusterIPs[0]', s.clusterIP, 'must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)'))
  return out
}

function validateUpdate(obj: KubeObject, old: KubeObject, sim: Sim): FieldError[] {
  const out = validate(obj, sim)
  if (old.spec?.clusterIP && obj.spec?.clusterIP !== old.spec.clusterIP && obj.spec?.type !== 'ExternalName')
    out.push(invalidValue('spec.clusterIPs[0]', new GoRepr(goLiteral(obj.spec?.clusterIPs ?? [])), 'may not change once set'))
  return out
}

registerStrategy('', 'services', {
  name: 'dns1035',
  statusSubresource: true,
  defaults,
  prepareForCreate(obj, sim) {
    if (obj.spec?.clusterIP === '') delete obj.spec.clusterIP
    allocate(obj, sim)
    obj.status = { loadBalancer: {} }
  },
  prepareForUpdate(obj, old, sim) {
    allocate(obj, sim, old)
  },
  validate,
  validateUpdate
})

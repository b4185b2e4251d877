import type { Ctx } from '../context'
import { CmdError } from '../errors'
import { flagString } from '../flags'
import type { DryRun } from './create/common'

// Shared by `run` and `expose`: send a generated object (or keep it, for
// --dry-run=client) and the ServiceV2 generator of generate/versioned/service.go.

export function createAndPrintObject(ctx: Ctx, obj: Record<string, unknown>, dryRun: DryRun): Record<string, unknown> {
  if (dryRun === 'client') {
    if (!ctx.explicitNamespace) return obj
    const meta = obj.metadata as Record<string, unknown>
    return { ...obj, metadata: { name: meta.name, namespace: ctx.namespace, ...meta } }
  }
  const meta = { ...(obj.metadata as Record<string, unknown>), namespace: ctx.namespace }
  return ctx.cluster.create({ ...obj, metadata: meta }, { user: ctx.user, dryRun: dryRun === 'server', fieldManager: flagString(ctx.flags, 'field-manager') })
}

/** generate.ParseLabels: `a=b,c=d`. */
function parseLabelSpec(spec: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const part of spec.split(',')) {
    const kv = part.split('=')
    if (kv.length !== 2 || !kv[0]) throw new CmdError(`invalid label spec: ${part}`)
    out[kv[0]] = kv[1]
  }
  return out
}

export interface ServiceParams {
  name: string
  selector: string
  labels?: string
  ports: string[]
  protocols?: Record<string, string>
  protocol?: string
  targetPort?: string
  type?: string
  clusterIP?: string
  externalIP?: string
  sessionAffinity?: string
  portName?: string
}

export function serviceObject(p: ServiceParams): Record<string, unknown> {
  const ports = p.ports.map((portText, i) => {
    if (!/^\d+$/.test(portText)) throw new CmdError(`strconv.Atoi: parsing ${JSON.stringify(portText)}: invalid syntax`)
    const name = p.ports.length > 1 ? `port-${i + 1}` : p.portName ?? ''
    const protocol = p.protocol || p.protocols?.[portText] || 'TCP'
    const port = Number(portText)
    const targetPort = p.targetPort ? (/^\d+$/.test(p.targetPort) ? Number(p.targetPort) : p.targetPort) : port
    return { ...(name ? { name } : {}), protocol, port, targetPort }
  })
  if (p.sessionAffinity && p.sessionAffinity !== 'None' && p.sessionAffinity !== 'ClientIP') {
    throw new CmdError(`unknown session affinity: ${p.sessionAffinity}`)
  }
  const labels = p.labels ? parseLabelSpec(p.labels) : undefined
  return {
    kind: 'Service',
    apiVersion: 'v1',
    metadata: { name: p.name, creationTimestamp: null, ...(labels ? { labels } : {}) },
    spec: {
      ...(ports.length ? { ports } : {}),
      selector: parseLabelSpec(p.selector),
      ...(p.clusterIP ? { clusterIP: p.clusterIP } : {}),
      ...(p.type ? { type: p.type } : {}),
      ...(p.externalIP ? { externalIPs: [p.externalIP] } : {}),
      ...(p.sessionAffinity ? { sessionAffinity: p.sessionAffinity } : {})
    },
    status: { loadBalancer: {} }
  }
}

/** The service `kubectl run --expose` adds next to the pod. */
export function serviceForExpose(ctx: Ctx, name: string, selector: string, port: string): Record<string, unknown> {
  return serviceObject({ name, selector, labels: flagString(ctx.flags, 'labels') || undefined, ports: [port] })
}

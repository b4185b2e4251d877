import type { Ctx } from '../../context'
import { CmdError } from '../../errors'
import { flagInt, flagList, flagString } from '../../flags'
import type { CommandSpec } from '../types'
import { createAndPrint, enforcedNamespace, generatorFlags, nameFromArgs, objectMeta } from './common'

// kubectl create service clusterip|nodeport|loadbalancer|externalname (create_service.go).

const PORT_NAME = /^[a-z0-9]([a-z0-9-]*[a-z0-9])*$/

/** parsePorts: `80` or `80:8080` or `80:http`. */
function parsePorts(spec: string): [number, number | string] {
  const [p, target] = spec.split(':')
  if (!/^\d+$/.test(p) || Number(p) < 1 || Number(p) > 65535) {
    throw new CmdError(`strconv.Atoi: parsing ${JSON.stringify(p)}: invalid syntax`)
  }
  const port = Number(p)
  if (target === undefined) return [port, port]
  if (/^\d+$/.test(target)) {
    const n = Number(target)
    if (n < 1 || n > 65535) throw new CmdError('must be between 1 and 65535, inclusive')
    return [port, n]
  }
  if (!PORT_NAME.test(target) || target.length > 15 || !/[a-z]/.test(target)) {
    throw new CmdError('must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)')
  }
  return [port, target]
}

function serviceRunner(type: 'ClusterIP' | 'NodePort' | 'LoadBalancer' | 'ExternalName') {
  return async (ctx: Ctx): Promise<void> => {
    const name = nameFromArgs(ctx)
    const clusterIP = ctx.flags.values.has('clusterip') ? flagString(ctx.flags, 'clusterip') : ''
    const tcp = flagList(ctx.flags, 'tcp')
    const externalName = ctx.flags.values.has('external-name') ? flagString(ctx.flags, 'external-name') : ''
    if (clusterIP === 'None' && type !== 'ClusterIP') throw new CmdError('ClusterIP=None can only be used with ClusterIP service type')
    if (clusterIP !== 'None' && !tcp.length && type !== 'ExternalName') throw new CmdError('at least one tcp port specifier must be provided')
    if (type === 'ExternalName' && !/^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/.test(externalName)) {
      throw new CmdError(`invalid service external name ${externalName}`)
    }
    const nodePort = ctx.flags.values.has('node-port') ? flagInt(ctx.flags, 'node-port') : 0
    const ports = tcp.map((spec) => {
      const [port, targetPort] = parsePorts(spec)
      return { name: spec.replace(/:/g, '-'), protocol: 'TCP', port, targetPort, ...(nodePort ? { nodePort } : {}) }
    })
    const svc = {
      kind: 'Service',
      apiVersion: 'v1',
      metadata: objectMeta(name, enforcedNamespace(ctx), { labels: { app: name } }),
      spec: {
        ...(ports.length ? { ports } : {}),
        selector: { app: name },
        ...(clusterIP ? { clusterIP } : {}),
        type,
        ...(externalName ? { externalName } : {})
      },
      status: { loadBalancer: {} }
    }
    await createAndPrint(ctx, svc, `failed to create ${type} service`)
  }
}

const tcpFlag = { name: 'tcp', type: 'stringSlice' as const, usage: "Port pairs can be specified as '<port>:<targetPort>'." }

export const createServiceCommand: CommandSpec = {
  name: 'service',
  aliases: ['svc'],
  short: 'Create a service using a specified subcommand',
  long: 'Create a service using a specified subcommand.',
  usage: 'create service',
  subcommands: [
    {
      name: 'clusterip',
      short: 'Create a ClusterIP service',
      long: 'Create a ClusterIP service with the specified name.',
      examples: `  # Create a new ClusterIP service named my-cs
  kubectl create service clusterip my-cs --tcp=5678:8080
  
  # Create a new ClusterIP service named my-cs (in headless mode)
  kubectl create service clusterip my-cs --clusterip="None"`,
      usage: 'create service clusterip NAME [--tcp=<port>:<targetPort>] [--dry-run=server|client|none]',
      flags: [...generatorFlags(), tcpFlag, { name: 'clusterip', type: 'string', usage: "Assign your own ClusterIP or set to 'None' for a 'headless' service (no loadbalancing)." }],
      run: serviceRunner('ClusterIP')
    },
    {
      name: 'externalname',
      short: 'Create an ExternalName service',
      usage: 'create service externalname NAME --external-name external.name [--dry-run=server|client|none]',
      flags: [...generatorFlags(), tcpFlag, { name: 'external-name', type: 'string', required: true, usage: 'External name of service' }],
      run: serviceRunner('ExternalName')
    },
    {
      name: 'loadbalancer',
      short: 'Create a LoadBalancer service',
      usage: 'create service loadbalancer NAME [--tcp=port:targetPort] [--dry-run=server|client|none]',
      flags: [...generatorFlags(), tcpFlag],
      run: serviceRunner('LoadBalancer')
    },
    {
      name: 'nodeport',
      short: 'Create a NodePort service',
      long: 'Create a NodePort service with the specified name.',
      examples: '  # Create a new NodePort service named my-ns\n  kubectl create service nodeport my-ns --tcp=5678:8080',
      usage: 'create service nodeport NAME [--tcp=port:targetPort] [--dry-run=server|client|none]',
      flags: [...generatorFlags(), tcpFlag, { name: 'node-port', type: 'int', usage: 'Port used to expose the service on each node in a cluster.' }],
      run: serviceRunner('NodePort')
    }
  ]
}

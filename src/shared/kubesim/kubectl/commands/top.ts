import type { NodeMetrics, PodMetrics } from '../../engine/contract'
import type { Ctx } from '../context'
import { CmdError, usageError } from '../errors'
import { flagBool, flagString } from '../flags'
import { formatTabbed } from '../output/tabwriter'
import { parseQuantity, quantityValue } from '../quantity'
import { SELECTOR_FLAG } from './shared-flags'
import type { CommandSpec } from './types'

// kubectl top node|pod (pkg/cmd/top and pkg/metricsutil/metrics_printer.go): every
// value is followed by a tab, so lines end with padding, as kubectl's do.

const TABLE = { minWidth: 6, padding: 3 }

function cpu(milli: number): string {
  return `${Math.round(milli)}m`
}
function mem(bytes: number): string {
  return `${Math.floor(bytes / (1024 * 1024))}Mi`
}

function topNode(ctx: Ctx): void {
  const sortBy = flagString(ctx.flags, 'sort-by')
  if (sortBy && sortBy !== 'cpu' && sortBy !== 'memory') throw new CmdError(`--sort-by accepts only cpu or memory`)
  const names = ctx.flags.args
  if (names.length > 1) throw usageError(ctx.commandPath, 'node [NAME | -l label]')
  const selector = flagString(ctx.flags, 'selector')
  const nodes = names.length ? [ctx.cluster.get('nodes', undefined, names[0], ctx.user)] : ctx.cluster.list('nodes', undefined, { labelSelector: selector || undefined }, ctx.user)
  let metrics: NodeMetrics[] = ctx.cluster.nodeMetrics().filter((m) => nodes.some((n) => n.metadata.name === m.name))
  if (!metrics.length && !nodes.length) return
  metrics = [...metrics].sort((a, b) => (sortBy === 'cpu' ? b.cpuMilli - a.cpuMilli : sortBy === 'memory' ? b.memoryBytes - a.memoryBytes : a.name < b.name ? -1 : 1))
  let text = flagBool(ctx.flags, 'no-headers') ? '' : 'NAME\tCPU(cores)\tCPU%\tMEMORY(bytes)\tMEMORY%\t\n'
  const seen = new Set<string>()
  for (const m of metrics) {
    const node = nodes.find((n) => n.metadata.name === m.name)!
    const alloc = node.status?.allocatable ?? {}
    const cpuAlloc = quantityValue(parseQuantity(alloc.cpu ?? '0') ?? { milli: 0, format: 'DecimalSI' }) * 1000
    const memAlloc = quantityValue(parseQuantity(alloc.memory ?? '0') ?? { milli: 0, format: 'BinarySI' })
    const cpuPct = cpuAlloc ? Math.trunc((m.cpuMilli / cpuAlloc) * 100) : 0
    const memPct = memAlloc ? Math.trunc((m.memoryBytes / memAlloc) * 100) : 0
    text += `${m.name}\t${cpu(m.cpuMilli)}\t${cpuPct}%\t${mem(m.memoryBytes)}\t${memPct}%\t\n`
    seen.add(m.name)
  }
  for (const n of nodes) if (!seen.has(n.metadata.name)) text += `${n.metadata.name}\t<unknown>\t<unknown>\t<unknown>\t<unknown>\t\n`
  ctx.out(formatTabbed(text, TABLE))
}

function topPod(ctx: Ctx): void {
  const sortBy = flagString(ctx.flags, 'sort-by')
  if (sortBy && sortBy !== 'cpu' && sortBy !== 'memory') throw new CmdError(`--sort-by accepts only cpu or memory`)
  const allNs = flagBool(ctx.flags, 'all-namespaces')
  const containers = flagBool(ctx.flags, 'containers')
  const selector = flagString(ctx.flags, 'selector')
  const names = ctx.flags.args
  const ns = allNs ? undefined : ctx.namespace
  let metrics: PodMetrics[] = ctx.cluster.podMetrics(ns)
  if (names.length) {
    ctx.cluster.get('pods', ctx.namespace, names[0], ctx.user)
    metrics = metrics.filter((m) => m.name === names[0])
    if (!metrics.length) throw new CmdError(`Metrics not available for pod ${ctx.namespace}/${names[0]}, age: 0s`)
  } else if (selector) {
    const pods = new Set(ctx.cluster.list('pods', ns, { labelSelector: selector }, ctx.user).map((p) => `${p.metadata.namespace}/${p.metadata.name}`))
    metrics = metrics.filter((m) => pods.has(`${m.namespace}/${m.name}`))
  }
  if (!metrics.length) {
    ctx.err(allNs ? 'No resources found\n' : `No resources found in ${ctx.namespace} namespace.\n`)
    return
  }
  const total = (m: PodMetrics, f: 'cpuMilli' | 'memoryBytes'): number => m.containers.reduce((s, c) => s + c[f], 0)
  metrics = [...metrics].sort((a, b) => {
    if (sortBy === 'cpu') return total(b, 'cpuMilli') - total(a, 'cpuMilli')
    if (sortBy === 'memory') return total(b, 'memoryBytes') - total(a, 'memoryBytes')
    if (allNs && a.namespace !== b.namespace) return a.namespace < b.namespace ? -1 : 1
    return a.name < b.name ? -1 : a.name > b.name ? 1 : 0
  })
  let text = ''
  if (!flagBool(ctx.flags, 'no-headers')) text += `${allNs ? 'NAMESPACE\t' : ''}${containers ? 'POD\t' : ''}NAME\tCPU(cores)\tMEMORY(bytes)\t\n`
  for (const m of metrics) {
    const prefix = allNs ? `${m.namespace}\t` : ''
    if (containers) {
      for (const c of [...m.containers].sort((a, b) => (a.name < b.name ? -1 : 1))) text += `${prefix}${m.name}\t${c.name}\t${cpu(c.cpuMilli)}\t${mem(c.memoryBytes)}\t\n`
    } else {
      text += `${prefix}${m.name}\t${cpu(total(m, 'cpuMilli'))}\t${mem(total(m, 'memoryBytes'))}\t\n`
    }
  }
  if (flagBool(ctx.flags, 'sum')) {
    const width = 3 + (allNs ? 1 : 0) + (containers ? 1 : 0)
    text += '\t'.repeat(width - 2) + '________\t________\t\n'
    const cpuSum = metrics.reduce((s, m) => s + total(m, 'cpuMilli'), 0)
    const memSum = metrics.reduce((s, m) => s + total(m, 'memoryBytes'), 0)
    text += '\t'.repeat(width - 3) + `\t${cpu(cpuSum)}\t${mem(memSum)}\t\n`
  }
  ctx.out(formatTabbed(text, TABLE))
}

export const topCommand: CommandSpec = {
  name: 'top',
  group: 'Cluster Management Commands',
  short: 'Display resource (CPU/memory) usage',
  long: `Display resource (CPU/memory) usage.

 The top command allows you to see the resource consumption for nodes or pods.

 This command requires Metrics Server to be correctly configured and working on the server.`,
  usage: 'top',
  subcommands: [
    {
      name: 'node',
      aliases: ['nodes', 'no'],
      short: 'Display resource (CPU/memory) usage of nodes',
      long: 'Display resource (CPU/memory) usage of nodes.\n\n The top-node command allows you to see the resource consumption of nodes.',
      examples: '  # Show metrics for all nodes\n  kubectl top node\n  \n  # Show metrics for a given node\n  kubectl top node NODE_NAME',
      usage: 'top node [NAME | -l label]',
      flags: [
        SELECTOR_FLAG,
        { name: 'sort-by', type: 'string', usage: "If non-empty, sort nodes list using specified field. The field can be either 'cpu' or 'memory'." },
        { name: 'no-headers', type: 'bool', usage: 'If present, print output without headers' },
        { name: 'show-capacity', type: 'bool', usage: 'Print node resources based on Capacity instead of Allocatable(default) of the nodes.' }
      ],
      run: topNode
    },
    {
      name: 'pod',
      aliases: ['pods', 'po'],
      short: 'Display resource (CPU/memory) usage of pods',
      long: "Display resource (CPU/memory) usage of pods.\n\n The 'top pod' command allows you to see the resource consumption of pods.\n\n Due to the metrics pipeline delay, they may be unavailable for a few minutes since pod creation.",
      examples: '  # Show metrics for all pods in the default namespace\n  kubectl top pod\n  \n  # Show metrics for all pods in the given namespace\n  kubectl top pod --namespace=NAMESPACE\n  \n  # Show metrics for a given pod and its containers\n  kubectl top pod POD_NAME --containers\n  \n  # Show metrics for the pods defined by label name=myLabel\n  kubectl top pod -l name=myLabel',
      usage: 'top pod [NAME | -l label]',
      flags: [
        SELECTOR_FLAG,
        { name: 'all-namespaces', short: 'A', type: 'bool', usage: 'If present, list the requested object(s) across all namespaces. Namespace in current context is ignored even if specified with --namespace.' },
        { name: 'containers', type: 'bool', usage: 'If present, print usage of containers within a pod.' },
        { name: 'sort-by', type: 'string', usage: "If non-empty, sort pods list using specified field. The field can be either 'cpu' or 'memory'." },
        { name: 'no-headers', type: 'bool', usage: 'If present, print output without headers.' },
        { name: 'sum', type: 'bool', usage: 'Print the sum of the resource usage' },
        { name: 'field-selector', type: 'string', usage: "Selector (field query) to filter on, supports '=', '==', and '!='.(e.g. --field-selector key1=value1,key2=value2). The server only supports a limited number of field queries per type." }
      ],
      run: topPod
    }
  ]
}

import type { KubeObject } from '../../engine/contract'
import type { Ctx } from '../context'
import { CmdError } from '../errors'
import { flagBool, flagList, flagString } from '../flags'
import { printObjects } from '../output/generic'
import { since } from '../output/age'
import { formatTabbed } from '../output/tabwriter'
import { PRINT_FLAGS, outputFormat } from '../print'
import { parseResourceArgs } from '../resources'
import type { CommandSpec } from './types'

// kubectl events (pkg/cmd/events/events.go and event_printer.go): events sorted by
// when they were last seen, in kubectl's own five columns.

function eventTime(e: KubeObject): number {
  return Date.parse(e.series?.lastObservedTime ?? e.lastTimestamp ?? e.eventTime ?? '') || 0
}

function interval(e: KubeObject, now: number): string {
  const first = e.eventTime ? since(e.eventTime, now) : since(e.firstTimestamp, now)
  if (e.series) return `${since(e.series.lastObservedTime, now)} (x${e.series.count} over ${first})`
  if ((e.count ?? 0) > 1) return `${since(e.lastTimestamp, now)} (x${e.count} over ${first})`
  return first
}

async function runEvents(ctx: Ctx): Promise<void> {
  const types = flagList(ctx.flags, 'types')
  for (const t of types) if (!['normal', 'warning'].includes(t.toLowerCase())) throw new CmdError('valid --types are Normal or Warning')
  const allNs = flagBool(ctx.flags, 'all-namespaces')
  const forObject = flagString(ctx.flags, 'for')
  let forKind = ''
  let forName = ''
  if (forObject) {
    const slash = forObject.indexOf('/')
    if (slash < 0) throw new CmdError('--for must be in resource/name form')
    if (forObject.indexOf('/', slash + 1) >= 0) throw new CmdError('arguments in resource/name form may not have more than one slash')
    const parsed = parseResourceArgs(ctx.cluster, [forObject])
    if (parsed.kind !== 'pairs') throw new CmdError('--for must be in resource/name form')
    forKind = parsed.pairs[0].resource.kind
    forName = parsed.pairs[0].name
  }
  const format = await outputFormat(ctx, true)
  let events = ctx.cluster.list('events', allNs ? undefined : ctx.namespace, {}, ctx.user)
  if (forName) events = events.filter((e) => e.involvedObject?.kind === forKind && e.involvedObject?.name === forName)
  if (types.length) events = events.filter((e) => types.some((t) => t.toLowerCase() === String(e.type ?? '').toLowerCase()))
  if (!events.length) {
    ctx.err(allNs ? 'No events found.\n' : `No events found in ${ctx.namespace} namespace.\n`)
    return
  }
  events = events.map((e, i) => ({ e, i })).sort((a, b) => eventTime(a.e) - eventTime(b.e) || a.i - b.i).map((x) => x.e)
  if (format.type !== 'table') {
    ctx.out(printObjects(format, events, true, { noHeaders: flagBool(ctx.flags, 'no-headers'), names: events.map((e) => `event/${e.metadata.name}`) }))
    return
  }
  const now = ctx.now()
  let text = flagBool(ctx.flags, 'no-headers') ? '' : `${allNs ? 'NAMESPACE\t' : ''}LAST SEEN\tTYPE\tREASON\tOBJECT\tMESSAGE\n`
  for (const e of events) {
    text += `${allNs ? `${e.metadata.namespace}\t` : ''}${interval(e, now)}\t${e.type ?? ''}\t${e.reason ?? ''}\t${e.involvedObject?.kind ?? ''}/${e.involvedObject?.name ?? ''}\t${String(e.message ?? '').trim()}\n`
  }
  ctx.out(formatTabbed(text, { minWidth: 6, padding: 3 }))
}

export const eventsCommand: CommandSpec = {
  name: 'events',
  group: 'Troubleshooting and Debugging Commands',
  short: 'List events',
  long: `Display events.

 Prints a table of the most important information about events. You can request events for a namespace, for all namespace, or filtered to only those pertaining to a specified resource.`,
  examples: `  # List recent events in the default namespace
  kubectl events
  
  # List recent events in all namespaces
  kubectl events --all-namespaces
  
  # List recent events for the specified pod, then wait for more events and list them as they arrive
  kubectl events --for pod/web-pod-13je7 --watch
  
  # List recent events in YAML format
  kubectl events -oyaml
  
  # List recent only events of type 'Warning' or 'Normal'
  kubectl events --types=Warning,Normal`,
  usage: 'events [(-o|--output=)json|yaml|name|go-template|go-template-file|template|templatefile|jsonpath|jsonpath-as-json|jsonpath-file] [--for TYPE/NAME] [--watch] [--types=Normal,Warning]',
  flags: [
    ...PRINT_FLAGS.filter((f) => ['output', 'no-headers', 'template', 'allow-missing-template-keys', 'show-managed-fields'].includes(f.name)),
    { name: 'all-namespaces', short: 'A', type: 'bool', usage: 'If present, list the requested object(s) across all namespaces. Namespace in current context is ignored even if specified with --namespace.' },
    { name: 'for', type: 'string', usage: 'Filter events to only those pertaining to the specified resource.' },
    { name: 'types', type: 'stringSlice', usage: 'Output only events of given types.' },
    { name: 'watch', short: 'w', type: 'bool', usage: 'After listing the requested events, watch for more events.' },
    { name: 'chunk-size', type: 'int', default: 500, usage: 'Return large lists in chunks rather than all at once. Pass 0 to disable. This flag is beta and may change in the future.' }
  ],
  run: runEvents
}

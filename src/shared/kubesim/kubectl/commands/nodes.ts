/* eslint-disable @typescript-eslint/no-explicit-any */
import { ApiException, type KubeObject } from '../../engine/contract'
import type { Ctx } from '../context'
import { CmdError, RawError, usageError } from '../errors'
import { flagBool, flagString } from '../flags'
import { OBJECT_OUTPUT_FLAGS, outputFormat } from '../print'
import { selectTargets, type Target } from '../targets'
import { dryRunStrategy, type DryRun } from './create/common'
import { printChanged } from './mutate-print'
import { DRY_RUN_FLAG, SELECTOR_FLAG } from './shared-flags'
import type { CommandSpec } from './types'
import { goDuration } from '../output/gofmt'

// kubectl taint, cordon, uncordon and drain (pkg/cmd/taint, pkg/cmd/drain and
// pkg/drain: filters, eviction with retries while a PodDisruptionBudget refuses).

const NODE = { kind: 'Node', group: '' }

interface Taint {
  key: string
  value?: string
  effect?: string
}

function taintText(t: Taint): string {
  if (!t.effect) return t.value ? `${t.key}=${t.value}:` : t.key
  return t.value ? `${t.key}=${t.value}:${t.effect}` : `${t.key}:${t.effect}`
}

function parseTaint(spec: string): Taint {
  const parts = spec.split(':')
  if (parts.length > 2) throw new CmdError(`invalid taint spec: ${spec}`)
  const [kv, effect] = parts
  if (effect !== undefined && !['NoSchedule', 'PreferNoSchedule', 'NoExecute'].includes(effect)) {
    throw new CmdError(`invalid taint effect: ${effect}, unsupported taint effect`)
  }
  const kvParts = effect === undefined ? [kv] : kv.split('=')
  if (kvParts.length > 2) throw new CmdError(`invalid taint spec: ${spec}`)
  const [key, value] = kvParts
  if (!/^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/.test(key)) {
    throw new CmdError(`invalid taint spec: ${spec}, name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')`)
  }
  return { key, ...(value ? { value } : {}), ...(effect ? { effect } : {}) }
}

async function runTaint(ctx: Ctx): Promise<void> {
  const args = ctx.flags.args
  const specs: string[] = []
  const resources: string[] = []
  for (const a of args) {
    if (a.includes('=') || a.includes(':') || a.endsWith('-')) specs.push(a)
    else if (specs.length) throw new CmdError(`all resources must be specified before taint changes: ${a}`)
    else resources.push(a)
  }
  if (!resources.length) throw new CmdError('one or more resources must be specified as <resource> <name>')
  if (!specs.length) throw new CmdError('at least one taint update is required')
  const add: Taint[] = []
  const remove: Taint[] = []
  for (const s of specs) {
    if (s.endsWith('-')) {
      const t = parseTaint(s.slice(0, -1))
      remove.push({ key: t.key, ...(t.effect ? { effect: t.effect } : {}) })
    } else {
      const t = parseTaint(s)
      if (!t.effect) throw usageError(ctx.commandPath, `invalid taint spec: ${s}`)
      if (add.some((x) => x.key === t.key && x.effect === t.effect)) throw new CmdError(`duplicated taints with the same key and effect: ${JSON.stringify(t)}`)
      add.push(t)
    }
  }
  const conflicts = remove.filter((r) => add.some((a) => a.key === r.key && (!r.effect || a.effect === r.effect))).map(taintText)
  if (conflicts.length) throw new CmdError(`can not both modify and remove the following taint(s) in the same command: ${conflicts.join(', ')}`)
  const type = resources[0].split('/')[0]
  const resource = ctx.cluster.resolveResource(type)
  if (resource && resource.kind !== 'Node') throw new CmdError(`invalid resource type ${type}, only node types are supported`)
  const overwrite = flagBool(ctx.flags, 'overwrite')
  const dryRun = dryRunStrategy(ctx)
  const format = await outputFormat(ctx, false)
  const { targets, errors } = await selectTargets(ctx, { args: resources, all: true })
  for (const t of targets) {
    const old: Taint[] = t.object.spec?.taints ?? []
    if (!overwrite) {
      const exists = add.filter((a) => old.some((o) => o.key === a.key && o.effect === a.effect)).map((a) => a.key)
      if (exists.length) throw new CmdError(`node ${t.name} already has ${exists.join(',')} taint(s) with same effect(s) and --overwrite is false`)
    }
    const next: Taint[] = [...add]
    let added = false
    for (const o of old) {
      if (next.some((n) => n.key === o.key && n.effect === o.effect)) continue
      next.push(o)
    }
    for (const a of add) if (!old.some((o) => o.key === a.key && o.effect === a.effect && o.value === a.value)) added = true
    const notFound: string[] = []
    let deleted = false
    let result = next
    for (const r of remove) {
      const before = result.length
      result = result.filter((x) => !(x.key === r.key && (!r.effect || x.effect === r.effect)))
      deleted = result.length < before
      if (!deleted) notFound.push(`error: taint "${taintText(r)}" not found`)
    }
    if (notFound.length) throw new RawError(notFound.join('\n'))
    const operation = (added && deleted) || overwrite ? 'modified' : added ? 'tainted' : 'untainted'
    const patched =
      dryRun === 'client'
        ? { ...t.object, spec: { ...t.object.spec, taints: result } }
        : ctx.cluster.patch(t.resource, undefined, t.name, { spec: { taints: result.length ? result : null } }, 'merge', { user: ctx.user, dryRun: dryRun === 'server' })
    printChanged(ctx, format, t.resource, patched, operation, dryRun)
  }
  if (errors.length) throw new RawError(errors.join('\n'))
}

function cordonNodes(ctx: Ctx, targets: Target[], desired: boolean, dryRun: DryRun, format: Awaited<ReturnType<typeof outputFormat>>): void {
  for (const t of targets) {
    if (t.resource.kind !== 'Node') {
      printChanged(ctx, format, t.resource, t.object, 'skipped', dryRun)
      continue
    }
    if (!!t.object.spec?.unschedulable === desired) {
      printChanged(ctx, format, NODE, t.object, desired ? 'already cordoned' : 'already uncordoned', dryRun)
      continue
    }
    if (dryRun !== 'client') {
      try {
        ctx.cluster.patch(t.resource, undefined, t.name, { spec: { unschedulable: desired ? true : null } }, 'merge', { user: ctx.user, dryRun: dryRun === 'server' })
      } catch (e) {
        if (e instanceof ApiException) {
          ctx.err(`error: unable to ${desired ? 'cordon' : 'uncordon'} node "${t.name}": ${e.status.message}\n`)
          continue
        }
        throw e
      }
    }
    printChanged(ctx, format, NODE, t.object, desired ? 'cordoned' : 'uncordoned', dryRun)
  }
}

async function nodeTargets(ctx: Ctx): Promise<Target[]> {
  const args = ctx.flags.args
  const selector = flagString(ctx.flags, 'selector')
  if (args.length && selector) throw usageError(ctx.commandPath, 'error: cannot specify both a node name and a --selector option')
  if (!args.length && !selector) throw usageError(ctx.commandPath, `USAGE: ${ctx.commandPath.split(' ').pop()} NODE [flags]`)
  const { targets, errors } = await selectTargets(ctx, { args: args.some((a) => a.includes('/')) ? args : ['nodes', ...args] })
  if (errors.length) throw new RawError(errors.join('\n'))
  return targets
}

function cordonRunner(desired: boolean) {
  return async (ctx: Ctx): Promise<void> => {
    const dryRun = dryRunStrategy(ctx)
    const format = await outputFormat(ctx, false)
    cordonNodes(ctx, await nodeTargets(ctx), desired, dryRun, format)
  }
}

interface Candidate {
  pod: KubeObject
  warning?: string
  error?: string
}

/** pkg/drain filters: skip DaemonSet and mirror pods, refuse what needs a flag. */
function podsForDeletion(ctx: Ctx, node: string): { pods: KubeObject[]; warnings: string; errors: string[] } {
  const force = flagBool(ctx.flags, 'force')
  const ignoreDs = flagBool(ctx.flags, 'ignore-daemonsets')
  const emptyDir = flagBool(ctx.flags, 'delete-emptydir-data')
  const selector = flagString(ctx.flags, 'pod-selector')
  const all = ctx.cluster.list('pods', undefined, { fieldSelector: `spec.nodeName=${node}`, labelSelector: selector || undefined }, ctx.user)
  const candidates: Candidate[] = []
  for (const pod of all) {
    const finished = pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed'
    const owner = (pod.metadata.ownerReferences ?? []).find((o) => o.controller)
    if (pod.metadata.annotations?.['kubernetes.io/config.mirror']) continue
    if (owner?.kind === 'DaemonSet' && !finished) {
      if (!ignoreDs) candidates.push({ pod, error: 'DaemonSet-managed Pods (use --ignore-daemonsets to ignore)' })
      else candidates.push({ pod, warning: 'ignoring DaemonSet-managed Pods' })
      continue
    }
    let warning: string | undefined
    if (!finished && (pod.spec?.volumes ?? []).some((v: any) => v.emptyDir)) {
      if (!emptyDir) {
        candidates.push({ pod, error: 'Pods with local storage (use --delete-emptydir-data to override)' })
        continue
      }
      warning = 'deleting Pods with local storage'
    }
    if (!finished && !owner) {
      if (!force) {
        candidates.push({ pod, error: 'Pods that declare no controller (use --force to override)' })
        continue
      }
      warning = 'deleting Pods that declare no controller'
    }
    candidates.push({ pod, warning })
  }
  const group = (key: 'warning' | 'error'): Map<string, string[]> => {
    const m = new Map<string, string[]>()
    for (const c of candidates) {
      const msg = c[key]
      if (!msg) continue
      m.set(msg, [...(m.get(msg) ?? []), `${c.pod.metadata.namespace}/${c.pod.metadata.name}`])
    }
    return m
  }
  const errors = [...group('error')].map(([msg, pods]) => `cannot delete ${msg}: ${pods.join(', ')}`)
  const warnings = [...group('warning')].map(([msg, pods]) => `${msg}: ${pods.join(', ')}`).join('; ')
  const pods = candidates.filter((c) => !c.error && c.warning !== 'ignoring DaemonSet-managed Pods').map((c) => c.pod)
  return { pods, warnings, errors }
}

function evictAll(ctx: Ctx, pods: KubeObject[], dryRun: DryRun, timeout: number): string | undefined {
  const gone = (p: KubeObject): boolean => {
    try {
      return ctx.cluster.get('pods', p.metadata.namespace, p.metadata.name).metadata.uid !== p.metadata.uid
    } catch {
      return true
    }
  }
  let pending = [...pods]
  const waiting: KubeObject[] = []
  let elapsed = 0
  let nextAttempt = 0
  while (pending.length || waiting.length) {
    if (pending.length && elapsed >= nextAttempt) {
      for (const p of pending) ctx.out(`evicting pod ${p.metadata.namespace}/${p.metadata.name}${dryRun === 'server' ? ' (server dry run)' : ''}\n`)
      const retry: KubeObject[] = []
      for (const p of pending) {
        try {
          ctx.cluster.evict(p.metadata.namespace!, p.metadata.name, { user: ctx.user, dryRun: dryRun === 'server' })
          if (dryRun !== 'server') waiting.push(p)
        } catch (e) {
          if (!(e instanceof ApiException)) throw e
          if (e.status.reason === 'NotFound') continue
          if (e.status.reason === 'TooManyRequests') {
            ctx.err(`error when evicting pods/"${p.metadata.name}" -n "${p.metadata.namespace}" (will retry after 5s): ${e.status.message}\n`)
            retry.push(p)
          } else {
            return `error when evicting pods/"${p.metadata.name}" -n "${p.metadata.namespace}": ${e.status.message}`
          }
        }
      }
      pending = retry
      nextAttempt = elapsed + 5
    }
    for (const p of [...waiting]) {
      if (gone(p)) {
        ctx.out(`pod/${p.metadata.name} evicted\n`)
        waiting.splice(waiting.indexOf(p), 1)
      }
    }
    if (!pending.length && !waiting.length) break
    if (elapsed >= timeout) {
      const p = pending[0] ?? waiting[0]
      return `error when evicting pods/"${p.metadata.name}" -n "${p.metadata.namespace}": global timeout reached: ${goDuration(timeout)}`
    }
    ctx.cluster.advance(1)
    elapsed++
  }
  return undefined
}

async function runDrain(ctx: Ctx): Promise<void> {
  const dryRun = dryRunStrategy(ctx)
  const format = await outputFormat(ctx, false)
  const targets = await nodeTargets(ctx)
  cordonNodes(ctx, targets, true, dryRun, format)
  const timeoutText = flagString(ctx.flags, 'timeout')
  let timeout = 0
  for (const [, n, unit] of timeoutText.matchAll(/([\d.]+)(ms|s|m|h)/g)) timeout += Number(n) * ({ ms: 0.001, s: 1, m: 60, h: 3600 } as Record<string, number>)[unit]
  if (!timeout) timeout = 300
  const remaining: string[] = []
  const fatal: string[] = []
  for (const t of targets) {
    if (t.resource.kind !== 'Node') continue
    const { pods, warnings, errors } = podsForDeletion(ctx, t.name)
    let error: string | undefined = errors.length ? errors.join('\n') : undefined
    if (!error) {
      if (warnings) ctx.err(`Warning: ${warnings}\n`)
      if (dryRun === 'client') for (const p of pods) ctx.out(`evicting pod ${p.metadata.namespace}/${p.metadata.name} (dry run)\n`)
      else error = evictAll(ctx, pods, dryRun, timeout)
    }
    if (!error) {
      printChanged(ctx, format, NODE, t.object, 'drained', dryRun)
    } else {
      ctx.err(`error: unable to drain node "${t.name}" due to error: ${error}, continuing command...\n`)
      remaining.push(t.name)
      fatal.push(error)
    }
  }
  if (remaining.length) {
    ctx.err(`There are pending nodes to be drained:\n${remaining.map((n) => ` ${n}\n`).join('')}`)
    throw new RawError(fatal.join('\n'))
  }
}

const nodeFlags = [...OBJECT_OUTPUT_FLAGS, DRY_RUN_FLAG, SELECTOR_FLAG]

export const NODE_COMMANDS: CommandSpec[] = [
  {
    name: 'cordon',
    group: 'Cluster Management Commands',
    short: 'Mark node as unschedulable',
    long: 'Mark node as unschedulable.',
    examples: '  # Mark node "foo" as unschedulable\n  kubectl cordon foo',
    usage: 'cordon NODE',
    flags: nodeFlags,
    run: cordonRunner(true)
  },
  {
    name: 'uncordon',
    group: 'Cluster Management Commands',
    short: 'Mark node as schedulable',
    long: 'Mark node as schedulable.',
    examples: '  # Mark node "foo" as schedulable\n  kubectl uncordon foo',
    usage: 'uncordon NODE',
    flags: nodeFlags,
    run: cordonRunner(false)
  },
  {
    name: 'drain',
    group: 'Cluster Management Commands',
    short: 'Drain node in preparation for maintenance',
    long: `Drain node in preparation for maintenance.

 The given node will be marked unschedulable to prevent new pods from arriving. 'drain' evicts the pods if the API server supports https://kubernetes.io/docs/concepts/workloads/pods/disruptions/ eviction https://kubernetes.io/docs/concepts/workloads/pods/disruptions/ . Otherwise, it will use normal DELETE to delete the pods. The 'drain' evicts or deletes all pods except mirror pods (which cannot be deleted through the API server).  If there are daemon set-managed pods, drain will not proceed without --ignore-daemonsets, and regardless it will not delete any daemon set-managed pods, because those pods would be immediately replaced by the daemon set controller, which ignores unschedulable markings.  If there are any pods that are neither mirror pods nor managed by a replication controller, replica set, daemon set, stateful set, or job, then drain will not delete any pods unless you use --force.  --force will also allow deletion to proceed if the managing resource of one or more pods is missing.

 'drain' waits for graceful termination. You should not operate on the machine until the command completes.

 When you are ready to put the node back into service, use kubectl uncordon, which will make the node schedulable again.`,
    examples: `  # Drain node "foo", even if there are pods not managed by a replication controller, replica set, job, daemon set, or stateful set on it
  kubectl drain foo --force
  
  # As above, but abort if there are pods not managed by a replication controller, replica set, job, daemon set, or stateful set, and use a grace period of 15 minutes
  kubectl drain foo --grace-period=900`,
    usage: 'drain NODE',
    flags: [
      ...nodeFlags,
      { name: 'force', type: 'bool', usage: 'Continue even if there are pods that do not declare a controller.' },
      { name: 'ignore-daemonsets', type: 'bool', usage: 'Ignore DaemonSet-managed pods.' },
      { name: 'delete-emptydir-data', type: 'bool', usage: 'Continue even if there are pods using emptyDir (local data that will be deleted when the node is drained).' },
      { name: 'grace-period', type: 'int', default: -1, usage: 'Period of time in seconds given to each pod to terminate gracefully. If negative, the default value specified in the pod will be used.' },
      { name: 'timeout', type: 'duration', default: '0s', usage: 'The length of time to wait before giving up, zero means infinite' },
      { name: 'pod-selector', type: 'string', usage: 'Label selector to filter pods on the node' },
      { name: 'disable-eviction', type: 'bool', usage: 'Force drain to use delete, even if eviction is supported. This will bypass checking PodDisruptionBudgets, use with caution.' },
      { name: 'skip-wait-for-delete-timeout', type: 'int', usage: 'If pod DeletionTimestamp older than N seconds, skip waiting for the pod.  Seconds must be greater than 0 to skip.' },
      { name: 'chunk-size', type: 'int', default: 500, usage: 'Return large lists in chunks rather than all at once. Pass 0 to disable. This flag is beta and may change in the future.' }
    ],
    run: runDrain
  },
  {
    name: 'taint',
    group: 'Cluster Management Commands',
    short: 'Update the taints on one or more nodes',
    long: `Update the taints on one or more nodes.

  *  A taint consists of a key, value, and effect. As an argument here, it is expressed as key=value:effect.
  *  The key must begin with a letter or number, and may contain letters, numbers, hyphens, dots, and underscores, up to 253 characters.
  *  Optionally, the key can begin with a DNS subdomain prefix and a single '/', like example.com/my-app.
  *  The value is optional. If given, it must begin with a letter or number, and may contain letters, numbers, hyphens, dots, and underscores, up to 63 characters.
  *  The effect must be NoSchedule, PreferNoSchedule or NoExecute.
  *  Currently taint can only apply to node.`,
    examples: `  # Update node 'foo' with a taint with key 'dedicated' and value 'special-user' and effect 'NoSchedule'
  # If a taint with that key and effect already exists, its value is replaced as specified
  kubectl taint nodes foo dedicated=special-user:NoSchedule
  
  # Remove from node 'foo' the taint with key 'dedicated' and effect 'NoSchedule' if one exists
  kubectl taint nodes foo dedicated:NoSchedule-
  
  # Remove from node 'foo' all the taints with key 'dedicated'
  kubectl taint nodes foo dedicated-
  
  # Add a taint with key 'dedicated' on nodes having label myLabel=X
  kubectl taint node -l myLabel=X  dedicated=foo:PreferNoSchedule
  
  # Add to node 'foo' a taint with key 'bar' and no value
  kubectl taint nodes foo bar:NoSchedule`,
    usage: 'taint NODE NAME KEY_1=VAL_1:TAINT_EFFECT_1 ... KEY_N=VAL_N:TAINT_EFFECT_N',
    flags: [
      ...nodeFlags,
      { name: 'overwrite', type: 'bool', usage: 'If true, allow taints to be overwritten, otherwise reject taint updates that overwrite existing taints.' },
      { name: 'all', type: 'bool', usage: 'Select all nodes in the cluster' }
    ],
    run: runTaint
  }
]

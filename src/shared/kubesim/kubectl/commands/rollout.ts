/* eslint-disable @typescript-eslint/no-explicit-any */
import { ApiException, type KubeObject } from '../../engine/contract'
import type { Ctx } from '../context'
import { describePodTemplate } from '../describe/containers'
import { RawWriter } from '../describe/writer'
import { apiErrorMessage, CmdError, RawError } from '../errors'
import { flagBool, flagDuration, flagInt, flagString } from '../flags'
import { formatTabbed } from '../output/tabwriter'
import { OBJECT_OUTPUT_FLAGS, outputFormat } from '../print'
import { qualifiedName } from '../resources'
import { selectTargets, waitUntil, type Target } from '../targets'
import { dryRunStrategy } from './create/common'
import { printChanged } from './mutate-print'
import { DRY_RUN_FLAG, FIELD_MANAGER, FILENAME_FLAGS, SELECTOR_FLAG } from './shared-flags'
import type { CommandSpec } from './types'

// kubectl rollout status|history|undo|restart|pause|resume (pkg/cmd/rollout and
// polymorphichelpers rollout_status.go, history.go, rollback.go). `status` waits as
// the real one does, the simulated clock moving meanwhile.

const ROLLOUT_KINDS = ['Deployment', 'DaemonSet', 'StatefulSet']
const REVISION = 'deployment.kubernetes.io/revision'

async function targetsOf(ctx: Ctx): Promise<{ targets: Target[]; errors: string[] }> {
  if (!ctx.flags.args.length && !ctx.flags.changed.has('filename') && !ctx.flags.changed.has('selector')) {
    throw new CmdError('required resource not specified')
  }
  return selectTargets(ctx)
}

function ownedReplicaSets(ctx: Ctx, d: KubeObject): KubeObject[] {
  return ctx.cluster.list('replicasets', d.metadata.namespace, undefined, ctx.user).filter((rs) =>
    (rs.metadata.ownerReferences ?? []).some((o) => o.controller && o.uid === d.metadata.uid)
  )
}

/** rollout_status.go: the line to print and whether the rollout is done. */
function statusOf(obj: KubeObject): { text: string; done: boolean } {
  const spec = obj.spec ?? {}
  const st = obj.status ?? {}
  const name = obj.metadata.name
  if (obj.kind === 'Deployment') {
    if ((obj.metadata.generation ?? 0) <= (st.observedGeneration ?? 0)) {
      const progressing = (st.conditions ?? []).find((c: any) => c.type === 'Progressing')
      if (progressing?.reason === 'ProgressDeadlineExceeded') throw new CmdError(`deployment "${name}" exceeded its progress deadline`)
      const replicas = spec.replicas ?? 1
      if ((st.updatedReplicas ?? 0) < replicas) return { text: `Waiting for deployment "${name}" rollout to finish: ${st.updatedReplicas ?? 0} out of ${replicas} new replicas have been updated...\n`, done: false }
      if ((st.replicas ?? 0) > (st.updatedReplicas ?? 0)) return { text: `Waiting for deployment "${name}" rollout to finish: ${(st.replicas ?? 0) - (st.updatedReplicas ?? 0)} old replicas are pending termination...\n`, done: false }
      if ((st.availableReplicas ?? 0) < (st.updatedReplicas ?? 0)) return { text: `Waiting for deployment "${name}" rollout to finish: ${st.availableReplicas ?? 0} of ${st.updatedReplicas ?? 0} updated replicas are available...\n`, done: false }
      return { text: `deployment "${name}" successfully rolled out\n`, done: true }
    }
    return { text: 'Waiting for deployment spec update to be observed...\n', done: false }
  }
  if (obj.kind === 'DaemonSet') {
    if (spec.updateStrategy?.type !== 'RollingUpdate') throw new CmdError('rollout status is only available for RollingUpdate strategy type')
    if ((obj.metadata.generation ?? 0) <= (st.observedGeneration ?? 0)) {
      if ((st.updatedNumberScheduled ?? 0) < (st.desiredNumberScheduled ?? 0)) return { text: `Waiting for daemon set "${name}" rollout to finish: ${st.updatedNumberScheduled ?? 0} out of ${st.desiredNumberScheduled ?? 0} new pods have been updated...\n`, done: false }
      if ((st.numberAvailable ?? 0) < (st.desiredNumberScheduled ?? 0)) return { text: `Waiting for daemon set "${name}" rollout to finish: ${st.numberAvailable ?? 0} of ${st.desiredNumberScheduled ?? 0} updated pods are available...\n`, done: false }
      return { text: `daemon set "${name}" successfully rolled out\n`, done: true }
    }
    return { text: 'Waiting for daemon set spec update to be observed...\n', done: false }
  }
  if (spec.updateStrategy?.type && spec.updateStrategy.type !== 'RollingUpdate') throw new CmdError('rollout status is only available for RollingUpdate strategy type')
  if (st.observedGeneration === undefined || (obj.metadata.generation ?? 0) > st.observedGeneration) return { text: 'Waiting for statefulset spec update to be observed...\n', done: false }
  const replicas = spec.replicas ?? 1
  if ((st.readyReplicas ?? 0) < replicas) return { text: `Waiting for ${replicas - (st.readyReplicas ?? 0)} pods to be ready...\n`, done: false }
  if (st.updateRevision !== st.currentRevision) return { text: `waiting for statefulset rolling update to complete ${st.updatedReplicas ?? 0} pods at revision ${st.updateRevision}...\n`, done: false }
  return { text: `statefulset rolling update complete ${st.currentReplicas ?? 0} pods at revision ${st.currentRevision}...\n`, done: true }
}

async function rolloutStatus(ctx: Ctx): Promise<void> {
  const { targets, errors } = await targetsOf(ctx)
  if (errors.length) throw new RawError(errors.join('\n'))
  if (!targets.length) {
    ctx.err(`No resources found in ${ctx.namespace} namespace.\n`)
    return
  }
  const watch = flagBool(ctx.flags, 'watch')
  const timeout = flagDuration(ctx.flags, 'timeout') || 600
  for (const t of targets) {
    if (!ROLLOUT_KINDS.includes(t.resource.kind)) throw new CmdError(`no status viewer has been implemented for ${t.resource.kind}`)
    let last = ''
    let done = false
    const step = (): boolean => {
      const obj = ctx.cluster.get(t.resource, t.namespace, t.name, ctx.user)
      const s = statusOf(obj)
      if (s.text !== last) ctx.out(s.text)
      last = s.text
      done = s.done
      return done || !watch
    }
    if (!waitUntil(ctx, step, timeout)) throw new CmdError('timed out waiting for the condition')
  }
}

function historyRows(ctx: Ctx, t: Target): Map<number, KubeObject> {
  const revisions = new Map<number, KubeObject>()
  if (t.resource.kind === 'Deployment') {
    for (const rs of ownedReplicaSets(ctx, t.object)) {
      const v = Number(rs.metadata.annotations?.[REVISION])
      if (Number.isFinite(v)) revisions.set(v, rs)
    }
    return revisions
  }
  for (const cr of ctx.cluster.list('controllerrevisions', t.namespace, undefined, ctx.user)) {
    if ((cr.metadata.ownerReferences ?? []).some((o) => o.uid === t.object.metadata.uid)) revisions.set(Number(cr.revision), cr)
  }
  return revisions
}

function templateOf(rev: KubeObject): any {
  return rev.kind === 'ReplicaSet' ? rev.spec?.template : rev.data?.spec?.template
}

function printTemplate(template: any): string {
  const w = new RawWriter()
  describePodTemplate(w, template)
  return w.toString()
}

async function rolloutHistory(ctx: Ctx): Promise<void> {
  const revision = flagInt(ctx.flags, 'revision')
  if (revision < 0) throw new CmdError(`revision must be a positive integer: ${revision}`)
  const { targets, errors } = await targetsOf(ctx)
  for (const t of targets) {
    if (!ROLLOUT_KINDS.includes(t.resource.kind)) {
      errors.push(`error: no history viewer has been implemented for "${t.resource.kind}${t.resource.group ? '.' + t.resource.group : ''}"`)
      continue
    }
    const rows = historyRows(ctx, t)
    let text: string
    if (!rows.size) text = 'No rollout history found.'
    else if (revision > 0) {
      const rev = rows.get(revision)
      if (!rev) {
        errors.push('error: unable to find the specified revision')
        continue
      }
      text = printTemplate(templateOf(rev))
    } else {
      const lines = ['REVISION\tCHANGE-CAUSE']
      for (const r of [...rows.keys()].sort((a, b) => a - b)) {
        lines.push(`${r}\t${rows.get(r)!.metadata.annotations?.['kubernetes.io/change-cause'] ?? '<none>'}`)
      }
      text = formatTabbed(lines.join('\n') + '\n', { minWidth: 0, padding: 2 })
    }
    ctx.out(`${qualifiedName(t.resource, t.name)} ${revision > 0 ? `with revision #${revision}` : ''}\n${text}\n`)
  }
  if (errors.length) throw new RawError(errors.join('\n'))
}

const SKIPPED_ANNOTATIONS = [
  'kubectl.kubernetes.io/last-applied-configuration',
  REVISION,
  'deployment.kubernetes.io/revision-history',
  'deployment.kubernetes.io/desired-replicas',
  'deployment.kubernetes.io/max-replicas',
  'deprecated.deployment.rollback.to'
]

function withoutHash(template: any): string {
  const copy = JSON.parse(JSON.stringify(template ?? {}))
  if (copy.metadata?.labels) delete copy.metadata.labels['pod-template-hash']
  return JSON.stringify(copy)
}

async function rolloutUndo(ctx: Ctx): Promise<void> {
  const toRevision = flagInt(ctx.flags, 'to-revision')
  const dryRun = dryRunStrategy(ctx)
  const format = await outputFormat(ctx, false)
  const { targets, errors } = await targetsOf(ctx)
  for (const t of targets) {
    try {
      if (t.resource.kind !== 'Deployment') throw new CmdError(`no rollbacker has been implemented for "${t.resource.kind}${t.resource.group ? '.' + t.resource.group : ''}"`)
      if (toRevision < 0) throw new CmdError(`unable to find specified revision ${toRevision} in history`)
      const rows = historyRows(ctx, t)
      const sorted = [...rows.keys()].sort((a, b) => b - a)
      let target: KubeObject | undefined
      if (toRevision > 0) {
        target = rows.get(toRevision)
        if (!target) throw new CmdError(`unable to find specified revision ${toRevision} in history`)
      } else {
        if (sorted.length < 2) throw new CmdError(`no rollout history found for deployment "${t.name}"`)
        target = rows.get(sorted[1])
      }
      const revision = Number(target!.metadata.annotations?.[REVISION])
      if (dryRun === 'client') {
        ctx.out(`${qualifiedName(t.resource, t.name)} ${printTemplate(target!.spec?.template)}\n`)
        continue
      }
      if (t.object.spec?.paused) throw new CmdError("you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume' and try again")
      if (withoutHash(target!.spec?.template) === withoutHash(t.object.spec?.template)) {
        printChanged(ctx, format, t.resource, t.object, `skipped rollback (current template already matches revision ${revision})`, dryRun)
        continue
      }
      const template = JSON.parse(JSON.stringify(target!.spec?.template))
      if (template.metadata?.labels) delete template.metadata.labels['pod-template-hash']
      const annotations: Record<string, string> = {}
      for (const k of SKIPPED_ANNOTATIONS) if (t.object.metadata.annotations?.[k] !== undefined) annotations[k] = t.object.metadata.annotations[k]
      for (const [k, v] of Object.entries<string>(target!.metadata.annotations ?? {})) if (!SKIPPED_ANNOTATIONS.includes(k)) annotations[k] = v
      const patch = [
        { op: 'replace', path: '/spec/template', value: template },
        { op: 'replace', path: '/metadata/annotations', value: annotations }
      ]
      let result: KubeObject
      try {
        result = ctx.cluster.patch(t.resource, t.namespace, t.name, patch, 'json', { user: ctx.user, dryRun: dryRun === 'server' })
      } catch (e) {
        if (e instanceof ApiException) throw new CmdError(`failed restoring revision ${revision}: ${e.status.message}`)
        throw e
      }
      printChanged(ctx, format, t.resource, result, 'rolled back', dryRun)
    } catch (e) {
      if (e instanceof ApiException) errors.push(apiErrorMessage(e.status))
      else if (e instanceof CmdError) errors.push(`error: ${e.message}`)
      else throw e
    }
  }
  if (errors.length) throw new RawError(errors.join('\n'))
}

function patcher(operation: 'restarted' | 'paused' | 'resumed') {
  return async (ctx: Ctx): Promise<void> => {
    const dryRun = dryRunStrategy(ctx)
    const format = await outputFormat(ctx, false)
    const { targets, errors } = await targetsOf(ctx)
    if (!targets.length && !errors.length) ctx.err(`No resources found in ${ctx.namespace} namespace.\n`)
    for (const t of targets) {
      const kindName = `${t.resource.name}${t.resource.group ? '.' + t.resource.group : ''}`
      try {
        const allowed = operation === 'restarted' ? ROLLOUT_KINDS : ['Deployment']
        if (!allowed.includes(t.resource.kind)) {
          errors.push(`error: ${kindName} "${t.name}" ${operation === 'restarted' ? 'restarting is not supported' : operation === 'paused' ? 'pausing is not supported' : 'resuming is not supported'}`)
          continue
        }
        let patch: unknown
        if (operation === 'restarted') {
          const at = new Date(ctx.now()).toISOString().replace(/\.\d+Z$/, 'Z')
          patch = { spec: { template: { metadata: { annotations: { 'kubectl.kubernetes.io/restartedAt': at } } } } }
        } else {
          const want = operation === 'paused'
          if (!!t.object.spec?.paused === want) {
            printChanged(ctx, format, t.resource, t.object, `already ${operation}`, dryRun)
            continue
          }
          patch = { spec: { paused: want } }
        }
        const result = dryRun === 'client' ? t.object : ctx.cluster.patch(t.resource, t.namespace, t.name, patch, 'strategic', { user: ctx.user, dryRun: dryRun === 'server', fieldManager: flagString(ctx.flags, 'field-manager') })
        printChanged(ctx, format, t.resource, result, operation, dryRun)
      } catch (e) {
        if (e instanceof ApiException) errors.push(`error: failed to patch: ${e.status.message}`)
        else throw e
      }
    }
    if (errors.length) throw new RawError(errors.join('\n'))
  }
}

const targetFlags = (what: string) => [...FILENAME_FLAGS(`identifying the resource to get from a server.${what}`), SELECTOR_FLAG]
const mutating = (manager: string) => [...OBJECT_OUTPUT_FLAGS, DRY_RUN_FLAG, FIELD_MANAGER(manager)]

export const rolloutCommand: CommandSpec = {
  name: 'rollout',
  group: 'Deploy Commands',
  short: 'Manage the rollout of a resource',
  long: `Manage the rollout of one or many resources.
        
 Valid resource types include:

  *  deployments
  *  daemonsets
  *  statefulsets`,
  examples: `  # Rollback to the previous deployment
  kubectl rollout undo deployment/abc
  
  # Check the rollout status of a daemonset
  kubectl rollout status daemonset/foo
  
  # Restart a deployment
  kubectl rollout restart deployment/abc
  
  # Restart deployments with the 'app=nginx' label
  kubectl rollout restart deployment --selector=app=nginx`,
  usage: 'rollout SUBCOMMAND',
  subcommands: [
    {
      name: 'history',
      short: 'View rollout history',
      long: 'View previous rollout revisions and configurations.',
      examples: '  # View the rollout history of a deployment\n  kubectl rollout history deployment/abc\n  \n  # View the details of daemonset revision 3\n  kubectl rollout history daemonset/abc --revision=3',
      usage: 'rollout history (TYPE NAME | TYPE/NAME) [flags]',
      flags: [...targetFlags(''), ...OBJECT_OUTPUT_FLAGS, { name: 'revision', type: 'int', usage: 'See the details, including podTemplate of the revision specified' }],
      run: rolloutHistory
    },
    {
      name: 'pause',
      short: 'Mark the provided resource as paused',
      long: 'Mark the provided resource as paused.\n\n Paused resources will not be reconciled by a controller. Use "kubectl rollout resume" to resume a paused resource. Currently only deployments support being paused.',
      usage: 'rollout pause RESOURCE',
      flags: [...targetFlags(''), ...mutating('kubectl-rollout')],
      run: patcher('paused')
    },
    {
      name: 'restart',
      short: 'Restart a resource',
      long: 'Restart a resource.\n\n        Resource rollout will be restarted.',
      usage: 'rollout restart RESOURCE',
      flags: [...targetFlags(''), ...mutating('kubectl-rollout')],
      run: patcher('restarted')
    },
    {
      name: 'resume',
      short: 'Resume a paused resource',
      long: 'Resume a paused resource.\n\n Paused resources will not be reconciled by a controller. By resuming a resource, we allow it to be reconciled again. Currently only deployments support being resumed.',
      usage: 'rollout resume RESOURCE',
      flags: [...targetFlags(''), ...mutating('kubectl-rollout')],
      run: patcher('resumed')
    },
    {
      name: 'status',
      short: 'Show the status of the rollout',
      long: 'Show the status of the rollout.\n\n By default \'rollout status\' will watch the status of the latest rollout until it\'s done. If you don\'t want to wait for the rollout to finish then you can use --watch=false.',
      examples: '  # Watch the rollout status of a deployment\n  kubectl rollout status deployment/nginx',
      usage: 'rollout status (TYPE NAME | TYPE/NAME) [flags]',
      flags: [
        ...targetFlags(''),
        { name: 'watch', short: 'w', type: 'bool', default: true, usage: 'Watch the status of the rollout until it\'s done.' },
        { name: 'revision', type: 'int', usage: 'Pin to a specific revision for showing its status. Defaults to 0 (last revision).' },
        { name: 'timeout', type: 'duration', default: '0s', usage: 'The length of time to wait before ending watch, zero means never. Any other values should contain a corresponding time unit (e.g. 1s, 2m, 3h).' }
      ],
      run: rolloutStatus
    },
    {
      name: 'undo',
      short: 'Undo a previous rollout',
      long: 'Roll back to a previous rollout.',
      examples: '  # Roll back to the previous deployment\n  kubectl rollout undo deployment/abc\n  \n  # Roll back to daemonset revision 3\n  kubectl rollout undo daemonset/abc --to-revision=3',
      usage: 'rollout undo (TYPE NAME | TYPE/NAME) [flags]',
      flags: [...targetFlags(''), ...mutating('kubectl-rollout'), { name: 'to-revision', type: 'int', usage: 'The revision to rollback to. Default to 0 (last revision).' }],
      run: rolloutUndo
    }
  ]
}

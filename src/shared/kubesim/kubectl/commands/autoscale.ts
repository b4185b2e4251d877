import { ApiException, type KubeObject } from '../../engine/contract'
import type { Ctx } from '../context'
import { apiErrorMessage, CmdError, RawError } from '../errors'
import { flagBool, flagInt, flagString } from '../flags'
import { OBJECT_OUTPUT_FLAGS, outputFormat } from '../print'
import { selectTargets } from '../targets'
import { dryRunStrategy, objectMeta, withLastApplied } from './create/common'
import { printChanged } from './mutate-print'
import { DRY_RUN_FLAG, FIELD_MANAGER, FILENAME_FLAGS } from './shared-flags'
import type { CommandSpec } from './types'

// kubectl autoscale (pkg/cmd/autoscale/autoscale.go): an autoscaling/v1
// HorizontalPodAutoscaler for a scalable workload. kubectl sends v1; the simulated API
// server stores autoscaling/v2, so the object is converted here the way the real API
// server converts it (targetCPUUtilizationPercentage → a cpu Utilization metric).

const SCALABLE = ['Deployment', 'ReplicaSet', 'StatefulSet', 'ReplicationController']

function toV2(v1: Record<string, any>): Record<string, unknown> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const { targetCPUUtilizationPercentage, ...spec } = v1.spec
  const metrics =
    targetCPUUtilizationPercentage === undefined
      ? undefined
      : [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: targetCPUUtilizationPercentage } } }]
  return { apiVersion: 'autoscaling/v2', kind: 'HorizontalPodAutoscaler', metadata: v1.metadata, spec: { ...spec, ...(metrics ? { metrics } : {}) } }
}

async function runAutoscale(ctx: Ctx): Promise<void> {
  const max = flagInt(ctx.flags, 'max')
  const min = flagInt(ctx.flags, 'min')
  const cpu = flagInt(ctx.flags, 'cpu-percent')
  if (max < 1) throw new CmdError(`--max=MAXPODS is required and must be at least 1, max: ${max}`)
  if (max < min) throw new CmdError(`--max=MAXPODS must be larger or equal to --min=MINPODS, max: ${max}, min: ${min}`)
  const dryRun = dryRunStrategy(ctx)
  const format = await outputFormat(ctx, false)
  const { targets, errors } = await selectTargets(ctx)
  if (errors.length) throw new RawError(errors.join('\n'))
  let count = 0
  for (const t of targets) {
    const kind = t.object.kind
    if (!SCALABLE.includes(kind)) throw new CmdError(`cannot autoscale a ${kind}: cannot autoscale a ${kind}`)
    const spec: Record<string, unknown> = {
      maxReplicas: max,
      ...(min > 0 ? { minReplicas: min } : {}),
      scaleTargetRef: { apiVersion: t.object.apiVersion, kind, name: t.name },
      ...(cpu >= 0 ? { targetCPUUtilizationPercentage: cpu } : {})
    }
    const hpa: Record<string, unknown> = {
      apiVersion: 'autoscaling/v1',
      kind: 'HorizontalPodAutoscaler',
      metadata: objectMeta(flagString(ctx.flags, 'name') || t.name),
      spec,
      status: { currentReplicas: 0, desiredReplicas: 0 }
    }
    count++
    const info = { kind: 'HorizontalPodAutoscaler', group: 'autoscaling' }
    if (dryRun === 'client') {
      printChanged(ctx, format, info, hpa as KubeObject, 'created', dryRun)
      continue
    }
    const sent = flagBool(ctx.flags, 'save-config') ? withLastApplied(hpa, false) : hpa
    const v2 = toV2(sent)
    const meta: Record<string, unknown> = { ...(v2.metadata as Record<string, unknown>), namespace: t.namespace }
    delete meta.creationTimestamp
    try {
      const created = ctx.cluster.create({ ...v2, metadata: meta }, { user: ctx.user, dryRun: dryRun === 'server', fieldManager: flagString(ctx.flags, 'field-manager') })
      printChanged(ctx, format, info, created, 'autoscaled', dryRun)
    } catch (e) {
      if (e instanceof ApiException) throw new RawError(apiErrorMessage(e.status))
      throw e
    }
  }
  if (!count) throw new CmdError('no objects passed to autoscale')
}

export const autoscaleCommand: CommandSpec = {
  name: 'autoscale',
  group: 'Deploy Commands',
  short: 'Auto-scale a deployment, replica set, stateful set, or replication controller',
  long: `Creates an autoscaler that automatically chooses and sets the number of pods that run in a Kubernetes cluster.

 Looks up a deployment, replica set, stateful set, or replication controller by name and creates an autoscaler that uses the given resource as a reference. An autoscaler can automatically increase or decrease number of pods deployed within the system as needed.`,
  examples: `  # Auto scale a deployment "foo", with the number of pods between 2 and 10, no target CPU utilization specified so a default autoscaling policy will be used
  kubectl autoscale deployment foo --min=2 --max=10
  
  # Auto scale a replication controller "foo", with the number of pods between 1 and 5, target CPU utilization at 80%
  kubectl autoscale rc foo --max=5 --cpu-percent=80`,
  usage: 'autoscale (-f FILENAME | TYPE NAME | TYPE/NAME) [--min=MINPODS] --max=MAXPODS [--cpu-percent=CPU]',
  flags: [
    ...OBJECT_OUTPUT_FLAGS,
    ...FILENAME_FLAGS('identifying the resource to autoscale.'),
    DRY_RUN_FLAG,
    FIELD_MANAGER('kubectl-autoscale'),
    { name: 'min', type: 'int', default: -1, usage: "The lower limit for the number of pods that can be set by the autoscaler. If it's not specified or negative, the server will apply a default value." },
    { name: 'max', type: 'int', default: -1, required: true, usage: 'The upper limit for the number of pods that can be set by the autoscaler. Required.' },
    { name: 'cpu-percent', type: 'int', default: -1, usage: "The target average CPU utilization (represented as a percent of requested CPU) over all the pods. If it's not specified or negative, a default autoscaling policy will be used." },
    { name: 'name', type: 'string', usage: 'The name for the newly created object. If not specified, the name of the input resource will be used.' },
    { name: 'save-config', type: 'bool', usage: 'If true, the configuration of current object will be saved in its annotation. Otherwise, the annotation will be unchanged. This flag is useful when you want to perform kubectl apply on this object in the future.' },
    { name: 'record', type: 'bool', hidden: true, usage: 'Record current kubectl command in the resource annotation.' }
  ],
  run: runAutoscale
}

import { ApiException, type KubeObject } from '../../engine/contract'
import type { Ctx } from '../context'
import { apiErrorMessage, CmdError, RawError } from '../errors'
import { flagDuration, flagString } from '../flags'
import { findResults, parseJsonPath, relaxedJsonPath } from '../output/jsonpath'
import { OBJECT_OUTPUT_FLAGS, outputFormat } from '../print'
import { selectTargets, waitUntil } from '../targets'
import { printChanged } from './mutate-print'
import { FILENAME_FLAGS, SELECTOR_FLAG } from './shared-flags'
import type { CommandSpec } from './types'

// kubectl wait (pkg/cmd/wait/wait.go, condition.go, delete.go, json.go). The
// simulated clock moves while kubectl waits, one second at a time.

type Check = (obj: KubeObject | undefined) => boolean

/** splitJSONPathInput: splits on single `=`, keeps `==`. */
function splitOnEquals(input: string): string[] {
  const out: string[] = []
  let cur = ''
  for (let i = 0; i < input.length; i++) {
    if (input[i] === '=') {
      if (input[i + 1] === '=') {
        cur += '=='
        i++
        continue
      }
      out.push(cur)
      cur = ''
      continue
    }
    cur += input[i]
  }
  return [...out, cur]
}

function conditionFor(condition: string): { check: Check; forDelete: boolean } {
  const lower = condition.toLowerCase()
  if (lower === 'delete') return { check: (o) => o === undefined, forDelete: true }
  if (lower === 'create') return { check: (o) => o !== undefined, forDelete: false }
  if (condition.startsWith('condition=')) {
    let name = condition.slice('condition='.length)
    let value = 'true'
    const eq = name.indexOf('=')
    if (eq >= 0) {
      value = name.slice(eq + 1)
      name = name.slice(0, eq)
    }
    const check: Check = (o) => {
      for (const c of o?.status?.conditions ?? []) {
        if (String(c.type ?? '').toLowerCase() !== name.toLowerCase()) continue
        const generation = o?.metadata.generation
        const observed = c.observedGeneration ?? o?.status?.observedGeneration
        if (generation !== undefined && observed !== undefined && observed < generation) return false
        return String(c.status ?? '').toLowerCase() === value.toLowerCase()
      }
      return false
    }
    return { check, forDelete: false }
  }
  if (condition.startsWith('jsonpath=')) {
    const parts = splitOnEquals(condition.slice('jsonpath='.length))
    if (parts.length < 1 || parts.length > 2) {
      throw new CmdError("jsonpath wait format must be --for=jsonpath='{.status.readyReplicas}'=3 or --for=jsonpath='{.status.readyReplicas}'")
    }
    const expr = relaxedJsonPath(parts[0])
    const want = parts.length === 2 ? parts[1].replace(/^['"]+|['"]+$/g, '') : undefined
    if (parts.length === 2 && !want) throw new CmdError("jsonpath wait has to have a value after equal sign, like --for=jsonpath='{.status.readyReplicas}'=3")
    if (!expr) throw new CmdError('jsonpath expression cannot be empty')
    const path = parseJsonPath(expr)
    const check: Check = (o) => {
      if (!o) return false
      const results = findResults(path, o, { allowMissingKeys: true })
      if (!results.length || !results[0].length) return false
      if (results.length > 1) throw new CmdError('given jsonpath expression matches more than one list')
      if (results[0].length > 1) throw new CmdError('given jsonpath expression matches more than one value')
      if (want === undefined) return true
      const v = results[0][0]
      if (typeof v === 'object' && v !== null) throw new CmdError('jsonpath leads to a nested object or list which is not supported')
      return String(v).trim() === want.trim()
    }
    return { check, forDelete: false }
  }
  throw new CmdError(`unrecognized condition: ${JSON.stringify(condition)}`)
}

async function runWait(ctx: Ctx): Promise<void> {
  const { check, forDelete } = conditionFor(flagString(ctx.flags, 'for'))
  let timeout = flagDuration(ctx.flags, 'timeout')
  if (flagString(ctx.flags, 'timeout').startsWith('-')) timeout = 600
  const format = await outputFormat(ctx, false)
  const { targets, errors } = await selectTargets(ctx, { all: true, ignoreNotFound: forDelete })
  if (errors.length) throw new RawError(errors.join('\n'))
  if (!targets.length && !forDelete) throw new CmdError('no matching resources found')
  for (const t of targets) {
    const fetch = (): KubeObject | undefined => {
      try {
        const o = ctx.cluster.get(t.resource, t.namespace, t.name, ctx.user)
        return forDelete && o.metadata.uid !== t.object.metadata.uid ? undefined : o
      } catch (e) {
        if (e instanceof ApiException && e.status.reason === 'NotFound') {
          if (forDelete) return undefined
          throw new RawError(apiErrorMessage(e.status))
        }
        throw e
      }
    }
    if (timeout === 0) {
      if (!check(fetch())) throw new CmdError(`condition not met for ${t.resource.name}/${t.name}`)
    } else if (!waitUntil(ctx, () => check(fetch()), Math.max(1, Math.round(timeout)) - 1)) {
      throw new CmdError(`timed out waiting for the condition on ${t.resource.name}/${t.name}`)
    }
    printChanged(ctx, format, t.resource, t.object, 'condition met', 'none')
  }
}

export const waitCommand: CommandSpec = {
  name: 'wait',
  group: 'Advanced Commands',
  short: 'Experimental: Wait for a specific condition on one or many resources',
  long: `Experimental: Wait for a specific condition on one or many resources.

 The command takes multiple resources and waits until the specified condition is seen in the Status field of every given resource.

 Alternatively, the command can wait for the given set of resources to be deleted by providing the "delete" keyword as the value to the --for flag.

 A successful message will be printed to stdout indicating when the specified condition has been met. You can use -o option to change to output destination.`,
  examples: `  # Wait for the pod "busybox1" to contain the status condition of type "Ready"
  kubectl wait --for=condition=Ready pod/busybox1
  
  # The default value of status condition is true; you can wait for other targets after an equal delimiter (compared after Unicode simple case folding, which is a more general form of case-insensitivity)
  kubectl wait --for=condition=Ready=false pod/busybox1
  
  # Wait for the pod "busybox1" to contain the status phase to be "Running"
  kubectl wait --for=jsonpath='{.status.phase}'=Running pod/busybox1
  
  # Wait for pod "busybox1" to be Ready
  kubectl wait --for='jsonpath={.status.conditions[?(@.type=="Ready")].status}=True' pod/busybox1
  
  # Wait for the service "loadbalancer" to have ingress
  kubectl wait --for=jsonpath='{.status.loadBalancer.ingress}' service/loadbalancer
  
  # Wait for the pod "busybox1" to be deleted, with a timeout of 60s, after having issued the "delete" command
  kubectl delete pod/busybox1
  kubectl wait --for=delete pod/busybox1 --timeout=60s`,
  usage: 'wait ([-f FILENAME] | resource.group/resource.name | resource.group [(-l label | --all)]) [--for=create|--for=delete|--for condition=available|--for=jsonpath=\'{}\'[=value]]',
  flags: [
    ...OBJECT_OUTPUT_FLAGS,
    ...FILENAME_FLAGS('identifying the resource.'),
    SELECTOR_FLAG,
    { name: 'all', type: 'bool', usage: 'Select all resources in the namespace of the specified resource types' },
    { name: 'all-namespaces', short: 'A', type: 'bool', usage: 'If present, list the requested object(s) across all namespaces. Namespace in current context is ignored even if specified with --namespace.' },
    { name: 'field-selector', type: 'string', usage: "Selector (field query) to filter on, supports '=', '==', and '!='.(e.g. --field-selector key1=value1,key2=value2). The server only supports a limited number of field queries per type." },
    { name: 'for', type: 'string', usage: "The condition to wait on: [create|delete|condition=condition-name[=condition-value]|jsonpath='{JSONPath expression}'=[JSONPath value]]. The default condition-value is true.  Condition values are compared after Unicode simple case folding, which is a more general form of case-insensitivity." },
    { name: 'timeout', type: 'duration', default: '30s', usage: "The length of time to wait before giving up.  Zero means check once and don't wait, negative means wait for a week." },
    { name: 'local', type: 'bool', usage: 'If true, annotation will NOT contact api-server but run locally.' }
  ],
  run: runWait
}

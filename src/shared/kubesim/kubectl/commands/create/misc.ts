import type { Ctx } from '../../context'
import { CmdError } from '../../errors'
import { flagBool, flagInt, flagList, flagString } from '../../flags'
import { parseQuantity } from '../../quantity'
import type { CommandSpec } from '../types'
import { createAndPrint, enforcedNamespace, generatorFlags, nameFromArgs, objectMeta } from './common'

// kubectl create namespace|quota|poddisruptionbudget|priorityclass|ingress
// (create_namespace.go, create_quota.go, create_pdb.go, create_priorityclass.go, create_ingress.go).

async function createNamespace(ctx: Ctx): Promise<void> {
  const name = nameFromArgs(ctx)
  await createAndPrint(ctx, { kind: 'Namespace', apiVersion: 'v1', metadata: objectMeta(name), spec: {}, status: {} })
}

async function createQuota(ctx: Ctx): Promise<void> {
  const name = nameFromArgs(ctx)
  const hardSpec = flagString(ctx.flags, 'hard')
  const hard: Record<string, string> = {}
  if (hardSpec) {
    for (const statement of hardSpec.split(',')) {
      const parts = statement.split('=')
      if (parts.length !== 2) throw new CmdError(`Invalid argument syntax ${statement}, expected <resource>=<value>`)
      if (!parseQuantity(parts[1])) throw new CmdError('quantities must match the regular expression \'^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$\'')
      hard[parts[0]] = parts[1]
    }
  }
  const scopesSpec = flagString(ctx.flags, 'scopes')
  const scopes = scopesSpec ? scopesSpec.split(',') : []
  const quota = {
    kind: 'ResourceQuota',
    apiVersion: 'v1',
    metadata: objectMeta(name, enforcedNamespace(ctx)),
    spec: { ...(hardSpec ? { hard } : {}), ...(scopes.length ? { scopes } : {}) },
    status: {}
  }
  await createAndPrint(ctx, quota, 'failed to create quota')
}

/** metav1.ParseToLabelSelector for the equality-based selectors a PDB takes. */
function parseSelector(text: string): Record<string, unknown> {
  const matchLabels: Record<string, string> = {}
  const matchExpressions: Record<string, unknown>[] = []
  for (const part of text.split(',').map((p) => p.trim()).filter(Boolean)) {
    const m = /^([^!=\s]+)\s*(==|=|!=)\s*(\S*)$/.exec(part)
    if (m && m[2] !== '!=') matchLabels[m[1]] = m[3]
    else if (m) matchExpressions.push({ key: m[1], operator: 'NotIn', values: [m[3]] })
    else if (/^!\S+$/.test(part)) matchExpressions.push({ key: part.slice(1), operator: 'DoesNotExist' })
    else if (/^\S+$/.test(part)) matchExpressions.push({ key: part, operator: 'Exists' })
    else throw new CmdError(`couldn't parse the selector string "${text}": unable to parse requirement: found '${part}'`)
  }
  return { ...(Object.keys(matchLabels).length ? { matchLabels } : {}), ...(matchExpressions.length ? { matchExpressions } : {}) }
}

function intOrString(v: string): number | string {
  return /^\d+$/.test(v) ? Number(v) : v
}

async function createPdb(ctx: Ctx): Promise<void> {
  const name = nameFromArgs(ctx)
  const selector = flagString(ctx.flags, 'selector')
  const minAvailable = flagString(ctx.flags, 'min-available')
  const maxUnavailable = flagString(ctx.flags, 'max-unavailable')
  if (!selector) throw new CmdError('a selector must be specified')
  if (!minAvailable && !maxUnavailable) throw new CmdError('one of min-available or max-unavailable must be specified')
  if (minAvailable && maxUnavailable) throw new CmdError('min-available and max-unavailable cannot be both specified')
  if (minAvailable && !/^[0-9]+%?$/.test(minAvailable)) throw new CmdError('invalid format specified for min-available')
  if (maxUnavailable && !/^[0-9]+%?$/.test(maxUnavailable)) throw new CmdError('invalid format specified for max-unavailable')
  const pdb = {
    kind: 'PodDisruptionBudget',
    apiVersion: 'policy/v1',
    metadata: objectMeta(name, enforcedNamespace(ctx)),
    spec: {
      ...(minAvailable ? { minAvailable: intOrString(minAvailable) } : {}),
      selector: parseSelector(selector),
      ...(maxUnavailable ? { maxUnavailable: intOrString(maxUnavailable) } : {})
    },
    status: { disruptionsAllowed: 0, currentHealthy: 0, desiredHealthy: 0, expectedPods: 0 }
  }
  await createAndPrint(ctx, pdb, 'failed to create poddisruptionbudgets')
}

async function createPriorityClass(ctx: Ctx): Promise<void> {
  const name = nameFromArgs(ctx)
  const policy = flagString(ctx.flags, 'preemption-policy')
  const pc = {
    kind: 'PriorityClass',
    apiVersion: 'scheduling.k8s.io/v1',
    metadata: objectMeta(name),
    value: flagInt(ctx.flags, 'value'),
    ...(flagBool(ctx.flags, 'global-default') ? { globalDefault: true } : {}),
    ...(flagString(ctx.flags, 'description') ? { description: flagString(ctx.flags, 'description') } : {}),
    preemptionPolicy: policy
  }
  await createAndPrint(ctx, pc, 'failed to create priorityclass')
}

const RULE = /^([\w*.-]*)(\/.*)=([\w-]+):([\w-]+)(,(tls)=?([\w-]+)?)?/

function backend(service: string): Record<string, unknown> {
  const [name, port] = service.split(':')
  return { service: { name, port: /^\d+$/.test(port) ? { number: Number(port) } : { name: port } } }
}

async function createIngress(ctx: Ctx): Promise<void> {
  const name = nameFromArgs(ctx)
  const rules = flagList(ctx.flags, 'rule')
  const defaultBackend = flagString(ctx.flags, 'default-backend')
  const annotationsList = flagList(ctx.flags, 'annotation')
  if (!defaultBackend && !rules.length) {
    throw new CmdError('not enough information provided: every ingress has to either specify a default-backend (which catches all traffic) or a list of rules (which catch specific paths)')
  }
  for (const r of rules) {
    if (!RULE.test(r)) throw new CmdError(`rule ${r} is invalid and should be in format host/path=svcname:svcport[,tls[=secret]]`)
  }
  for (const a of annotationsList) {
    if (!a.includes('=')) throw new CmdError(`annotation ${a} is invalid and should be in format key=[value]`)
  }
  if (defaultBackend && defaultBackend.split(':').length !== 2) throw new CmdError('default-backend should be in format servicename:serviceport')
  const annotations: Record<string, string> = {}
  for (const a of annotationsList) {
    const i = a.indexOf('=')
    annotations[a.slice(0, i)] = a.slice(i + 1)
  }
  const tls: { hosts?: string[]; secretName?: string }[] = []
  const seenHosts = new Set<string>()
  for (const r of rules) {
    const parts = r.split(',')
    if (parts.length !== 2) continue
    const host = r.split('/')[0]
    const secret = parts[1].split('=')[1] ?? ''
    const existing = tls.findIndex((t) => (t.secretName ?? '') === secret)
    if (seenHosts.has(host)) continue
    seenHosts.add(host)
    if (existing > -1) {
      tls[existing].hosts = [...(tls[existing].hosts ?? []), host]
      continue
    }
    const entry: { hosts?: string[]; secretName?: string } = {}
    if (host) entry.hosts = [host]
    if (secret) entry.secretName = secret
    if (entry.hosts || entry.secretName) tls.push(entry)
  }
  const ingressRules: { host?: string; http: { paths: Record<string, unknown>[] } }[] = []
  for (const r of rules) {
    const withoutTls = r.split(',')[0]
    const slash = withoutTls.indexOf('/')
    const host = withoutTls.slice(0, slash)
    const [pathPart, svc] = withoutTls.slice(slash + 1).split('=')
    let path = '/' + pathPart
    let pathType = 'Exact'
    if (path.endsWith('*')) {
      pathType = 'Prefix'
      path = path.slice(0, -1)
    }
    const item = { path, pathType, backend: backend(svc) }
    const existing = ingressRules.find((x) => (x.host ?? '') === host)
    if (existing) existing.http.paths.push(item)
    else ingressRules.push({ ...(host ? { host } : {}), http: { paths: [item] } })
  }
  const className = flagString(ctx.flags, 'class')
  const ingress = {
    kind: 'Ingress',
    apiVersion: 'networking.k8s.io/v1',
    metadata: objectMeta(name, enforcedNamespace(ctx), Object.keys(annotations).length ? { annotations } : {}),
    spec: {
      ...(className ? { ingressClassName: className } : {}),
      ...(defaultBackend ? { defaultBackend: backend(defaultBackend) } : {}),
      ...(tls.length ? { tls } : {}),
      ...(ingressRules.length ? { rules: ingressRules } : {})
    },
    status: { loadBalancer: {} }
  }
  await createAndPrint(ctx, ingress, 'failed to create ingress')
}

export const MISC_GENERATORS: CommandSpec[] = [
  {
    name: 'ingress',
    aliases: ['ing'],
    short: 'Create an ingress with the specified name',
    long: 'Create an ingress with the specified name.',
    examples: `  # Create a single ingress called 'simple' that directs requests to foo.com/bar to svc
  # svc1:8080 with a TLS secret "my-cert"
  kubectl create ingress simple --rule="foo.com/bar=svc1:8080,tls=my-cert"
  
  # Create a catch all ingress of "/path" pointing to service svc:port and Ingress Class as "otheringress"
  kubectl create ingress catch-all --class=otheringress --rule="/path=svc:port"
  
  # Create an ingress with a default backend
  kubectl create ingress ingdefault --class=default --default-backend=defaultsvc:http --rule="foo.com/*=svc:8080,tls=secret1"`,
    usage: 'create ingress NAME --rule=host/path=service:port[,tls[=secret]]',
    flags: [
      ...generatorFlags(),
      { name: 'class', type: 'string', usage: 'Ingress Class to be used' },
      { name: 'rule', type: 'stringArray', usage: "Rule in format host/path=service:port[,tls=secretname]. Paths containing the leading character '*' are considered pathType=Prefix. tls argument is optional." },
      { name: 'default-backend', type: 'string', usage: 'Default service for backend, in format of svcname:port' },
      { name: 'annotation', type: 'stringArray', usage: 'Annotation to insert in the ingress object, in the format annotation=value' }
    ],
    run: createIngress
  },
  {
    name: 'namespace',
    aliases: ['ns'],
    short: 'Create a namespace with the specified name',
    long: 'Create a namespace with the specified name.',
    examples: '  # Create a new namespace named my-namespace\n  kubectl create namespace my-namespace',
    usage: 'create namespace NAME [--dry-run=server|client|none]',
    flags: generatorFlags(),
    run: createNamespace
  },
  {
    name: 'poddisruptionbudget',
    aliases: ['pdb'],
    short: 'Create a pod disruption budget with the specified name',
    long: 'Create a pod disruption budget with the specified name, selector, and desired minimum available pods.',
    examples: `  # Create a pod disruption budget named my-pdb that will select all pods with the app=rails label
  # and require at least one of them being available at any point in time
  kubectl create poddisruptionbudget my-pdb --selector=app=rails --min-available=1
  
  # Create a pod disruption budget named my-pdb that will select all pods with the app=nginx label
  # and require at least half of the pods selected to be available at any point in time
  kubectl create pdb my-pdb --selector=app=nginx --min-available=50%`,
    usage: 'create poddisruptionbudget NAME --selector=SELECTOR --min-available=N [--dry-run=server|client|none]',
    flags: [
      ...generatorFlags(),
      { name: 'min-available', type: 'string', usage: 'The minimum number or percentage of available pods this budget requires.' },
      { name: 'max-unavailable', type: 'string', usage: 'The maximum number or percentage of unavailable pods this budget requires.' },
      { name: 'selector', type: 'string', usage: 'A label selector to use for this budget. Only equality-based selector requirements are supported.' }
    ],
    run: createPdb
  },
  {
    name: 'priorityclass',
    aliases: ['pc'],
    short: 'Create a priority class with the specified name',
    long: 'Create a priority class with the specified name, value, globalDefault and description.',
    usage: 'create priorityclass NAME --value=VALUE --global-default=BOOL [--dry-run=server|client|none]',
    flags: [
      ...generatorFlags(),
      { name: 'value', type: 'int', usage: 'the value of this priority class.' },
      { name: 'global-default', type: 'bool', usage: 'global-default specifies whether this PriorityClass should be considered as the default priority.' },
      { name: 'description', type: 'string', usage: 'description is an arbitrary string that usually provides guidelines on when this priority class should be used.' },
      { name: 'preemption-policy', type: 'string', default: 'PreemptLowerPriority', usage: 'preemption-policy is the policy for preempting pods with lower priority.' }
    ],
    run: createPriorityClass
  },
  {
    name: 'quota',
    aliases: ['resourcequota'],
    short: 'Create a quota with the specified name',
    long: 'Create a resource quota with the specified name, hard limits, and optional scopes.',
    examples: `  # Create a new resource quota named my-quota
  kubectl create quota my-quota --hard=cpu=1,memory=1G,pods=2,services=3,replicationcontrollers=2,resourcequotas=1,secrets=5,persistentvolumeclaims=10
  
  # Create a new resource quota named best-effort
  kubectl create quota best-effort --hard=pods=100 --scopes=BestEffort`,
    usage: 'create quota NAME [--hard=key1=value1,key2=value2] [--scopes=Scope1,Scope2] [--dry-run=server|client|none]',
    flags: [
      ...generatorFlags(),
      { name: 'hard', type: 'string', usage: 'A comma-delimited set of resource=quantity pairs that define a hard limit.' },
      { name: 'scopes', type: 'string', usage: 'A comma-delimited set of quota scopes that must all match each object tracked by the quota.' }
    ],
    run: createQuota
  }
]

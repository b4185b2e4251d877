import type { KubeObject, ResourceInfo } from '../../engine/contract'
import type { Ctx } from '../context'
import { CmdError, RawError, usageError, apiErrorMessage } from '../errors'
import { flagBool, flagList, flagString } from '../flags'
import { namespaceOfManifest, readManifests, resourceOfManifest } from '../manifests'
import { printObjects, toKubectlJson } from '../output/generic'
import { toKubectlYaml } from '../output/goyaml'
import { outputFormat } from '../print'
import { parseResourceArgs, qualifiedName, REQUIRED_RESOURCE_HELP } from '../resources'
import { dryRunStrategy, generatorFlags } from './create/common'
import { applyOverrides, OVERRIDE_FLAGS } from '../overrides'
import { createAndPrintObject, serviceObject } from './run-objects'
import { FILENAME_FLAGS } from './shared-flags'
import type { CommandSpec } from './types'
import { ApiException } from '../../engine/contract'

// kubectl expose (pkg/cmd/expose/expose.go with polymorphichelpers canbeexposed,
// mapbasedselectorforobject, portsforobject and protocolsforobject).

const EXPOSABLE = ['Pod', 'Service', 'ReplicationController', 'Deployment', 'ReplicaSet']

/* eslint-disable @typescript-eslint/no-explicit-any */
function selectorOf(obj: any): string {
  switch (obj.kind) {
    case 'Pod':
      if (!obj.metadata.labels || !Object.keys(obj.metadata.labels).length) throw new Error(`the pod has no labels and cannot be exposed`)
      return Object.entries(obj.metadata.labels).map(([k, v]) => `${k}=${v}`).join(',')
    case 'Service':
      if (!obj.spec?.selector) throw new Error(`the service has no pod selector set`)
      return Object.entries(obj.spec.selector).map(([k, v]) => `${k}=${v}`).join(',')
    case 'ReplicationController':
      return Object.entries(obj.spec?.selector ?? {}).map(([k, v]) => `${k}=${v}`).join(',')
    default: {
      const sel = obj.spec?.selector
      if (sel?.matchExpressions?.length) {
        throw new Error(`${obj.kind.toLowerCase()}s.apps ${JSON.stringify(obj.metadata.name)} has matchExpressions, therefore cannot be exposed`)
      }
      const labels = sel?.matchLabels ?? {}
      if (!Object.keys(labels).length) throw new Error(`invalid ${obj.kind.toLowerCase()}: no selectors, therefore cannot be exposed`)
      return Object.entries(labels).map(([k, v]) => `${k}=${v}`).join(',')
    }
  }
}

function containersOf(obj: any): any[] {
  return obj.kind === 'Pod' ? obj.spec?.containers ?? [] : obj.spec?.template?.spec?.containers ?? []
}

function portsOf(obj: any): { ports: string[]; protocols: Record<string, string> } {
  const ports: string[] = []
  const protocols: Record<string, string> = {}
  if (obj.kind === 'Service') {
    for (const p of obj.spec?.ports ?? []) {
      ports.push(String(p.port))
      protocols[String(p.port)] = p.protocol ?? 'TCP'
    }
  } else {
    for (const c of containersOf(obj)) {
      for (const p of c.ports ?? []) {
        ports.push(String(p.containerPort))
        protocols[String(p.containerPort)] = p.protocol ?? 'TCP'
      }
    }
  }
  return { ports, protocols }
}

async function targets(ctx: Ctx): Promise<{ info: ResourceInfo; obj: KubeObject }[]> {
  const filenames = flagList(ctx.flags, 'filename')
  if (filenames.length) {
    return (await readManifests(ctx, filenames, flagBool(ctx.flags, 'recursive'))).map((m) => {
      const info = resourceOfManifest(ctx, m)
      const name = String((m.object.metadata as Record<string, unknown>)?.name ?? '')
      return { info, obj: ctx.cluster.get(info, namespaceOfManifest(ctx, info, m.object), name, ctx.user) }
    })
  }
  const parsed = parseResourceArgs(ctx.cluster, ctx.flags.args)
  if (parsed.kind === 'none') throw usageError(ctx.commandPath, REQUIRED_RESOURCE_HELP)
  const pairs = parsed.kind === 'pairs' ? parsed.pairs : parsed.types.flatMap((t) => parsed.names.map((name) => ({ resource: t, name })))
  if (!pairs.length) throw new CmdError(`resource(s) were provided, but no name was specified`)
  return pairs.map((p) => ({ info: p.resource, obj: ctx.cluster.get(p.resource, ctx.namespace, p.name, ctx.user) }))
}

async function runExpose(ctx: Ctx): Promise<void> {
  const dryRun = dryRunStrategy(ctx)
  const format = await outputFormat(ctx, false)
  const type = flagString(ctx.flags, 'type')
  if (type && !['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName'].includes(type)) {
    throw new CmdError(`cannot expose a service of type ${type}`)
  }
  const errors: string[] = []
  for (const { info, obj } of await targets(ctx)) {
    try {
      if (!EXPOSABLE.includes(info.kind)) throw new CmdError(`cannot expose a ${info.kind}${info.group ? '.' + info.group : ''}`)
      let selector = flagString(ctx.flags, 'selector')
      if (!selector) {
        try {
          selector = selectorOf(obj)
        } catch (e) {
          throw new CmdError(`couldn't retrieve selectors via --selector flag or introspection: ${(e as Error).message}`)
        }
      }
      const clusterIP = flagString(ctx.flags, 'cluster-ip')
      let ports = flagString(ctx.flags, 'port') ? [flagString(ctx.flags, 'port')] : []
      const found = portsOf(obj)
      if (!ports.length) {
        ports = found.ports
        if (!ports.length && clusterIP !== 'None') throw new CmdError("couldn't find port via --port flag or introspection")
      }
      const labels = flagString(ctx.flags, 'labels') || Object.entries(obj.metadata.labels ?? {}).map(([k, v]) => `${k}=${v}`).join(',')
      const svc = serviceObject({
        name: flagString(ctx.flags, 'name') || obj.metadata.name.slice(0, 63),
        selector,
        labels: labels || undefined,
        ports,
        protocols: found.protocols,
        protocol: flagString(ctx.flags, 'protocol'),
        targetPort: flagString(ctx.flags, 'target-port'),
        type,
        clusterIP,
        externalIP: flagString(ctx.flags, 'external-ip'),
        sessionAffinity: flagString(ctx.flags, 'session-affinity')
      })
      const result = createAndPrintObject(ctx, applyOverrides(ctx, svc, ctx.cluster.resolveResource('services')!), dryRun)
      const name = qualifiedName({ kind: 'Service', group: '' }, String((result.metadata as Record<string, unknown>).name))
      if (format.type === 'table') ctx.out(`${name} exposed${dryRun === 'client' ? ' (dry run)' : dryRun === 'server' ? ' (server dry run)' : ''}\n`)
      else if (format.type === 'yaml') ctx.out(toKubectlYaml(result))
      else if (format.type === 'json') ctx.out(toKubectlJson(result, dryRun !== 'client'))
      else ctx.out(printObjects(format, [result as KubeObject], false, { noHeaders: false, names: [name] }))
    } catch (e) {
      if (e instanceof ApiException) errors.push(apiErrorMessage(e.status))
      else if (e instanceof CmdError) errors.push(`error: ${e.message}`)
      else throw e
    }
  }
  if (errors.length) throw new RawError(errors.join('\n'))
}

export const exposeCommand: CommandSpec = {
  name: 'expose',
  group: 'Basic Commands (Beginner)',
  short: 'Take a replication controller, service, deployment or pod and expose it as a new Kubernetes service',
  long: `Expose a resource as a new Kubernetes service.

 Looks up a deployment, service, replica set, replication controller or pod by name and uses the selector for that resource as the selector for a new service on the specified port. A deployment or replica set will be exposed as a service only if its selector is convertible to a selector that service supports, i.e. when the selector contains only the matchLabels component. Note that if no port is specified via --port and the exposed resource has multiple ports, all will be re-used by the new service. Also if no labels are specified, the new service will re-use the labels from the resource it exposes.

 Possible resources include (case insensitive):

 pod (po), service (svc), replicationcontroller (rc), deployment (deploy), replicaset (rs)`,
  examples: `  # Create a service for a replicated nginx, which serves on port 80 and connects to the containers on port 8000
  kubectl expose rc nginx --port=80 --target-port=8000
  
  # Create a service for a pod valid-pod, which serves on port 444 with the name "frontend"
  kubectl expose pod valid-pod --port=444 --name=frontend
  
  # Create a service for an nginx deployment, which serves on port 80 and connects to the containers on port 8000
  kubectl expose deployment nginx --port=80 --target-port=8000`,
  usage: 'expose (-f FILENAME | TYPE NAME) [--port=port] [--protocol=TCP|UDP|SCTP] [--target-port=number-or-name] [--name=name] [--external-ip=external-ip-of-service] [--type=type]',
  flags: [
    ...generatorFlags('kubectl-expose'),
    ...FILENAME_FLAGS('identifying the resource to expose a service'),
    { name: 'protocol', type: 'string', usage: "The network protocol for the service to be created. Default is 'TCP'." },
    { name: 'port', type: 'string', usage: 'The port that the service should serve on. Copied from the resource being exposed, if unspecified' },
    { name: 'type', type: 'string', usage: "Type for this service: ClusterIP, NodePort, LoadBalancer, or ExternalName. Default is 'ClusterIP'." },
    { name: 'load-balancer-ip', type: 'string', usage: 'IP to assign to the LoadBalancer. If empty, an ephemeral IP will be created and used (cloud-provider specific).' },
    { name: 'selector', type: 'string', usage: 'A label selector to use for this service. Only equality-based selector requirements are supported. If empty (the default) infer the selector from the replication controller or replica set.)' },
    { name: 'labels', short: 'l', type: 'string', usage: 'Labels to apply to the service created by this call.' },
    { name: 'target-port', type: 'string', usage: 'Name or number for the port on the container that the service should direct traffic to. Optional.' },
    { name: 'external-ip', type: 'string', usage: 'Additional external IP address (not managed by Kubernetes) to accept for the service. If this IP is routed to a node, the service can be accessed by this IP in addition to its generated service IP.' },
    { name: 'name', type: 'string', usage: 'The name for the newly created object.' },
    { name: 'session-affinity', type: 'string', usage: "If non-empty, set the session affinity for the service to this; legal values: 'None', 'ClientIP'" },
    { name: 'cluster-ip', type: 'string', usage: "ClusterIP to be assigned to the service. Leave empty to auto-allocate, or set to 'None' to create a headless service." },
    ...OVERRIDE_FLAGS
  ],
  run: runExpose
}

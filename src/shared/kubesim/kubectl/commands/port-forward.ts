import type { Ctx } from '../context'
import { CmdError, usageError } from '../errors'
import { podForArg } from './pod-for'
import type { CommandSpec } from './types'

// kubectl port-forward (pkg/cmd/portforward/portforward.go). The simulator has no
// network to forward to: the command checks its arguments and the pod as kubectl
// does, prints kubectl's "Forwarding from" lines and returns instead of blocking.

function parsePort(text: string): number {
  if (!/^\d+$/.test(text) || Number(text) < 1 || Number(text) > 65535) throw new CmdError(`Error parsing local port '${text}': strconv.ParseUint: parsing "${text}": invalid syntax`)
  return Number(text)
}

function runPortForward(ctx: Ctx): void {
  const args = ctx.flags.args
  if (args.length < 2) throw usageError('kubectl port-forward', 'TYPE/NAME and list of ports are required for port-forward')
  const target = args[0]
  const pod = podForArg(ctx, target)
  const service = target.startsWith('svc/') || target.startsWith('service/') || target.startsWith('services/')
  const svc = service ? ctx.cluster.get('services', ctx.namespace, target.slice(target.indexOf('/') + 1), ctx.user) : undefined
  const mappings: [number, number][] = []
  for (const spec of args.slice(1)) {
    const [localText, remoteText] = spec.includes(':') ? spec.split(':', 2) : [spec, spec]
    let remote = Number(remoteText)
    if (svc) {
      const port = (svc.spec?.ports ?? []).find((p: { port: number }) => p.port === remote)
      if (!port) throw new CmdError(`Service ${svc.metadata.name} does not have a service port ${remoteText}`)
      if (typeof port.targetPort === 'number') remote = port.targetPort
    }
    const local = localText === '' ? 30000 + ((ctx.now() / 1000 + remote) % 30000) : parsePort(localText)
    mappings.push([local, remote])
  }
  if (pod.status?.phase !== 'Running') throw new CmdError(`unable to forward port because pod is not running. Current status=${pod.status?.phase ?? ''}`)
  for (const [local, remote] of mappings) {
    const addresses = flagAddresses(ctx)
    for (const a of addresses) ctx.out(`Forwarding from ${a === '::1' ? '[::1]' : a}:${local} -> ${remote}\n`)
  }
}

function flagAddresses(ctx: Ctx): string[] {
  const given = ctx.flags.values.get('address')
  const list = Array.isArray(given) && given.length ? given : ['localhost']
  return list.flatMap((a) => (a === 'localhost' ? ['127.0.0.1', '::1'] : [a]))
}

export const portForwardCommand: CommandSpec = {
  name: 'port-forward',
  group: 'Troubleshooting and Debugging Commands',
  short: 'Forward one or more local ports to a pod',
  long: `Forward one or more local ports to a pod.

 Use resource type/name such as deployment/mydeployment to select a pod. Resource type defaults to 'pod' if omitted.

 If there are multiple pods matching the criteria, a pod will be selected automatically. The forwarding session ends when the selected pod terminates, and a rerun of the command is needed to resume forwarding.`,
  examples: `  # Listen on ports 5000 and 6000 locally, forwarding data to/from ports 5000 and 6000 in the pod
  kubectl port-forward pod/mypod 5000 6000
  
  # Listen on ports 5000 and 6000 locally, forwarding data to/from ports 5000 and 6000 in a pod selected by the deployment
  kubectl port-forward deployment/mydeployment 5000 6000
  
  # Listen on port 8443 locally, forwarding to the targetPort of the service's port named "https" in a pod selected by the service
  kubectl port-forward service/myservice 8443:https
  
  # Listen on port 8888 locally, forwarding to 5000 in the pod
  kubectl port-forward pod/mypod 8888:5000
  
  # Listen on port 8888 on all addresses, forwarding to 5000 in the pod
  kubectl port-forward --address 0.0.0.0 pod/mypod 8888:5000
  
  # Listen on port 8888 on localhost and selected IP, forwarding to 5000 in the pod
  kubectl port-forward --address localhost,10.19.21.23 pod/mypod 8888:5000
  
  # Listen on a random port locally, forwarding to 5000 in the pod
  kubectl port-forward pod/mypod :5000`,
  usage: 'port-forward TYPE/NAME [options] [LOCAL_PORT:]REMOTE_PORT [...[LOCAL_PORT_N:]REMOTE_PORT_N]',
  flags: [
    { name: 'address', type: 'stringSlice', default: ['localhost'], usage: 'Addresses to listen on (comma separated). Only accepts IP addresses or localhost as a value. When localhost is supplied, kubectl will try to bind on both 127.0.0.1 and ::1 and will fail if neither of these addresses are available to bind.' },
    { name: 'pod-running-timeout', type: 'duration', default: '1m0s', usage: 'The length of time (like 5s, 2m, or 3h, higher than zero) to wait until at least one pod is running' }
  ],
  run: runPortForward
}

import type { Ctx } from '../context'
import { currentContext, serverOf } from '../kubeconfig'
import type { CommandSpec } from './types'

// kubectl cluster-info (pkg/cmd/clusterinfo/clusterinfo.go): the API server, then every
// kube-system service labelled kubernetes.io/cluster-service=true, in go-colortext colours.

const GREEN = '\x1b[0;32m'
const YELLOW = '\x1b[0;33m'
const RESET = '\x1b[0m'

function line(name: string, link: string): string {
  return `${GREEN}${name}${RESET} is running at ${YELLOW}${link}${RESET}\n`
}

function run(ctx: Ctx): void {
  if (ctx.flags.args[0] === 'dump') {
    ctx.out('The simulator does not write cluster-info dumps; use kubectl get and kubectl describe instead.\n')
    return
  }
  const host = serverOf(ctx.config, currentContext(ctx.config, String(ctx.flags.values.get('context') ?? '')))
  const ns = ctx.explicitNamespace ? ctx.namespace : 'kube-system'
  ctx.out(line('Kubernetes control plane', host))
  const services = ctx.cluster.list('services', ns, { labelSelector: 'kubernetes.io/cluster-service=true' }, ctx.user)
  for (const svc of services) {
    const lb = svc.status?.loadBalancer?.ingress?.[0]
    let link = ''
    if (lb) {
      const ip = lb.ip || lb.hostname
      for (const p of svc.spec?.ports ?? []) link += `http://${ip}:${p.port} `
    } else {
      let name = svc.metadata.name
      const port = svc.spec?.ports?.[0]
      if (port) {
        const scheme = port.name === 'https' || port.port === 443 ? 'https' : ''
        name = scheme ? `${scheme}:${name}:${port.name ?? ''}` : port.name ? `${name}:${port.name}` : name
      }
      link = `${host}/api/v1/namespaces/${svc.metadata.namespace}/services/${name}/proxy`
    }
    ctx.out(line(svc.metadata.labels?.['kubernetes.io/name'] || svc.metadata.name, link))
  }
  ctx.out("\nTo further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.\n")
}

export const clusterInfoCommand: CommandSpec = {
  name: 'cluster-info',
  group: 'Cluster Management Commands',
  short: 'Display cluster information',
  long: `Display addresses of the control plane and services with label kubernetes.io/cluster-service=true. To further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.`,
  examples: '  # Print the address of the control plane and cluster services\n  kubectl cluster-info',
  usage: 'cluster-info [flags]',
  run
}

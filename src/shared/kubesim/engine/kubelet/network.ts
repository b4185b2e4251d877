// The pod network as seen from inside a container: cluster DNS names, Service virtual IPs
// load-balanced over their endpoints, and what each image answers over HTTP.
import type { KubeObject } from '../contract'
import type { Store } from '../runtime/store'
import { R } from '../controllers/util'
import { lookupImage } from './images'
import type { FetchResult } from './shell/world'
import { allowedByPolicies } from './netpol'

export const NGINX_WELCOME = `<!DOCTYPE html>
<html>
<head>
<title>Welcome to nginx!</title>
<style>
html { color-scheme: light dark; }
body { width: 35em; margin: 0 auto;
font-family: Tahoma, Verdana, Arial, sans-serif; }
</style>
</head>
<body>
<h1>Welcome to nginx!</h1>
<p>If you see this page, the nginx web server is successfully installed and
working. Further configuration is required.</p>

<p>For online documentation and support please refer to
<a href="http://nginx.org/">nginx.org</a>.<br/>
Commercial support is available at
<a href="http://nginx.com/">nginx.com</a>.</p>

<p><em>Thank you for using nginx.</em></p>
</body>
</html>
`

const HTTPD_WORKS = '<html><body><h1>It works!</h1></body></html>\n'

export interface Request {
  from?: KubeObject
  url: string
}

export interface Served {
  pod: KubeObject
  container: string
  status: number
  path: string
  bytes: number
}

export class Network {
  constructor(private readonly store: Store) {}

  /** Cluster DNS (CoreDNS): services, headless pod records, pod A records. */
  resolve(name: string, fromNamespace: string): string | undefined {
    const host = name.replace(/\.$/, '').toLowerCase()
    if (/^\d+\.\d+\.\d+\.\d+$/.test(host)) return host
    if (host === 'localhost') return '127.0.0.1'
    const parts = host.replace(/\.cluster\.local$/, '').split('.')
    if (parts[parts.length - 1] === 'svc') parts.pop()
    if (parts.length >= 3 && parts[parts.length - 1] === 'pod') {
      return parts[0].replace(/-/g, '.')
    }
    if (parts.length === 1) return this.serviceIP(parts[0], fromNamespace)
    if (parts.length === 2) return this.serviceIP(parts[0], parts[1]) ?? this.podByHostname(parts[0], parts[1], fromNamespace)
    if (parts.length === 3) return this.podByHostname(parts[0], parts[1], parts[2])
    return undefined
  }

  private serviceIP(name: string, ns: string): string | undefined {
    const svc = this.store.get(R.services, ns, name)
    if (!svc) return undefined
    if (svc.spec?.type === 'ExternalName') return undefined
    if (svc.spec?.clusterIP === 'None') {
      const ready = this.endpointsOf(svc)
      return ready[0]?.status?.podIP
    }
    return svc.spec?.clusterIP
  }

  /** <hostname>.<subdomain>.<ns>: a StatefulSet pod behind its headless Service. */
  private podByHostname(hostname: string, subdomain: string, ns: string): string | undefined {
    for (const p of this.store.list(R.pods, ns)) {
      if ((p.spec?.hostname ?? p.metadata.name) === hostname && p.spec?.subdomain === subdomain && p.status?.podIP) return p.status.podIP
    }
    return undefined
  }

  private endpointsOf(svc: KubeObject): KubeObject[] {
    const ep = this.store.get(R.endpoints, svc.metadata.namespace, svc.metadata.name)
    const out: KubeObject[] = []
    for (const subset of ep?.subsets ?? []) {
      for (const a of subset.addresses ?? []) {
        const ref = a.targetRef
        const pod = ref ? this.store.get(R.pods, ref.namespace, ref.name) : undefined
        if (pod) out.push(pod)
      }
    }
    return out
  }

  private podByIP(ip: string): KubeObject | undefined {
    for (const p of this.store.all(R.pods)) if (p.status?.podIP === ip && !p.spec?.hostNetwork) return p
    return undefined
  }

  /** An HTTP GET from `from` (a pod, or the node when undefined). */
  fetch(req: Request, served?: (s: Served) => void): FetchResult {
    const m = /^(?:([a-z]+):\/\/)?([^/:]+)(?::(\d+))?(\/.*)?$/i.exec(req.url.trim())
    const host = m?.[2] ?? req.url
    const port = m?.[3] ? parseInt(m[3], 10) : m?.[1] === 'https' ? 443 : 80
    const path = m?.[4] ?? '/'
    const ns = req.from?.metadata.namespace ?? 'default'
    const base = { host, port, status: 0, body: '' }
    const needsDns = !/^\d+\.\d+\.\d+\.\d+$/.test(host)
    if (needsDns && req.from && !this.dnsAllowed(req.from)) return { ...base, error: 'dns' }
    const ip = this.resolve(host, ns)
    if (!ip) return { ...base, error: 'dns' }
    let target: KubeObject | undefined
    let targetPort = port
    const svc = this.serviceByIP(ip)
    if (svc) {
      const sp = (svc.spec?.ports ?? []).find((p: { port: number }) => p.port === port)
      if (!sp) return { ...base, ip, error: 'timeout' }
      const pods = this.endpointsOf(svc)
      if (!pods.length) return { ...base, ip, error: 'refused' }
      target = pods[(this.counter++) % pods.length]
      targetPort = this.containerPort(target, sp.targetPort ?? sp.port)
    } else target = this.podByIP(ip)
    if (!target) return { ...base, ip, error: 'timeout' }
    if (req.from && !allowedByPolicies(this.store, req.from, target, targetPort)) return { ...base, ip, error: 'timeout' }
    const answer = this.answer(target, targetPort, path)
    if (!answer) return { ...base, ip, error: 'refused' }
    served?.({ pod: target, container: answer.container, status: answer.status, path, bytes: answer.body.length })
    return { ...base, ip, status: answer.status, body: answer.body }
  }

  private counter = 0

  /** Egress policies must let the pod reach CoreDNS on port 53 for names to resolve. */
  dnsAllowed(from: KubeObject): boolean {
    const dns = this.store.list(R.pods, 'kube-system').filter((p) => p.metadata.labels?.['k8s-app'] === 'kube-dns')
    if (!dns.length) return false
    return dns.some((p) => allowedByPolicies(this.store, from, p, 53, 'UDP'))
  }

  private serviceByIP(ip: string): KubeObject | undefined {
    for (const s of this.store.all(R.services)) if (s.spec?.clusterIP === ip) return s
    return undefined
  }

  private containerPort(pod: KubeObject, target: number | string): number {
    if (typeof target === 'number') return target
    for (const c of pod.spec?.containers ?? []) for (const p of c.ports ?? []) if (p.name === target) return p.containerPort
    return -1
  }

  /** What the pod's process answers on `port`, if anything listens there. */
  private answer(pod: KubeObject, port: number, path: string): { container: string; status: number; body: string } | undefined {
    if (pod.status?.phase !== 'Running') return undefined
    for (const c of pod.spec?.containers ?? []) {
      const state = (pod.status?.containerStatuses ?? []).find((s: { name: string }) => s.name === c.name)
      if (!state?.state?.running) continue
      const image = lookupImage(c.image)
      const server = image.info?.server
      if (!server || c.command?.length) continue
      const ports = c.env?.find((e: { name: string }) => e.name === 'PORT') ? [parseInt(c.env.find((e: { name: string }) => e.name === 'PORT').value, 10)] : server.ports
      if (!ports.includes(port)) continue
      return { container: c.name, ...this.body(server.version, pod, c, path) }
    }
    return undefined
  }

  private body(kind: string, pod: KubeObject, c: { args?: string[]; env?: { name: string; value?: string }[] }, path: string): { status: number; body: string } {
    const notFound = (server: string): { status: number; body: string } => ({ status: 404, body: `<html>\n<head><title>404 Not Found</title></head>\n<body>\n<center><h1>404 Not Found</h1></center>\n<hr><center>${server}</center>\n</body>\n</html>\n` })
    switch (kind) {
      case 'nginx':
        return path === '/' || path === '/index.html' ? { status: 200, body: NGINX_WELCOME } : notFound('nginx/1.27.1')
      case 'Apache/2.4.62':
      case 'php-apache':
        return kind === 'php-apache' ? { status: 200, body: 'OK!' } : path === '/' ? { status: 200, body: HTTPD_WORKS } : { status: 404, body: '<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head>\n<title>404 Not Found</title>\n</head><body>\n<h1>Not Found</h1>\n<p>The requested URL was not found on this server.</p>\n</body></html>\n' }
      case 'http-echo': {
        const text = (c.args ?? []).find((a) => a.startsWith('-text=') || a.startsWith('--text='))
        return { status: 200, body: `${text ? text.slice(text.indexOf('=') + 1) : 'hello-world'}\n` }
      }
      case 'hello-app':
        return { status: 200, body: `Hello, world!\nVersion: ${pod.spec?.containers?.[0]?.image?.endsWith('2.0') ? '2.0.0' : '1.0.0'}\nHostname: ${pod.metadata.name}\n` }
      case 'echoserver':
        return { status: 200, body: `\n\nHostname: ${pod.metadata.name}\n\nPod Information:\n\t-no pod information available-\n\nServer values:\n\tserver_version=nginx: 1.13.3 - lua: 10008\n\nRequest Information:\n\tclient_address=${pod.status?.podIP}\n\tmethod=GET\n\treal path=${path}\n\tquery=\n\trequest_version=1.1\n\trequest_scheme=http\n\trequest_uri=http://${pod.status?.podIP}:8080${path}\n` }
      case 'webapp-color': {
        const color = c.env?.find((e) => e.name === 'APP_COLOR')?.value ?? 'blue'
        return { status: 200, body: `<!doctype html>\n<title>Hello from Flask</title>\n<body style="background: ${color};"></body>\n<div style="color: #e4e4e4;\n    text-align:  center;\n    height: 90px;\n    vertical-align:  middle;">\n\n  <h1>Hello from ${pod.metadata.name}!</h1>\n</div>\n` }
      }
      case 'agnhost':
        return { status: 200, body: `${pod.metadata.name}` }
      default:
        return { status: 200, body: `${kind}\n` }
    }
  }
}

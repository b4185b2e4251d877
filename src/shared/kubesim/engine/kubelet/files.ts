// A container's filesystem as far as `cat`, `ls` and probes can tell: the files Kubernetes
// writes (hosts, resolv.conf, service-account token), mounted ConfigMaps and Secrets,
// and a few files of the image itself.
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { KubeObject } from '../contract'
import { decodeBase64 } from '../runtime/base64'
import type { Store } from '../runtime/store'
import { R } from '../controllers/util'
import { NGINX_WELCOME } from './network'
import type { ImageRef } from './reference'

const OS_RELEASE: Record<string, string> = {
  debian: 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nNAME="Debian GNU/Linux"\nVERSION_ID="12"\nVERSION="12 (bookworm)"\nVERSION_CODENAME=bookworm\nID=debian\nHOME_URL="https://www.debian.org/"\nSUPPORT_URL="https://www.debian.org/support"\nBUG_REPORT_URL="https://bugs.debian.org/"\n',
  alpine: 'NAME="Alpine Linux"\nID=alpine\nVERSION_ID=3.20.3\nPRETTY_NAME="Alpine Linux v3.20"\nHOME_URL="https://alpinelinux.org/"\nBUG_REPORT_URL="https://gitlab.alpinelinux.org/alpine/aports/-/issues"\n',
  ubuntu: 'PRETTY_NAME="Ubuntu 24.04.1 LTS"\nNAME="Ubuntu"\nVERSION_ID="24.04"\nVERSION="24.04.1 LTS (Noble Numbat)"\nVERSION_CODENAME=noble\nID=ubuntu\nID_LIKE=debian\n'
}

const CA = '-----BEGIN CERTIFICATE-----\nMIIDBTCCAe2gAwIBAgIIQkF0c2ltdWxhdGVkMA0GCSqGSIb3DQEBCwUAMBUxEzAR\nBgNVBAMTCmt1YmVybmV0ZXMwHhcNMjQwOTAxMDAwMDAwWhcNMzQwODMwMDAwMDAw\nWjAVMRMwEQYDVQQDEwprdWJlcm5ldGVzMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8A\n-----END CERTIFICATE-----\n'

function join(dir: string, name: string): string {
  return `${dir.replace(/\/$/, '')}/${name}`
}

export function containerFiles(store: Store, pod: KubeObject, container: any, ref: ImageRef | undefined): Map<string, string> {
  const files = new Map<string, string>()
  const ns = pod.metadata.namespace ?? 'default'
  const hostname = pod.spec?.hostname ?? pod.metadata.name
  const ip = pod.status?.podIP ?? ''
  const family = ref?.tag.includes('alpine') || ref?.short === 'alpine' || ref?.short === 'busybox' ? 'alpine' : ref?.short === 'ubuntu' ? 'ubuntu' : 'debian'
  files.set('/etc/hostname', `${hostname}\n`)
  const fqdn = pod.spec?.subdomain ? `${hostname}.${pod.spec.subdomain}.${ns}.svc.cluster.local\t${hostname}` : hostname
  files.set('/etc/hosts', `# Kubernetes-managed hosts file.\n127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\nfe00::0\tip6-localnet\nfe00::0\tip6-mcastprefix\nfe00::1\tip6-allnodes\nfe00::2\tip6-allrouters\n${ip}\t${fqdn}\n`)
  const dns = store.get(R.services, 'kube-system', 'kube-dns')?.spec?.clusterIP ?? '10.96.0.10'
  files.set('/etc/resolv.conf', `search ${ns}.svc.cluster.local svc.cluster.local cluster.local\nnameserver ${dns}\noptions ndots:5\n`)
  if (ref?.short !== 'busybox') files.set('/etc/os-release', OS_RELEASE[family])
  files.set('/etc/passwd', 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n')
  if (ref?.short === 'nginx') {
    files.set('/usr/share/nginx/html/index.html', NGINX_WELCOME)
    files.set('/usr/share/nginx/html/50x.html', '<!DOCTYPE html>\n<html>\n<head>\n<title>Error</title>\n</head>\n<body>\n<h1>An error occurred.</h1>\n</body>\n</html>\n')
    files.set('/etc/nginx/conf.d/default.conf', 'server {\n    listen       80;\n    listen  [::]:80;\n    server_name  localhost;\n\n    location / {\n        root   /usr/share/nginx/html;\n        index  index.html index.htm;\n    }\n\n    error_page   500 502 503 504  /50x.html;\n    location = /50x.html {\n        root   /usr/share/nginx/html;\n    }\n}\n')
  }
  if (ref?.short === 'httpd') files.set('/usr/local/apache2/htdocs/index.html', '<html><body><h1>It works!</h1></body></html>\n')
  const volumes = new Map<string, any>((pod.spec?.volumes ?? []).map((v: any) => [v.name, v]))
  for (const m of container?.volumeMounts ?? []) {
    const v = volumes.get(m.name)
    if (!v) continue
    const mount = m.mountPath as string
    const put = (key: string, value: string): void => {
      if (m.subPath) {
        if (key === m.subPath) files.set(mount, value)
      } else files.set(join(mount, key), value)
    }
    if (v.configMap) {
      const cm = store.get(R.configmaps, ns, v.configMap.name)
      const items: any[] | undefined = v.configMap.items
      for (const [k, val] of Object.entries(cm?.data ?? {})) {
        const item = items?.find((i) => i.key === k)
        if (items && !item) continue
        put(item?.path ?? k, String(val))
      }
    } else if (v.secret) {
      const sec = store.get(R.secrets, ns, v.secret.secretName)
      const items: any[] | undefined = v.secret.items
      for (const [k, val] of Object.entries(sec?.data ?? {})) {
        const item = items?.find((i) => i.key === k)
        if (items && !item) continue
        put(item?.path ?? k, decodeBase64(String(val)))
      }
    } else if (v.projected) {
      for (const src of v.projected.sources ?? []) {
        if (src.serviceAccountToken) put(src.serviceAccountToken.path ?? 'token', `eyJhbGciOiJSUzI1NiIsImtpZCI6IiJ9.${pod.metadata.uid.replace(/-/g, '')}.c2lt`)
        if (src.configMap) {
          const cm = store.get(R.configmaps, ns, src.configMap.name)
          for (const item of src.configMap.items ?? Object.keys(cm?.data ?? {}).map((k) => ({ key: k, path: k }))) {
            const val = cm?.data?.[item.key]
            if (val !== undefined) put(item.path, item.key === 'ca.crt' ? CA : String(val))
          }
        }
        if (src.downwardAPI) for (const item of src.downwardAPI.items ?? []) if (item.fieldRef?.fieldPath === 'metadata.namespace') put(item.path, ns)
        if (src.secret) {
          const sec = store.get(R.secrets, ns, src.secret.name)
          for (const [k, val] of Object.entries(sec?.data ?? {})) put(k, decodeBase64(String(val)))
        }
      }
    } else if (v.downwardAPI) {
      for (const item of v.downwardAPI.items ?? []) {
        const path = item.fieldRef?.fieldPath
        if (path === 'metadata.labels') put(item.path, Object.entries(pod.metadata.labels ?? {}).map(([k, val]) => `${k}="${val}"`).join('\n') + '\n')
        else if (path === 'metadata.annotations') put(item.path, Object.entries(pod.metadata.annotations ?? {}).map(([k, val]) => `${k}="${val}"`).join('\n') + '\n')
        else if (path === 'metadata.name') put(item.path, pod.metadata.name)
        else if (path === 'metadata.namespace') put(item.path, ns)
      }
    } else if (v.emptyDir || v.persistentVolumeClaim || v.hostPath) {
      files.set(join(mount, ''), '')
    }
  }
  return files
}

/** A ConfigMap or Secret volume whose object is missing: the kubelet cannot mount it. */
export function volumeProblem(store: Store, pod: KubeObject): string | undefined {
  const ns = pod.metadata.namespace ?? 'default'
  for (const v of pod.spec?.volumes ?? []) {
    if (v.configMap && !v.configMap.optional && !store.get(R.configmaps, ns, v.configMap.name))
      return `MountVolume.SetUp failed for volume "${v.name}" : configmap "${v.configMap.name}" not found`
    if (v.secret && !v.secret.optional && !store.get(R.secrets, ns, v.secret.secretName))
      return `MountVolume.SetUp failed for volume "${v.name}" : secret "${v.secret.secretName}" not found`
    if (v.persistentVolumeClaim) {
      const pvc = store.get(R.pvcs, ns, v.persistentVolumeClaim.claimName)
      if (pvc?.status?.phase !== 'Bound')
        return `Unable to attach or mount volumes: unmounted volumes=[${v.name}], unattached volumes=[], failed to process volumes=[]: timed out waiting for the condition`
    }
  }
  return undefined
}

export function listDir(files: Map<string, string>, path: string): string[] | undefined {
  const dir = path.replace(/\/+$/, '') || ''
  const prefix = `${dir}/`
  const out = new Set<string>()
  for (const f of files.keys()) {
    if (!f.startsWith(prefix)) continue
    const rest = f.slice(prefix.length)
    if (!rest) continue
    const slash = rest.indexOf('/')
    out.add(slash < 0 ? rest : `${rest.slice(0, slash)}/`)
  }
  const standard: Record<string, string[]> = {
    '': ['bin/', 'dev/', 'etc/', 'home/', 'lib/', 'proc/', 'root/', 'run/', 'sys/', 'tmp/', 'usr/', 'var/'],
    '/tmp': [],
    '/var': ['log/', 'run/'],
    '/home': [],
    '/root': []
  }
  if (standard[dir]) for (const s of standard[dir]) out.add(s)
  if (out.size === 0 && !(dir in standard) && !files.has(prefix)) return undefined
  return [...out].sort()
}

// Image references as containerd normalises them: `nginx` → docker.io/library/nginx:latest.
import { fnv32a } from '../runtime/random'

export interface ImageRef {
  /** As written in the pod spec. */
  raw: string
  /** docker.io/library/nginx */
  repository: string
  tag: string
  digest?: string
  /** The catalogue key: `nginx`, `bitnami/redis`, `registry.k8s.io/pause`. */
  short: string
}

export function parseImage(raw: string): ImageRef {
  let rest = raw.trim()
  let digest: string | undefined
  const at = rest.indexOf('@')
  if (at >= 0) {
    digest = rest.slice(at + 1)
    rest = rest.slice(0, at)
  }
  const lastSlash = rest.lastIndexOf('/')
  const colon = rest.indexOf(':', lastSlash + 1)
  const tag = colon >= 0 ? rest.slice(colon + 1) : 'latest'
  const name = colon >= 0 ? rest.slice(0, colon) : rest
  const first = name.split('/')[0]
  const hasRegistry = name.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost')
  let repository: string
  let short: string
  if (hasRegistry) {
    repository = name
    short = name.startsWith('docker.io/library/') ? name.slice('docker.io/library/'.length) : name.startsWith('docker.io/') ? name.slice('docker.io/'.length) : name
  } else if (name.includes('/')) {
    repository = `docker.io/${name}`
    short = name
  } else {
    repository = `docker.io/library/${name}`
    short = name
  }
  return { raw, repository, tag, digest, short }
}

/** A stable fake sha256 for an image, so imageID and `crictl images` look real. */
export function imageDigest(ref: ImageRef): string {
  let hex = ''
  let seed = `${ref.repository}:${ref.tag}`
  while (hex.length < 64) {
    const h = fnv32a(seed)
    hex += h.toString(16).padStart(8, '0')
    seed += hex
  }
  return `sha256:${hex.slice(0, 64)}`
}

export function imageID(ref: ImageRef): string {
  return `${ref.repository}@${ref.digest ?? imageDigest(ref)}`
}

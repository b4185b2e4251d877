// Looking images up in the built-in registry, and the pull outcome the kubelet reports.
import { CATALOGUE, SYSTEM_IMAGES, type ImageInfo } from './catalogue'
import { parseImage, type ImageRef } from './reference'

export interface Lookup {
  ref: ImageRef
  info?: ImageInfo
  /** Compressed size in bytes, when the image and tag exist. */
  size?: number
  /** containerd's error text when they do not. */
  error?: string
}

export function lookupImage(raw: string): Lookup {
  const ref = parseImage(raw)
  const info = CATALOGUE[ref.short] ?? CATALOGUE[ref.repository]
  const canonical = `${ref.repository}:${ref.tag}`
  const system = SYSTEM_IMAGES[canonical] ?? SYSTEM_IMAGES[`${ref.short}:${ref.tag}`]
  const full = `${ref.repository}:${ref.tag}`
  if (info && (info.tags[ref.tag] !== undefined || system !== undefined || ref.digest)) return { ref, info, size: info.tags[ref.tag] ?? system ?? Object.values(info.tags)[0] }
  if (!info)
    return {
      ref,
      error: `failed to pull and unpack image "${full}": failed to resolve reference "${full}": pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed`
    }
  return { ref, info, error: `failed to pull and unpack image "${full}": failed to resolve reference "${full}": ${full}: not found` }
}

/** The canonical name containerd reports in containerStatuses[].image. */
export function canonicalImage(raw: string): string {
  const ref = parseImage(raw)
  return ref.digest ? `${ref.repository}@${ref.digest}` : `${ref.repository}:${ref.tag}`
}

/** Go's time.Duration.String() of a pull time truncated to milliseconds ("2.345s", "611ms"). */
export function goDuration(ms: number): string {
  const m = Math.floor(ms)
  if (m < 1000) return `${m}ms`
  const s = m / 1000
  if (s < 60) return `${s}s`
  const min = Math.floor(s / 60)
  const rest = Math.round((s - min * 60) * 1000) / 1000
  return `${min}m${rest}s`
}

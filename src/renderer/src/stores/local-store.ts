/** localStorage, or null where the browser refuses it (private mode, storage disabled): callers then simply do not remember. */
export function localStore(): Storage | null {
  try {
    return window.localStorage
  } catch {
    return null
  }
}

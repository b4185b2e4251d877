// The renderer is served from app://kubestudy/ (see protocol.ts). Node's URL gives
// custom schemes an opaque origin ('null'), so origins are compared by scheme and host.
export const appScheme = 'app'
export const appHost = 'kubestudy'
export const appUrl = `${appScheme}://${appHost}/index.html`

/** Is this URL a page of the app itself (or, in development, of the Vite dev server)? */
export function isAppUrl(url: string | undefined, devServerUrl?: string): boolean {
  if (!url) return false
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  if (parsed.protocol === `${appScheme}:` && parsed.host === appHost) return true
  if (!devServerUrl) return false
  const dev = new URL(devServerUrl)
  return parsed.protocol === dev.protocol && parsed.host === dev.host
}

/** Links the app hands to the system browser; anything else is simply refused. */
export function isExternalLink(url: string): boolean {
  return /^(https?|mailto):/i.test(url)
}

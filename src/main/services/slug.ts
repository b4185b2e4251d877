/**
 * Lowercase ASCII words joined by dashes, accents dropped, at most 60 characters — safe in
 * routes and file names. Course and cheatsheet ids are built with it, so its output must
 * never change.
 */
export function slug(text: string, fallback: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || fallback
  )
}

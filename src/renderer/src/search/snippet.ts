import DOMPurify from 'dompurify'

/** Search snippets may only carry <mark>: anything else is reduced to text. */
export function sanitizeSnippet(html: string): string {
  return DOMPurify.sanitize(html, { ALLOWED_TAGS: ['mark'], ALLOWED_ATTR: [] })
}

import { slidePlainText } from '@shared/markdown'

/** One line of a card's question for lists: markdown and cloze syntax removed. */
export function cardExcerpt(markdown: string, length = 160): string {
  const withoutClozes = markdown.replace(/\{\{c\d+::(.*?)(?:::(.*?))?\}\}/gs, '$1')
  const text = slidePlainText(withoutClozes).replace(/\s+/g, ' ').trim()
  return text.length > length ? `${text.slice(0, length - 1)}…` : text
}

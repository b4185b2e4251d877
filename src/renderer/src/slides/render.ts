import DOMPurify from 'dompurify'
import { renderSlideHtml, type MarkdownOptions } from '@shared/markdown'
import { messages } from '../i18n'

// One options object for the whole app so the shared pipeline reuses one parser.
const options: MarkdownOptions = {
  labels: {
    ...messages.markdown,
    admonitions: { ...messages.markdown.admonitions }
  }
}

const purifier = DOMPurify()
// Links the pipeline marked external keep their target; DOMPurify would drop it, and a
// `_blank` link must never be able to reach back into the app.
purifier.addHook('afterSanitizeAttributes', (node) => {
  if (node.tagName !== 'A') return
  if (node.getAttribute('target') === '_blank') node.setAttribute('rel', 'noopener noreferrer')
  else node.removeAttribute('target')
})

/** Slide markdown → sanitised HTML, with mermaid placeholders still to be drawn. */
export function renderSlide(markdown: string): string {
  return purifier.sanitize(renderSlideHtml(markdown, options), {
    ADD_ATTR: ['target'],
    FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select']
  })
}

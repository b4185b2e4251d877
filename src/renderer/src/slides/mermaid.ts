import DOMPurify from 'dompurify'
import { decodeDiagramSource } from '@shared/markdown'
import { messages } from '../i18n'

type Mermaid = (typeof import('mermaid'))['default']
export type DiagramTheme = 'light' | 'dark'

let loading: Promise<Mermaid> | null = null
let configuredTheme: DiagramTheme | null = null
let queue: Promise<unknown> = Promise.resolve()
let counter = 0
const cache = new Map<string, Promise<string>>()

// Mermaid is large: it is fetched (from the app's own files) only when a slide has a diagram.
function load(): Promise<Mermaid> {
  loading ??= import('mermaid').then((module) => module.default)
  return loading
}

async function renderNow(source: string, theme: DiagramTheme): Promise<string> {
  const mermaid = await load()
  if (configuredTheme !== theme) {
    mermaid.initialize({
      startOnLoad: false,
      securityLevel: 'strict',
      theme: theme === 'dark' ? 'dark' : 'default',
      fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif'
    })
    configuredTheme = theme
  }
  const { svg } = await mermaid.render(`mermaid-${++counter}`, source)
  // Mermaid already escapes labels under 'strict'; sanitising again keeps one rule: no
  // HTML reaches the page without DOMPurify.
  return DOMPurify.sanitize(svg, {
    USE_PROFILES: { svg: true, svgFilters: true, html: true },
    ADD_TAGS: ['foreignObject'],
    HTML_INTEGRATION_POINTS: { foreignobject: true }
  })
}

/** SVG markup for a diagram; identical sources share one render. Renders run one at a time. */
function renderMermaid(source: string, theme: DiagramTheme): Promise<string> {
  const key = `${theme}\n${source}`
  let result = cache.get(key)
  if (!result) {
    result = queue.then(() => renderNow(source, theme))
    queue = result.catch(() => undefined)
    result.catch(() => cache.delete(key))
    cache.set(key, result)
  }
  return result
}

/**
 * Draws every `[data-mermaid]` placeholder under `root`, or says the diagram could not be
 * drawn. `isCurrent` turns false once the content was replaced: a late SVG is then dropped.
 */
export async function drawDiagrams(root: ParentNode, theme: DiagramTheme, isCurrent: () => boolean): Promise<void> {
  const placeholders = [...root.querySelectorAll<HTMLElement>('[data-mermaid]')]
  await Promise.all(
    placeholders.map(async (element) => {
      try {
        const svg = await renderMermaid(decodeDiagramSource(element.dataset.mermaid ?? ''), theme)
        // renderMermaid returns DOMPurify output.
        if (isCurrent()) element.innerHTML = svg
      } catch {
        if (!isCurrent()) return
        element.textContent = messages.slide.diagramError
        element.classList.add('diagram-error')
      }
    })
  )
}

import type { MarkdownIt } from 'markdown-it'
import { labelGroups, readDitaa } from '../ditaa/grid'
import { ditaaSvg } from '../ditaa/svg'
import { claimFences, fenceLanguage } from '../fence'
import type { ResolvedMarkdownOptions } from '../options'

/** True for a `plantuml` fence holding `@startditaa`, or a `ditaa` fence. */
export function isDitaaFence(language: string, content: string): boolean {
  return language === 'ditaa' || (language === 'plantuml' && /^\s*@startditaa\b/m.test(content))
}

// PlantUML's ditaa is drawn here as SVG; the `@startditaa` markers never reach the page.
export function ditaaPlugin(md: MarkdownIt, options: ResolvedMarkdownOptions): void {
  claimFences(md, (token) => {
    if (!isDitaaFence(fenceLanguage(token), token.content)) return null
    const grid = readDitaa(token.content)
    const words = labelGroups(grid).join(', ')
    const label = words ? `${options.labels.diagram} : ${words}` : options.labels.diagram
    return `<figure class="diagram ditaa">${ditaaSvg(grid, label)}</figure>\n`
  })
}

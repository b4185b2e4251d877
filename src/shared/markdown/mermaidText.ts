import { mermaidTitle } from './plugins/mermaid'

// Directive lines carry styling or interaction, never words a student would search for.
const DIRECTIVE = /^\s*(?:%%|classDef\b|class\b|style\b|linkStyle\b|click\b|accTitle\b|accDescr\b|direction\b)/
const KEYWORDS = new Set([
  'graph', 'flowchart', 'subgraph', 'end', 'lr', 'rl', 'td', 'tb', 'bt',
  'sequencediagram', 'participant', 'actor', 'classdiagram', 'statediagram', 'statediagram-v2',
  'erdiagram', 'gantt', 'pie', 'mindmap', 'timeline', 'journey', 'gitgraph', 'note', 'loop', 'alt', 'opt', 'else'
])

/** The words of a mermaid diagram (its title, node and edge labels), for search. */
export function mermaidText(source: string): string {
  const title = mermaidTitle(source)
  const body = source.replace(/^\s*---\s*\n[\s\S]*?\n\s*---\s*(?:\n|$)/, '')
  const seen = new Set<string>()
  const words: string[] = []
  for (const line of body.split(/\r?\n/)) {
    if (DIRECTIVE.test(line)) continue
    const cleaned = line
      .replace(/<[^>]*>/g, ' ')
      .replace(/[-=.]+>|<[-=.]+|-{2,}|={2,}|\.-|-\./g, ' ')
      .replace(/[\[\](){}|;"`>]/g, ' ')
    for (const word of cleaned.split(/\s+/)) {
      const trimmed = word.replace(/^[,:]+|[,:]+$/g, '')
      if (!trimmed || KEYWORDS.has(trimmed.toLowerCase())) continue
      if (seen.has(trimmed)) continue
      seen.add(trimmed)
      words.push(trimmed)
    }
  }
  return [title, words.join(' ')].filter(Boolean).join('\n')
}

import { defaultMarkdownLabels, type MarkdownLabels } from './labels'

export interface MarkdownOptions {
  /**
   * Maps an image source from the course (`@assets/x.png`, `img/x.png`) to an address the
   * app can load offline, or null when the file is not available. Remote addresses never
   * reach this function: they always become a placeholder card.
   */
  resolveImage?: (src: string) => string | null
  /** Words written into slides; French defaults. */
  labels?: Partial<MarkdownLabels>
}

export interface ResolvedMarkdownOptions {
  resolveImage: (src: string) => string | null
  labels: MarkdownLabels
}

export function resolveOptions(options: MarkdownOptions = {}): ResolvedMarkdownOptions {
  return {
    resolveImage: options.resolveImage ?? (() => null),
    labels: {
      ...defaultMarkdownLabels,
      ...options.labels,
      admonitions: { ...defaultMarkdownLabels.admonitions, ...options.labels?.admonitions }
    }
  }
}

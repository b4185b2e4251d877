declare module 'markdown-it-container' {
  import type { MarkdownItOptions, Renderer, Token } from 'markdown-it'

  interface ContainerOptions {
    marker?: string
    validate?: (params: string, markup: string) => boolean
    render?: (
      tokens: Token[],
      index: number,
      options: MarkdownItOptions,
      env: unknown,
      self: Renderer
    ) => string
  }

  export default function container(md: import('markdown-it').MarkdownIt, name: string, options?: ContainerOptions): void
}

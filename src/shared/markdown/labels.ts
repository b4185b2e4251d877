// The few words the markdown pipeline writes into slides, in French: the main process's
// search text uses them as they are, and the renderer's French messages take them as their
// `markdown` section (i18n/fr.ts); another language passes its own.
export interface MarkdownLabels {
  /** Visible title of a `:::name` box, by container name. */
  admonitions: Record<string, string>
  diagramLoading: string
  diagram: string
  imageUnavailable: string
  copy: string
}

export const defaultMarkdownLabels: MarkdownLabels = {
  admonitions: {
    warn: 'Attention',
    warning: 'Attention',
    danger: 'Danger',
    info: 'Information',
    note: 'Remarque',
    tip: 'Astuce',
    success: 'Réussite'
  },
  diagramLoading: 'Chargement du diagramme…',
  diagram: 'Diagramme',
  imageUnavailable: 'Image non disponible hors ligne',
  copy: 'Copier'
}

// The few words the markdown pipeline writes into slides. French defaults so the main
// process (search text) and tests need no setup; the renderer passes its i18n strings.
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

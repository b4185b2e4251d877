/**
 * A card names its slide by a short phrase copied from it. Matching ignores inline
 * formatting and spacing, so the phrase may be copied from the markdown source or from
 * the rendered slide alike: "Assigne les Pod" matches "Assigne les `Pod`".
 */
export function normaliseSourceText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[`*_~]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}

export function sourceMatches(phrase: string, slideMarkdown: string): boolean {
  const needle = normaliseSourceText(phrase)
  return needle !== '' && normaliseSourceText(slideMarkdown).includes(needle)
}

/** The slides whose text contains `phrase`; a valid source matches exactly one. */
export function slidesMatchingSource<S extends { markdown: string }>(phrase: string, slides: readonly S[]): S[] {
  return slides.filter((slide) => sourceMatches(phrase, slide.markdown))
}

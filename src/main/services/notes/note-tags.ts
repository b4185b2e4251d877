import { codeRanges, inRanges } from '@shared/cards/code-ranges'

// A tag is `#` + a word with at least one letter, at the start of a line or after a
// space or an opening bracket: headings (`# Title`), issue numbers (`#12`) and URL
// fragments (`/page#part`) are not tags.
const tagPattern = /(^|[\s([{])#([\p{L}\p{N}_-]*\p{L}[\p{L}\p{N}_/-]*)/gu

/** The `#tags` of a note, outside code, lowercased, without `#`, sorted and unique. */
export function extractTags(markdown: string): string[] {
  const code = codeRanges(markdown)
  const tags = new Set<string>()
  for (const match of markdown.matchAll(tagPattern)) {
    const at = match.index + match[1].length
    if (inRanges(at, code)) continue
    tags.add(match[2].replace(/[/_-]+$/, '').toLowerCase())
  }
  return [...tags].sort((a, b) => a.localeCompare(b, 'fr'))
}

/** `#Réseau` and `réseau` name the same tag. */
export function normaliseTag(tag: string): string {
  return tag.trim().replace(/^#/, '').toLowerCase()
}

import { describe, expect, it } from 'vitest'
import { extractTags } from '../../../src/main/services/notes/note-tags'

describe('#tags in a note', () => {
  it('finds words after # at a line start or after a space, lowercased, sorted, unique', () => {
    expect(extractTags('#Réseau en tête\nvoir #pods et (#services) puis #réseau')).toEqual(['pods', 'réseau', 'services'])
  })

  it('ignores headings, numbers, URL fragments and code', () => {
    const text = [
      '# Un titre',
      '## Un autre',
      'le ticket #12 et https://kubernetes.io/docs#pods',
      '`#inline` et',
      '```yaml',
      '#comment: dans un bloc',
      '```',
      'mais #vrai-tag.'
    ].join('\n')
    expect(extractTags(text)).toEqual(['vrai-tag'])
  })
})

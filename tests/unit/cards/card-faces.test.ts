import { describe, expect, it } from 'vitest'
import { cardFaces, parseDeck } from '@shared/cards/deck-format'

const { cards } = parseDeck(
  [
    '# Architecture',
    '---',
    'id: archi-etcd',
    'type: basic-and-reversed',
    'source: "etcd"',
    '---',
    '`etcd`',
    '???',
    'Base clé-valeur du cluster.',
    '---',
    'id: archi-quorum',
    'type: cloze',
    'source: "quorum"',
    '---',
    '3 membres tolèrent {{c1::1}} panne, 5 membres {{c2::2::nombre}}.',
    '???',
    'Majorité requise.'
  ].join('\n'),
  'faces.cards.md'
)

describe('cardFaces', () => {
  it('gives a reversed card two faces keyed id and id:reverse', () => {
    expect(cardFaces(cards[0])).toMatchInlineSnapshot(`
      [
        {
          "back": "Base clé-valeur du cluster.",
          "cardId": "archi-etcd",
          "front": "\`etcd\`",
          "key": "archi-etcd",
          "variant": "forward",
        },
        {
          "back": "\`etcd\`",
          "cardId": "archi-etcd",
          "front": "Base clé-valeur du cluster.",
          "key": "archi-etcd:reverse",
          "variant": "reverse",
        },
      ]
    `)
  })

  it('gives a cloze card one face per number, with the extra text under the answer', () => {
    expect(cardFaces(cards[1])).toMatchInlineSnapshot(`
      [
        {
          "back": "3 membres tolèrent <mark class="cloze">1</mark> panne, 5 membres 2.

      Majorité requise.",
          "cardId": "archi-quorum",
          "front": "3 membres tolèrent <span class="cloze">[…]</span> panne, 5 membres 2.",
          "key": "archi-quorum:c1",
          "variant": "c1",
        },
        {
          "back": "3 membres tolèrent 1 panne, 5 membres <mark class="cloze">2</mark>.

      Majorité requise.",
          "cardId": "archi-quorum",
          "front": "3 membres tolèrent 1 panne, 5 membres <span class="cloze">[nombre]</span>.",
          "key": "archi-quorum:c2",
          "variant": "c2",
        },
      ]
    `)
  })

  it('keeps face keys when the text of a card changes', () => {
    const edited = { ...cards[1], front: 'Trois membres : {{c1::une}} panne ; cinq : {{c2::deux}}.' }
    expect(cardFaces(edited).map((face) => face.key)).toEqual(cardFaces(cards[1]).map((face) => face.key))
    expect(cardFaces({ ...cards[0], type: 'basic' }).map((face) => face.key)).toEqual(['archi-etcd'])
  })
})

import { describe, expect, it } from 'vitest'
import { DeckFormatError, parseDeck } from '@shared/cards/deck-format'

const deck = (...lines: string[]): string => lines.join('\n')

/** The message parseDeck throws for `text`, one `file:line: problem` per line. */
function problemsOf(text: string): string {
  try {
    parseDeck(text, 'test.cards.md')
  } catch (error) {
    if (error instanceof DeckFormatError) return error.message
    throw error
  }
  throw new Error('expected parseDeck to reject the deck')
}

const scheduler = deck(
  'Free text before the first chapter is ignored.',
  '',
  '# Architecture',
  '',
  '---',
  'id: archi-scheduler',
  'type: basic-and-reversed',
  'source: "assigne les `Pod` à un `Node`"',
  'tags: [control-plane, scheduler]',
  '---',
  '`kube-scheduler`',
  '???',
  'Choisit le Node de chaque Pod.',
  ''
)

describe('parseDeck', () => {
  it('reads a card with its chapter, header, front and back', () => {
    expect(parseDeck(scheduler, 'test.cards.md')).toMatchInlineSnapshot(`
      {
        "cards": [
          {
            "back": "Choisit le Node de chaque Pod.",
            "chapter": "Architecture",
            "front": "\`kube-scheduler\`",
            "id": "archi-scheduler",
            "line": 5,
            "source": "assigne les \`Pod\` à un \`Node\`",
            "tags": [
              "control-plane",
              "scheduler",
            ],
            "type": "basic-and-reversed",
          },
        ],
      }
    `)
  })

  it('reads a cloze card without extra text, and keeps separators inside code fences', () => {
    const text = deck(
      '# Ressources',
      '---',
      'id: res-netpol',
      'type: cloze',
      'source: n\'est sélectionné par aucune',
      '---',
      'Une politique vide bloque {{c1::tout le trafic entrant}} :',
      '',
      '```yaml',
      '---',
      '???',
      '# not a chapter',
      'podSelector: {}',
      '```',
      '',
      '# Pods',
      '---',
      'id: pod-run',
      'type: basic',
      'source: Commandes de base',
      '---',
      'Créer un Pod ?',
      '???',
      '`kubectl run web --image=nginx`'
    )
    const { cards } = parseDeck(text, 'test.cards.md')
    expect(cards.map(({ id, chapter, front, back }) => ({ id, chapter, front, back }))).toMatchInlineSnapshot(`
      [
        {
          "back": "",
          "chapter": "Ressources",
          "front": "Une politique vide bloque {{c1::tout le trafic entrant}} :

      \`\`\`yaml
      ---
      ???
      # not a chapter
      podSelector: {}
      \`\`\`",
          "id": "res-netpol",
        },
        {
          "back": "\`kubectl run web --image=nginx\`",
          "chapter": "Pods",
          "front": "Créer un Pod ?",
          "id": "pod-run",
        },
      ]
    `)
  })

  it('accepts CRLF line endings and a byte-order mark', () => {
    const { cards } = parseDeck('\uFEFF' + scheduler.replace(/\n/g, '\r\n'), 'test.cards.md')
    expect(cards[0].back).toBe('Choisit le Node de chaque Pod.')
  })

  it('reads header values as text, never as numbers or booleans', () => {
    const { cards } = parseDeck(scheduler.replace('tags: [control-plane, scheduler]', 'tags: [no, 1e3]'), 'x')
    expect(cards[0].tags).toEqual(['no', '1e3'])
  })

  it('reports every problem with its line, and no cards at all', () => {
    const text = deck(
      '# Architecture',
      '---',
      'id: archi-a',
      'type: clozed',
      'source: "a"',
      '---',
      'Recto',
      '???',
      'Verso',
      '---',
      'id: archi-b',
      'type: cloze',
      'source: "b"',
      '---',
      'Aucun trou ici.',
      '---',
      'id: archi-c',
      'type: basic',
      '---',
      'Recto sans verso',
      '---',
      'id: archi-b',
      'type: basic',
      'source: "d"',
      'colour: blue',
      '---',
      'Recto',
      '???',
      'Verso'
    )
    expect(problemsOf(text)).toMatchInlineSnapshot(`
      "test.cards.md:4: unknown type "clozed" (expected basic, basic-and-reversed, cloze)
      test.cards.md:15: cloze card "archi-b" has no {{c1::…}} deletion
      test.cards.md:17: card has no "source" (a short phrase copied from its slide)
      test.cards.md:21: duplicate id "archi-b" (first used on line 10)
      test.cards.md:25: unknown key "colour" in card header (expected id, type, source, tags)"
    `)
  })

  it('reports malformed, unclosed, empty and misplaced clozes', () => {
    const card = (id: string, type: string, body: string) =>
      deck('---', `id: ${id}`, `type: ${type}`, 'source: "s"', '---', body)
    const text = deck(
      '# Architecture',
      card('a', 'cloze', 'Le {{c1:kubelet}} tourne sur chaque Node.'),
      card('b', 'cloze', 'Un {{c1::Pod}} et {{c2::un trou ouvert'),
      card('c', 'cloze', 'Vide : {{c1::}} et dans le code : `{{c2::kubectl}}`'),
      card('d', 'basic', 'Un {{c1::trou}} ici\n???\nverso'),
      card('e', 'cloze', '{{c1::ok}}\n???\nUn {{c2::trou}} dans le complément')
    )
    expect(problemsOf(text)).toMatchInlineSnapshot(`
      "test.cards.md:7: malformed cloze "{{c1:…": write {{c1::answer}} or {{c1::answer::hint}}
      test.cards.md:13: cloze "{{c2::" is never closed with "}}"
      test.cards.md:19: cloze c1 has an empty answer
      test.cards.md:19: cloze c2 is inside code: put the backticks inside the cloze, as {{c2::\`code\`}}
      test.cards.md:25: cloze deletion in basic card "d": use type: cloze
      test.cards.md:35: the extra text of cloze card "e" cannot hold deletions"
    `)
  })

  it('explains a header that runs into card text, then reads the next card', () => {
    const text = deck(
      '# Architecture',
      '---',
      'id: archi-a',
      'type: basic',
      'source: "a"',
      'Recto written before closing the header',
      '???',
      'Verso',
      '---',
      'id: archi-b',
      'type: basic',
      'source: "b"',
      '---',
      'Recto',
      '???',
      'Verso'
    )
    expect(problemsOf(text)).toMatchInlineSnapshot(
      `"test.cards.md:6: expected "key: value" or the "---" closing the card header (a "---" line inside card text starts a new card)"`
    )
  })

  it('rejects cards outside chapters, stray text, bad ids and bad tags', () => {
    const text = deck(
      '---',
      'id: early',
      'type: basic',
      'source: "x"',
      '---',
      'Recto',
      '???',
      'Verso',
      '# Architecture',
      'stray line',
      '---',
      'id: Archi_Bad',
      'type: basic',
      'source: "x"',
      'tags: réseau',
      '---',
      'Recto',
      '???',
      'Verso',
      '---',
      'id: archi-empty',
      'type: basic',
      'source: "x"',
      'tags: [deux mots]',
      '---',
      'Recto',
      '???',
      ''
    )
    expect(problemsOf(text)).toMatchInlineSnapshot(`
      "test.cards.md:1: card before the first chapter heading ("# Chapter title")
      test.cards.md:10: text outside a card: a card starts with a "---" line
      test.cards.md:12: id "Archi_Bad" must be lowercase letters, digits and single dashes (e.g. archi-scheduler-role)
      test.cards.md:15: tags must be a list, e.g. tags: [réseau, service]
      test.cards.md:24: tag "deux mots" must be one word (letters, digits, - or _)
      test.cards.md:27: card "archi-empty" has an empty back"
    `)
  })

  it('reports YAML syntax errors in a header at their line', () => {
    const text = deck('# Architecture', '---', 'id: archi-a', 'type: basic', 'source: `Pod` assigné', '---', 'R', '???', 'V')
    expect(problemsOf(text)).toMatchInlineSnapshot(
      `"test.cards.md:5: card header: Plain value cannot start with reserved character \`"`
    )
  })

  it('reports a header that is never closed and a second answer separator', () => {
    expect(problemsOf(deck('# A', '---', 'id: a', 'type: basic', 'source: "s"'))).toMatchInlineSnapshot(
      `"test.cards.md:2: the card header opened here is never closed by a "---" line"`
    )
    expect(problemsOf(deck('# A', '---', 'id: a', 'type: basic', 'source: "s"', '---', 'R', '???', 'V', '???', 'W'))).toMatchInlineSnapshot(
      `"test.cards.md:10: more than one "???" line in card "a""`
    )
  })
})

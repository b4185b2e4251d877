import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { clozeNumbers, renderCloze, scanClozes } from '@shared/cards/deck-format'

const text = 'Le {{c1::Scheduler::composant}} assigne les Pods ; {{c2::`kubectl drain`}} vide un Node, {{c1::etcd}} stocke.'

describe('clozeNumbers', () => {
  it('lists each cloze number once, ascending', () => {
    expect(clozeNumbers('{{c3::a}} {{c1::b}} {{c3::c}} {{c10::d}}')).toEqual([1, 3, 10])
  })

  it('ignores malformed deletions and deletions inside code', () => {
    expect(clozeNumbers('{{c1:a}} `{{c2::b}}` {{c::c}} {{c4::d}}')).toEqual([4])
  })
})

describe('renderCloze', () => {
  it('hides every deletion of the asked number on the front, showing the hint or […]', () => {
    expect(renderCloze(text, 1, 'front')).toMatchInlineSnapshot(
      `"Le <span class="cloze">[composant]</span> assigne les Pods ; \`kubectl drain\` vide un Node, <span class="cloze">[…]</span> stocke."`
    )
    expect(renderCloze(text, 2, 'front')).toMatchInlineSnapshot(
      `"Le Scheduler assigne les Pods ; <span class="cloze">[…]</span> vide un Node, etcd stocke."`
    )
  })

  it('highlights the answer on the back and shows the other deletions plainly', () => {
    expect(renderCloze(text, 2, 'back')).toMatchInlineSnapshot(
      `"Le Scheduler assigne les Pods ; <mark class="cloze">\`kubectl drain\`</mark> vide un Node, etcd stocke."`
    )
  })

  it('escapes HTML in hints', () => {
    expect(renderCloze('{{c1::x::<b>&</b>}}', 1, 'front')).toMatchInlineSnapshot(
      `"<span class="cloze">[&lt;b&gt;&amp;&lt;/b&gt;]</span>"`
    )
  })

  it('leaves text without deletions untouched', () => {
    expect(renderCloze('Aucun trou.', 1, 'front')).toBe('Aucun trou.')
  })

  it('gives every card of a note the same answer text once highlighting is removed', () => {
    const fragment = fc.stringMatching(/^[a-zéè .,;-]{0,12}$/)
    const cloze = fc.record({ n: fc.integer({ min: 1, max: 4 }), answer: fc.stringMatching(/^[a-zA-Z0-9é][a-zA-Z0-9é ]{0,9}$/) })
    fc.assert(
      fc.property(fc.array(fc.tuple(fragment, cloze), { minLength: 1, maxLength: 6 }), fragment, (parts, tail) => {
        const source = parts.map(([before, c]) => `${before}{{c${c.n}::${c.answer}}}`).join('') + tail
        const plain = parts.map(([before, c]) => before + c.answer).join('') + tail
        expect(clozeNumbers(source)).toEqual([...new Set(parts.map(([, c]) => c.n))].sort((a, b) => a - b))
        for (const n of clozeNumbers(source)) {
          const back = renderCloze(source, n, 'back').replace(/<mark class="cloze">|<\/mark>/g, '')
          expect(back).toBe(plain)
          expect(renderCloze(source, n, 'front')).not.toContain('{{')
        }
      })
    )
  })
})

describe('scanClozes', () => {
  it('gives each deletion with its place in the text', () => {
    expect(scanClozes('a {{c2::b::indice}} c')).toMatchInlineSnapshot(`
      {
        "clozes": [
          {
            "answer": "b",
            "end": 19,
            "hint": "indice",
            "number": 2,
            "start": 2,
          },
        ],
        "problems": [],
      }
    `)
  })

  it('finds a deletion that wraps code, but not one inside a code block', () => {
    const scan = scanClozes('{{c1::`kubectl get pods`}}\n\n```yaml\nkind: {{c2::Pod}}\n```\n')
    expect(scan.clozes.map((cloze) => cloze.number)).toEqual([1])
    expect(scan.problems.map((problem) => problem.message)).toEqual([
      'cloze c2 is inside code: put the backticks inside the cloze, as {{c2::`code`}}'
    ])
  })

  it('rejects c0, nested deletions and several hints', () => {
    expect(scanClozes('{{c0::a}} {{c1::a {{c2::b}} {{c3::a::b::c}}').problems.map((problem) => problem.message)).toEqual([
      'cloze numbers start at c1',
      'clozes cannot be nested',
      'cloze c3 has more than one "::hint"'
    ])
  })
})

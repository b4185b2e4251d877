export const cardTypes = ['basic', 'basic-and-reversed', 'cloze'] as const
export type CardType = (typeof cardTypes)[number]

/** One card as written in a deck file. */
export interface DeckCard {
  /** Stable id: the learner's review history follows it across releases of the file. */
  id: string
  type: CardType
  /** Title of the course chapter the card belongs to (the `# ` heading above it). */
  chapter: string
  /** A short phrase that occurs in exactly one slide of the course: the card's slide. */
  source: string
  tags: string[]
  /** Markdown. For a cloze card, the text carrying the `{{cN::…}}` deletions. */
  front: string
  /** Markdown. For a cloze card, optional extra text shown under the answer ('' if none). */
  back: string
  /** 1-based line of the card's opening `---` in its file. */
  line: number
}

export interface DeckProblem {
  line: number
  message: string
}

/** A deck file that cannot be loaded; lists every problem found, each with its line. */
export class DeckFormatError extends Error {
  constructor(
    readonly file: string,
    readonly problems: DeckProblem[]
  ) {
    super(problems.map((problem) => `${file}:${problem.line}: ${problem.message}`).join('\n'))
    this.name = 'DeckFormatError'
  }
}

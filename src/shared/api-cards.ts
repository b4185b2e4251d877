// Flashcards: the calls and replies of the cards capability (authoring, decks, Anki
// text import/export), spread into api.ts. Reviewing and statistics are in api-review.ts.
import { z } from 'zod'
import { folderPath } from './api-notes'

const id = z.string().min(1).max(200)
const cardType = z.enum(['basic', 'basic-and-reversed', 'cloze'])
const field = z.string().max(100_000)
const tags = z.array(z.string().regex(/^[^\s#]{1,64}$/u, 'a tag is one word without #')).max(50)

/** Everything, one course, or one chapter of a course. */
export const reviewScope = z
  .object({ courseId: id.optional(), chapterIndex: z.number().int().min(0).optional() })
  .strict()
  .refine((s) => s.chapterIndex === undefined || s.courseId !== undefined, 'chapterIndex needs courseId')

export const cardsRequests = {
  'cards.list': z
    .object({
      scope: reviewScope.optional(),
      /** Words that must all appear in the card's text. */
      query: z.string().max(200).optional(),
      tag: z.string().max(64).optional(),
      origin: z.enum(['deck', 'user', 'import']).optional(),
      /** Cards with at least one live face in that state; `suspended`: every live face suspended. */
      state: z.enum(['new', 'learning', 'review', 'relearning', 'suspended']).optional(),
      includeRetired: z.boolean().optional(),
      offset: z.number().int().min(0).optional(),
      limit: z.number().int().min(1).max(500).optional()
    })
    .strict(),
  'cards.get': z.object({ cardId: id }).strict(),
  /** The cards made from one slide, for the slide view. */
  'cards.forSlide': z.object({ slideId: id }).strict(),
  'cards.create': z
    .object({ slideId: id.optional(), type: cardType, front: field, back: field, tags: tags.optional() })
    .strict(),
  'cards.update': z
    .object({ cardId: id, type: cardType.optional(), front: field.optional(), back: field.optional(), tags: tags.optional() })
    .strict(),
  'cards.delete': z.object({ cardId: id }).strict(),
  'cards.suspend': z.object({ cardId: id, suspended: z.boolean() }).strict(),
  /** The curated decks shipped in content/cards and what loading them found. */
  'cards.decks': z.object({}).strict(),
  /**
   * An Anki text file (`.txt`/`.csv`): `path` in Electron (native open dialog) or when
   * the user types one; `text` for a file picked in the browser (body limit 1 MiB).
   */
  'cards.importAnki': z
    .object({ path: folderPath.optional(), text: z.string().max(1_000_000).optional(), deck: z.string().max(200).optional() })
    .strict()
    .refine((r) => (r.path === undefined) !== (r.text === undefined), 'give either path or text'),
  /** Without `path` the reply carries the file's text (browser mode offers it as a download). */
  'cards.exportAnki': z
    .object({
      path: folderPath.optional(),
      scope: reviewScope.optional(),
      separator: z.enum(['tab', 'comma']).optional(),
      /** Fields rendered to HTML (for Anki) instead of the markdown as written (exact round trip). */
      html: z.boolean().optional()
    })
    .strict()
} as const

export type CardType = z.infer<typeof cardType>
export type CardOrigin = 'deck' | 'user' | 'import'
export type FaceState = 'new' | 'learning' | 'review' | 'relearning'
export type ReviewScope = z.infer<typeof reviewScope>

/** One reviewable side of a card and its FSRS memory state. */
export interface FaceInfo {
  /** `cardId`, `cardId:reverse` or `cardId:cN`: the id review history follows. */
  key: string
  variant: string
  state: FaceState
  /** Epoch ms. */
  due: number
  stability: number
  difficulty: number
  reps: number
  lapses: number
  lastReview: number | null
  /** Probability of recall now; null for a new face. */
  retrievability: number | null
  suspended: boolean
  /** Left the deck (or its cloze number disappeared): kept with its history, never shown. */
  retired: boolean
}

export interface CardInfo {
  id: string
  origin: CardOrigin
  type: CardType
  /** Markdown; for a cloze card, the text with its `{{cN::…}}` deletions. */
  front: string
  back: string
  tags: string[]
  /** Curated deck id, or the Anki deck name of an imported card. */
  deck: string | null
  courseId: string | null
  slideId: string | null
  slideIndex: number | null
  slideTitle: string | null
  chapterIndex: number | null
  chapterTitle: string | null
  /** Curated cards: the phrase that links the card to its slide. */
  source: string | null
  /** Every live face suspended. */
  suspended: boolean
  retired: boolean
  /** Curated cards are updated by each release and cannot be edited or deleted (suspend them). */
  editable: boolean
  faces: FaceInfo[]
  createdAt: number
  updatedAt: number
}

export interface CardList {
  cards: CardInfo[]
  total: number
}

export interface DeckStatus {
  id: string
  path: string
  courseId: string
  cards: number
  retired: number
  /** Cards whose `source` phrase matched no slide, or several. */
  unresolved: { cardId: string; source: string; matches: number }[]
  /** Set when the last version of the file was refused; the previous cards stay. */
  problems: { line: number; message: string }[]
  loadedAt: number
}

export interface AnkiImportResult {
  total: number
  added: number
  updated: number
  /** Already present with the same text (or a curated card): skipped. */
  unchanged: number
}

export interface ExportResult {
  count: number
  path: string | null
  text: string | null
}

export interface CardsReplies {
  'cards.list': CardList
  'cards.get': CardInfo
  'cards.forSlide': CardInfo[]
  'cards.create': CardInfo
  'cards.update': CardInfo
  'cards.delete': { deleted: boolean }
  'cards.suspend': CardInfo
  'cards.decks': DeckStatus[]
  'cards.importAnki': AnkiImportResult
  'cards.exportAnki': ExportResult
}

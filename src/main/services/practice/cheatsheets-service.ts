import { ApiError, type ApiEvent, type CheatsheetDoc, type CheatsheetList, type ContentProblem } from '@shared/api'
import { slidePlainText } from '@shared/markdown'
import type { Db } from '../db/open'
import type { SearchIndex } from '../search/search-index'
import { CheatsheetFormatError, splitCheatsheet } from './cheatsheet-sections'
import { ContentWatcher, readContentDir } from './content-dir'

export interface CheatsheetsOptions {
  db: Db
  search: SearchIndex
  /** content/cheatsheets: one markdown file per sheet. */
  dir: string
  emit: (event: ApiEvent) => void
  watch?: boolean
}

const suffixes = ['.md']

/** The search document of a section: `<sheet>#<section>`; the introduction is `<sheet>`. */
export const cheatsheetRef = (sheetId: string, sectionId?: string): string =>
  sectionId ? `${sheetId}#${sectionId}` : sheetId

/** The cheatsheets of content/cheatsheets, split into sections, one search document each. */
export class CheatsheetsService {
  private sheets: CheatsheetDoc[] = []
  private problems: ContentProblem[] = []
  private readonly watcher: ContentWatcher | null

  constructor(private readonly options: CheatsheetsOptions) {
    this.watcher = options.watch ? new ContentWatcher(options.dir, suffixes, () => this.reload(true), 'cheatsheets') : null
  }

  start(): void {
    this.reload(false)
    this.watcher?.start()
  }

  reload(announce: boolean): void {
    const { files, unreadable } = readContentDir(this.options.dir, suffixes)
    const sheets: CheatsheetDoc[] = []
    const problems: ContentProblem[] = unreadable.map((u) => ({ file: u.name, errors: [u.error] }))
    for (const file of files) {
      try {
        const sheet = splitCheatsheet(file.name, file.text)
        const other = sheets.find((s) => s.id === sheet.id)
        if (other) problems.push({ file: file.name, errors: [`id « ${sheet.id} » déjà utilisé par ${other.file}`] })
        else sheets.push(sheet)
      } catch (error) {
        if (!(error instanceof CheatsheetFormatError)) throw error
        problems.push({ file: file.name, errors: [error.message] })
      }
    }
    for (const problem of problems) console.error(`[cheatsheets] ${problem.file}: ${problem.errors.join('; ')}`)
    this.sheets = sheets
    this.problems = problems
    this.index()
    if (announce) this.options.emit({ type: 'cheatsheets.changed' })
  }

  list(): CheatsheetList {
    return {
      sheets: this.sheets.map((sheet) => ({
        id: sheet.id,
        title: sheet.title,
        file: sheet.file,
        sections: sheet.sections.map(({ id, title }) => ({ id, title }))
      })),
      problems: this.problems
    }
  }

  get(cheatsheetId: string): CheatsheetDoc {
    const sheet = this.sheets.find((s) => s.id === cheatsheetId)
    if (!sheet) throw new ApiError('not-found', `No cheatsheet with id ${cheatsheetId}`)
    return sheet
  }

  async close(): Promise<void> {
    await this.watcher?.close()
  }

  ready(): Promise<void> {
    return this.watcher?.ready() ?? Promise.resolve()
  }

  private index(): void {
    const { db, search } = this.options
    const current = new Set<string>()
    db.transaction(() => {
      for (const sheet of this.sheets) {
        // The sheet's title goes in the body: in the title it would make every section of
        // "Pods : logs, exec…" outrank the one section titled "Logs".
        const docs = [
          { ref: cheatsheetRef(sheet.id), title: sheet.title, body: slidePlainText(sheet.intro) },
          ...sheet.sections.map((s) => ({
            ref: cheatsheetRef(sheet.id, s.id),
            title: s.title,
            body: `${sheet.title}\n${slidePlainText(s.markdown)}`
          }))
        ]
        for (const doc of docs) {
          current.add(doc.ref)
          search.upsert({ kind: 'cheatsheet', refId: doc.ref, title: doc.title, body: doc.body })
        }
      }
      const indexed = db.prepare<[], { ref_id: string }>("SELECT ref_id FROM search_docs WHERE kind = 'cheatsheet'").all()
      for (const { ref_id } of indexed) if (!current.has(ref_id)) search.remove('cheatsheet', ref_id)
    })()
  }
}

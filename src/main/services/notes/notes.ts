import type { Note, NoteSaveResult, NotesExportResult, NotesImportResult, NotesList } from '@shared/api'
import type { Db } from '../db/open'
import type { SearchIndex } from '../search/search-index'
import { NoteStore } from './note-store'
import { listNotes, type ListOptions } from './notes-list'
import { exportNotes, importNotes } from './notes-transfer'

/** Notes on slides: what the notes.* API calls reach. */
export class NotesService {
  readonly store: NoteStore

  constructor(
    private readonly db: Db,
    search: SearchIndex,
    now: () => number = Date.now
  ) {
    this.store = new NoteStore(db, search, now)
  }

  get(slideId: string): Note | null {
    return this.store.get(slideId)
  }

  save(slideId: string, markdown: string): NoteSaveResult {
    return this.store.save(slideId, markdown)
  }

  delete(slideId: string): { deleted: boolean } {
    return { deleted: this.store.delete(slideId) }
  }

  list(options: ListOptions = {}): NotesList {
    return listNotes(this.db, this.store.all(), options)
  }

  exportTo(dir: string): NotesExportResult {
    return exportNotes(this.store, dir)
  }

  importFrom(dir: string): NotesImportResult {
    return importNotes(this.db, this.store, dir)
  }
}

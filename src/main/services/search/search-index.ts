import type { SearchHit, SearchKind, SearchResult } from '@shared/api'
import type { Db } from '../db/open'
import { buildMatchQuery } from './query'
import { snippetToHtml, stripMarkers } from './snippet'

export interface SearchDoc {
  kind: SearchKind
  /** Id of the slide, note, card or cheatsheet section. */
  refId: string
  /** The slide the result opens on, when there is one. */
  courseId?: string | null
  slideId?: string | null
  title: string
  body: string
}

export interface SearchOptions {
  query: string
  limit?: number
  kinds?: SearchKind[]
}

// A match in the title outweighs any number of matches in the body (bm25 saturates per column).
const titleWeight = 10
const bodyWeight = 1
const snippetTokens = 14

interface HitRow {
  kind: SearchKind
  ref_id: string
  course_id: string | null
  slide_id: string | null
  title: string
  snippet: string
  slide_index: number | null
}

/** The one full-text index. Every capability writes its own kind of document; search reads them all. */
export class SearchIndex {
  private readonly upsertStmt
  private readonly removeStmt

  constructor(private readonly db: Db) {
    this.upsertStmt = db.prepare(`
      INSERT INTO search_docs (kind, ref_id, course_id, slide_id, title, body)
      VALUES (@kind, @refId, @courseId, @slideId, @title, @body)
      ON CONFLICT (kind, ref_id) DO UPDATE SET
        course_id = excluded.course_id, slide_id = excluded.slide_id,
        title = excluded.title, body = excluded.body
      WHERE title IS NOT excluded.title OR body IS NOT excluded.body
        OR course_id IS NOT excluded.course_id OR slide_id IS NOT excluded.slide_id`)
    this.removeStmt = db.prepare('DELETE FROM search_docs WHERE kind = ? AND ref_id = ?')
  }

  /** Adds or replaces a document; callers writing many wrap the calls in one transaction. */
  upsert(doc: SearchDoc): void {
    this.upsertStmt.run({
      kind: doc.kind,
      refId: doc.refId,
      courseId: doc.courseId ?? null,
      slideId: doc.slideId ?? null,
      title: stripMarkers(doc.title),
      body: stripMarkers(doc.body)
    })
  }

  remove(kind: SearchKind, refId: string): void {
    this.removeStmt.run(kind, refId)
  }

  search({ query, limit = 20, kinds }: SearchOptions): SearchResult {
    const started = performance.now()
    const parsed = buildMatchQuery(query)
    if (!parsed) return { hits: [], tookMs: performance.now() - started }
    const kindFilter = kinds?.length ? `AND d.kind IN (${kinds.map(() => '?').join(', ')})` : ''
    const rows = this.db
      .prepare<unknown[], HitRow>(
        `SELECT d.kind, d.ref_id, d.course_id, d.slide_id, d.title,
                snippet(search_fts, 1, char(1), char(2), '…', ${snippetTokens}) AS snippet,
                s.position AS slide_index
           FROM search_fts
           JOIN search_docs d ON d.id = search_fts.rowid
           LEFT JOIN slides s ON s.id = d.slide_id
          WHERE search_fts MATCH ? ${kindFilter}
          ORDER BY bm25(search_fts, ${titleWeight}, ${bodyWeight}), d.id
          LIMIT ?`
      )
      .all(parsed.match, ...(kinds?.length ? kinds : []), limit)
    const hits = rows.map((row): SearchHit => {
      const hit: SearchHit = {
        kind: row.kind,
        id: row.ref_id,
        title: row.title,
        snippet: snippetToHtml(row.snippet),
        terms: parsed.terms
      }
      if (row.course_id) hit.courseId = row.course_id
      if (row.slide_id) hit.slideId = row.slide_id
      if (row.slide_index !== null) hit.slideIndex = row.slide_index
      return hit
    })
    return { hits, tookMs: performance.now() - started }
  }
}

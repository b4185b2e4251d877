import type { Db } from '../db/open'
import { formatField } from '../cards/anki/delimited'

/** The columns of the FSRS optimizer's review_logs schema (fsrs-optimizer README), in its order. */
export const optimizerColumns = ['card_id', 'review_time', 'review_rating', 'review_state', 'review_duration'] as const

/**
 * The review log as the FSRS optimizer reads it: one row per answer, times in epoch ms
 * (UTC), rating 1–4, the card's state when it was answered (0 new, 1 learning,
 * 2 review, 3 relearning) and the time spent in ms (0 when unknown). The optimizer
 * also asks for the timezone and the hour the day starts when it runs.
 */
export function reviewLogCsv(db: Db): { text: string; count: number } {
  const lines: string[] = [optimizerColumns.join(',')]
  const rows = db
    .prepare<[], { card_key: string; review_time: number; rating: number; state: number; duration_ms: number | null }>(
      'SELECT card_key, review_time, rating, state, duration_ms FROM review_log ORDER BY review_time, id'
    )
    .iterate()
  for (const row of rows) {
    lines.push(`${formatField(row.card_key, ',')},${row.review_time},${row.rating},${row.state},${row.duration_ms ?? 0}`)
  }
  return { text: `${lines.join('\n')}\n`, count: lines.length - 1 }
}

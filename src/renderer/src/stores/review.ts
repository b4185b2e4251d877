import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { Rating, ReviewQueue, ReviewScope } from '@shared/api'
import { useApi } from '../api'
import { errorMessage } from '../api/error-message'

export type ReviewPhase = 'choose' | 'session' | 'done'

interface Session {
  startedAt: number
  answered: number
  ratings: Record<Rating, number>
  /** Ratings given this session, newest last: undo takes them back one by one. */
  history: Rating[]
}

const newSession = (): Session => ({ startedAt: Date.now(), answered: 0, ratings: { 1: 0, 2: 0, 3: 0, 4: 0 }, history: [] })

export const useReviewStore = defineStore('review', () => {
  const phase = ref<ReviewPhase>('choose')
  const scope = ref<ReviewScope>({})
  const queue = ref<ReviewQueue | null>(null)
  const revealed = ref(false)
  const busy = ref(false)
  const error = ref<string | null>(null)
  const session = ref<Session>(newSession())
  let shownAt = Date.now()

  const current = computed(() => queue.value?.next ?? null)
  const remaining = computed(() => {
    const counts = queue.value?.counts
    return counts ? counts.new + counts.learning + counts.review : 0
  })

  function show(next: ReviewQueue): void {
    queue.value = next
    revealed.value = false
    shownAt = Date.now()
    phase.value = next.next ? 'session' : 'done'
  }

  async function run(action: () => Promise<void>): Promise<void> {
    if (busy.value) return
    busy.value = true
    error.value = null
    try {
      await action()
    } catch (cause) {
      error.value = errorMessage(cause)
    } finally {
      busy.value = false
    }
  }

  const start = (next: ReviewScope = scope.value) =>
    run(async () => {
      scope.value = next
      session.value = newSession()
      show(await useApi().review.queue({ scope: next }))
    })

  /** Back to the queue after a pause, keeping this session's figures. */
  const resume = () => run(async () => show(await useApi().review.queue({ scope: scope.value })))

  function reveal(): void {
    if (current.value) revealed.value = true
  }

  const answer = (rating: Rating) =>
    run(async () => {
      const item = current.value
      if (!item || !revealed.value) return
      const result = await useApi().review.answer({
        key: item.key,
        rating,
        reps: item.reps,
        durationMs: Math.min(Date.now() - shownAt, 86_400_000),
        scope: scope.value
      })
      session.value.answered++
      session.value.ratings[rating]++
      session.value.history.push(rating)
      show(result)
    })

  /** Takes back the last answer; the card it concerned is shown again, question side. */
  const undo = () =>
    run(async () => {
      const result = await useApi().review.undo({ scope: scope.value })
      const rating = session.value.history.pop()
      if (rating) {
        session.value.answered--
        session.value.ratings[rating]--
      }
      show(result)
    })

  function leave(): void {
    phase.value = queue.value && session.value.answered > 0 ? 'done' : 'choose'
  }

  function choose(): void {
    phase.value = 'choose'
    queue.value = null
    error.value = null
  }

  return { phase, scope, queue, revealed, busy, error, session, current, remaining, start, resume, reveal, answer, undo, leave, choose }
})

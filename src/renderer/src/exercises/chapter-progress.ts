import { computed, ref, watch, type Ref } from 'vue'
import type { StatsSummary } from '@shared/api'
import { useApi } from '../api'
import { useExercisesStore } from '../stores/exercises'

export interface ChapterFigures {
  exercises: { passed: number; total: number }
  /** Flashcards of the chapter: faces, those studied, and their mean probability of recall now. */
  cards: { faces: number; studied: number; mean: number | null }
}

/** Exercises passed and flashcard mastery per chapter of a course, for the course view. */
export function useChapterProgress(courseId: Ref<string>): Ref<(chapterIndex: number) => ChapterFigures> {
  const exercises = useExercisesStore()
  const mastery = ref<StatsSummary['mastery']>([])
  if (!exercises.list) void exercises.loadList()

  watch(
    courseId,
    async (id) => {
      try {
        const summary = await useApi().stats.summary({ scope: { courseId: id } })
        if (id === courseId.value) mastery.value = summary.mastery
      } catch {
        mastery.value = []
      }
    },
    { immediate: true }
  )

  return computed(() => {
    const list = (exercises.list?.exercises ?? []).filter((e) => e.courseId === courseId.value)
    return (chapterIndex: number): ChapterFigures => {
      const mine = list.filter((e) => e.chapterIndex === chapterIndex)
      const row = mastery.value.find((r) => r.courseId === courseId.value && r.chapterIndex === chapterIndex)
      return {
        exercises: { passed: mine.filter((e) => e.status === 'passed').length, total: mine.length },
        cards: { faces: row?.faces ?? 0, studied: row?.studied ?? 0, mean: row?.meanRetrievability ?? null }
      }
    }
  })
}

import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { CourseToc, Slide } from '@shared/api'
import { useApi } from '../api'
import { errorMessage } from '../api/error-message'

export interface LoadedCourse {
  toc: CourseToc
  slides: Slide[]
  /** Bumped on every reload so views can tell a live update from a first load. */
  revision: number
}

export const useCourseStore = defineStore('course', () => {
  const courses = ref<Record<string, LoadedCourse>>({})
  const errors = ref<Record<string, string>>({})
  const pending = new Map<string, Promise<void>>()

  async function fetchCourse(courseId: string): Promise<void> {
    const api = useApi().course
    try {
      const [toc, slides] = await Promise.all([api.toc({ courseId }), api.slides({ courseId })])
      const revision = (courses.value[courseId]?.revision ?? 0) + 1
      courses.value = { ...courses.value, [courseId]: { toc, slides, revision } }
      delete errors.value[courseId]
    } catch (cause) {
      errors.value = { ...errors.value, [courseId]: errorMessage(cause) }
    }
  }

  /** Loads a course once; concurrent callers share the same request. */
  function ensure(courseId: string): Promise<void> {
    if (courses.value[courseId]) return Promise.resolve()
    let request = pending.get(courseId)
    if (!request) {
      request = fetchCourse(courseId).finally(() => pending.delete(courseId))
      pending.set(courseId, request)
    }
    return request
  }

  /** A `course.changed` event: refresh only courses the user has opened. */
  async function onChanged(courseId: string): Promise<void> {
    if (courses.value[courseId]) await fetchCourse(courseId)
  }

  return { courses, errors, ensure, onChanged }
})

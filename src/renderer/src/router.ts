import { createRouter, createWebHashHistory, type RouteLocationRaw } from 'vue-router'
import { useCourseStore } from './stores/course'
import { useProgressStore } from './stores/progress'

/** Where the app opens: the slide the user left, else the library. */
async function resumeTarget(): Promise<RouteLocationRaw> {
  const progress = useProgressStore()
  if (!progress.loaded) await progress.load().catch(() => undefined)
  const last = progress.last
  if (!last) return { name: 'library' }
  const courses = useCourseStore()
  await courses.ensure(last.courseId)
  const slide = courses.courses[last.courseId]?.slides.find((s) => s.id === last.slideId)
  if (!slide) return { name: 'library' }
  return { name: 'slide', params: { courseId: last.courseId, n: String(slide.index + 1) } }
}

// Hash history: works under Electron's custom protocol and in browser mode alike.
export const router = createRouter({
  history: createWebHashHistory(),
  routes: [
    { path: '/', name: 'home', component: { render: () => null }, beforeEnter: resumeTarget },
    { path: '/library', name: 'library', component: () => import('./views/LibraryView.vue') },
    { path: '/course/:courseId', name: 'course', component: () => import('./views/CourseView.vue') },
    {
      path: '/course/:courseId/:n(\\d+)',
      name: 'slide',
      component: () => import('./views/SlideView.vue'),
      meta: { immersive: true }
    },
    { path: '/notes', name: 'notes', component: () => import('./views/NotesView.vue') },
    { path: '/cards', name: 'cards', component: () => import('./views/CardsView.vue') },
    { path: '/review', name: 'review', component: () => import('./views/ReviewView.vue') },
    { path: '/stats', name: 'stats', component: () => import('./views/StatsView.vue') },
    { path: '/console', name: 'console', component: () => import('./views/ConsoleView.vue') },
    { path: '/exercises', name: 'exercises', component: () => import('./views/ExercisesView.vue') },
    { path: '/exercises/:exerciseId', name: 'exercise', component: () => import('./views/ExerciseView.vue') },
    { path: '/cheatsheets/:sheetId?', name: 'cheatsheets', component: () => import('./views/CheatsheetsView.vue') },
    { path: '/:unknown(.*)*', redirect: { name: 'library' } }
  ]
})

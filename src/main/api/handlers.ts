import type { AppInfo } from '@shared/api'
import type { PathPurpose } from '@shared/api-transport'
import type { Services } from '../services'
import type { ApiHandlers } from './dispatch'

export interface Platform {
  mode: AppInfo['mode']
  version: string
  dataDir: string
  /** The native folder dialog in Electron; browser mode has none and returns null. */
  pickFolder(): Promise<string | null>
  /** The native open/save dialog for a purpose in Electron; browser mode returns null. */
  pickPath(purpose: PathPurpose): Promise<string | null>
}

/** Every API method, implemented once over the services; both transports dispatch here. */
export function createHandlers(services: Services, platform: Platform): ApiHandlers {
  const { library, progress, search, settings, notes, cards, review, stats, console: consoleService, exercises, cheatsheets } = services
  return {
    'app.info': () => ({
      version: platform.version,
      mode: platform.mode,
      dataDir: platform.dataDir,
      attributions: library.attributions()
    }),

    'library.list': () => library.list(),
    'library.addFolder': ({ path }) => library.addFolder(path),
    'library.removeFolder': ({ folderId }) => library.removeFolder(folderId),
    'library.pickFolder': () => platform.pickFolder(),
    'library.pickPath': ({ purpose }) => platform.pickPath(purpose),

    'course.toc': ({ courseId }) => library.courses.toc(courseId),
    'course.slides': ({ courseId }) => library.courses.slides(courseId),

    'progress.get': () => progress.get(),
    'progress.markSeen': ({ slideId }) => progress.markSeen(slideId),
    'progress.setLast': ({ courseId, slideId }) => progress.setLast(courseId, slideId),

    'search.query': (request) => search.search(request),

    'settings.get': () => settings.get(),
    'settings.set': (changes) => settings.set(changes),

    'notes.get': ({ slideId }) => notes.get(slideId),
    'notes.save': ({ slideId, markdown }) => notes.save(slideId, markdown),
    'notes.delete': ({ slideId }) => notes.delete(slideId),
    'notes.list': (request) => notes.list(request),
    'notes.export': ({ dir }) => notes.exportTo(dir),
    'notes.import': ({ dir }) => notes.importFrom(dir),

    'cards.list': (request) => cards.views.list(request),
    'cards.get': ({ cardId }) => cards.get(cardId),
    'cards.forSlide': ({ slideId }) => cards.views.forSlide(slideId),
    'cards.create': (request) => cards.user.create(request),
    'cards.update': (request) => cards.user.update(request),
    'cards.delete': ({ cardId }) => ({ deleted: cards.user.delete(cardId) }),
    'cards.suspend': ({ cardId, suspended }) => cards.user.suspend(cardId, suspended),
    'cards.decks': () => cards.deckStatus(),
    'cards.importAnki': (request) => cards.importAnki(request),
    'cards.exportAnki': (request) => cards.exportAnki(request),

    'review.queue': ({ scope }) => review.queue(scope),
    'review.answer': (request) => review.answer(request),
    'review.undo': ({ scope }) => review.undo(scope),
    'review.preview': ({ key }) => review.preview(key),
    'review.getSettings': () => review.getSettings(),
    'review.setSettings': (changes) => review.setSettings(changes),
    'review.exportLog': ({ path }) => review.exportLog(path),

    'stats.summary': ({ scope, retentionDays }) => stats.summary(scope, retentionDays),

    'console.load': () => consoleService.load(),
    'console.save': (request) => consoleService.save(request),
    'console.writeFile': ({ path, content }) => consoleService.writeFile(path, content),
    'console.renameFile': ({ from, to }) => consoleService.renameFile(from, to),
    'console.deleteFile': ({ path }) => consoleService.deleteFile(path),

    'exercises.list': () => exercises.list(),
    'exercises.get': ({ exerciseId }) => exercises.get(exerciseId),
    'exercises.start': ({ exerciseId }) => exercises.markStarted(exerciseId),
    'exercises.recordCheck': ({ exerciseId, passed }) => exercises.recordCheck(exerciseId, passed),
    'exercises.revealHints': ({ exerciseId, count }) => exercises.revealHints(exerciseId, count),
    'exercises.revealSolution': ({ exerciseId }) => exercises.revealSolution(exerciseId),

    'cheatsheets.list': () => cheatsheets.list(),
    'cheatsheets.get': ({ cheatsheetId }) => cheatsheets.get(cheatsheetId)
  }
}

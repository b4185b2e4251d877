import type { AppInfo } from '@shared/api'
import type { Services } from '../services'
import type { ApiHandlers } from './dispatch'

export interface Platform {
  mode: AppInfo['mode']
  version: string
  dataDir: string
  /** The native folder dialog in Electron; browser mode has none and returns null. */
  pickFolder(): Promise<string | null>
}

/** Every API method, implemented once over the services; both transports dispatch here. */
export function createHandlers(services: Services, platform: Platform): ApiHandlers {
  const { library, progress, search, settings } = services
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

    'course.toc': ({ courseId }) => library.courses.toc(courseId),
    'course.slides': ({ courseId }) => library.courses.slides(courseId),

    'progress.get': () => progress.get(),
    'progress.markSeen': ({ slideId }) => progress.markSeen(slideId),
    'progress.setLast': ({ courseId, slideId }) => progress.setLast(courseId, slideId),

    'search.query': (request) => search.search(request),

    'settings.get': () => settings.get(),
    'settings.set': (changes) => settings.set(changes)
  }
}

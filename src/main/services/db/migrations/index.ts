import type { Migration } from '../migrate'
import { library } from './001-library'
import { search } from './002-search'
import { progressAndSettings } from './003-progress-settings'
import { notes } from './004-notes'
import { cards } from './005-cards'
import { facesByCourse } from './006-faces-by-course'
import { practice } from './007-practice'
import { consoleState } from './008-console'

/** Every schema change, oldest first. A later issue appends its own file here; never edit a shipped one. */
export const migrations: readonly Migration[] = [
  library,
  search,
  progressAndSettings,
  notes,
  cards,
  facesByCourse,
  practice,
  consoleState
]

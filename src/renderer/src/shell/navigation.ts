import type { RouteLocationRaw } from 'vue-router'
import type { IconName } from '../common/icons'
import { messages } from '../i18n'

export interface NavItem {
  id: string
  label: string
  icon: IconName
  to: RouteLocationRaw
  /** Route names that light this item up. */
  routes: string[]
}

// One entry per view of the rail, in this order; a new view adds its entry here and its route in router.ts.
export const navItems: NavItem[] = [
  {
    id: 'courses',
    label: messages.nav.courses,
    icon: 'book',
    to: { name: 'library' },
    routes: ['library', 'course', 'slide']
  },
  { id: 'notes', label: messages.notes.nav, icon: 'note', to: { name: 'notes' }, routes: ['notes'] },
  { id: 'review', label: messages.review.nav, icon: 'review', to: { name: 'review' }, routes: ['review'] },
  { id: 'cards', label: messages.cards.nav, icon: 'cards', to: { name: 'cards' }, routes: ['cards'] },
  { id: 'stats', label: messages.stats.nav, icon: 'chart', to: { name: 'stats' }, routes: ['stats'] },
  { id: 'console', label: messages.console.nav, icon: 'terminal', to: { name: 'console' }, routes: ['console'] },
  {
    id: 'exercises',
    label: messages.exercises.nav,
    icon: 'target',
    to: { name: 'exercises' },
    routes: ['exercises', 'exercise']
  },
  { id: 'cheatsheets', label: messages.cheatsheets.nav, icon: 'sheet', to: { name: 'cheatsheets' }, routes: ['cheatsheets'] }
]

import type { RouteLocationRaw } from 'vue-router'
import type { IconName } from '../common/icons'
import { messages } from '../../i18n'

export interface NavItem {
  id: string
  label: string
  icon: IconName
  to: RouteLocationRaw
  /** Route names that light this item up. */
  routes: string[]
}

// Notes, Révisions, Console, Exercices and Aide-mémoire join this list as they land.
export const navItems: NavItem[] = [
  {
    id: 'courses',
    label: messages.nav.courses,
    icon: 'book',
    to: { name: 'library' },
    routes: ['library', 'course', 'slide']
  }
]

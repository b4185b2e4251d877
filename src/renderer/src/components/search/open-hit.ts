import type { Router } from 'vue-router'
import type { SearchHit } from '@shared/api'
import { useSearchStore } from '../../stores/search'
import { useNotesStore } from '../../stores/notes'

/**
 * Where a result leads. Slides open on themselves; notes, cards and cheatsheet
 * sections will add their own views, and until then open the slide they belong to.
 */
export async function openHit(router: Router, hit: SearchHit): Promise<void> {
  const search = useSearchStore()
  if (hit.courseId && hit.slideId && hit.slideIndex !== undefined) {
    search.highlight = { slideId: hit.slideId, terms: hit.terms }
    // A note or a card opens its slide with the study panel showing it.
    if (hit.kind === 'note' || hit.kind === 'card') useNotesStore().showPanel(hit.kind === 'note' ? 'notes' : 'cards')
    await router.push({ name: 'slide', params: { courseId: hit.courseId, n: String(hit.slideIndex + 1) } })
  } else if (hit.kind === 'card') {
    await router.push({ name: 'cards', query: { q: hit.title } })
  }
}

import type { Router } from 'vue-router'
import type { SearchHit } from '@shared/api'
import { useSearchStore } from '../stores/search'
import { useNotesStore } from '../stores/notes'
import { useCheatsheetsStore } from '../stores/cheatsheets'

/**
 * Where a result leads. Slides open on themselves, notes and cards on their slide with the
 * study panel; exercises on their page, cheatsheet sections on their sheet.
 */
export async function openHit(router: Router, hit: SearchHit): Promise<void> {
  const search = useSearchStore()
  if (hit.kind === 'exercise') {
    await router.push({ name: 'exercise', params: { exerciseId: hit.id } })
    return
  }
  if (hit.kind === 'cheatsheet') {
    // `<sheet>#<section>`: the sheet opens at that section with the terms marked.
    const [sheetId, sectionId] = hit.id.split('#')
    useCheatsheetsStore().highlight = { sheetId, sectionId: sectionId ?? null, terms: hit.terms }
    await router.push({ name: 'cheatsheets', params: { sheetId }, query: sectionId ? { section: sectionId } : {} })
    return
  }
  if (hit.courseId && hit.slideId && hit.slideIndex !== undefined) {
    search.highlight = { slideId: hit.slideId, terms: hit.terms }
    // A note or a card opens its slide with the study panel showing it.
    if (hit.kind === 'note' || hit.kind === 'card') useNotesStore().showPanel(hit.kind === 'note' ? 'notes' : 'cards')
    await router.push({ name: 'slide', params: { courseId: hit.courseId, n: String(hit.slideIndex + 1) } })
  } else if (hit.kind === 'card') {
    await router.push({ name: 'cards', query: { q: hit.title } })
  }
}

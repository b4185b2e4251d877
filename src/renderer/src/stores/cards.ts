import { defineStore } from 'pinia'
import { reactive, ref } from 'vue'
import type { ApiRequest, CardInfo, CardOrigin } from '@shared/api'
import { useApi } from '../api'
import { errorMessage } from '../api/error-message'
import { draftOf, draftProblems, emptyDraft, parseTags, type CardDraft } from '../cards/card-draft'

export type CardStateFilter = NonNullable<ApiRequest<'cards.list'>['state']>

export interface CardFilters {
  courseId: string | null
  chapterIndex: number | null
  state: CardStateFilter | null
  origin: CardOrigin | null
  query: string
}

const pageSize = 100

export const useCardsStore = defineStore('cards', () => {
  const editorOpen = ref(false)
  const editing = ref<CardInfo | null>(null)
  const draft = ref<CardDraft>(emptyDraft())
  const editorError = ref<string | null>(null)
  const saving = ref(false)
  /** Bumped after every change so open lists refresh. */
  const revision = ref(0)
  // A curated deck reloaded from disk changes card texts under any open list.
  useApi().onEvent((event) => {
    if (event.type === 'cards.changed') revision.value++
  })

  function openNew(slide?: { id: string; title: string }, text = ''): void {
    editing.value = null
    draft.value = emptyDraft(slide, text)
    editorError.value = null
    editorOpen.value = true
  }

  function openEdit(card: CardInfo): void {
    editing.value = card
    draft.value = draftOf(card)
    editorError.value = null
    editorOpen.value = true
  }

  async function save(): Promise<CardInfo | null> {
    const d = draft.value
    if (saving.value || draftProblems(d).length > 0) return null
    saving.value = true
    editorError.value = null
    try {
      const api = useApi().cards
      const fields = { type: d.type, front: d.front, back: d.back, tags: parseTags(d.tags) }
      const card = editing.value
        ? await api.update({ cardId: editing.value.id, ...fields })
        : await api.create({ ...fields, ...(d.slideId ? { slideId: d.slideId } : {}) })
      editorOpen.value = false
      changed()
      return card
    } catch (cause) {
      editorError.value = errorMessage(cause)
      return null
    } finally {
      saving.value = false
    }
  }

  async function remove(card: CardInfo): Promise<void> {
    await useApi().cards.delete({ cardId: card.id })
    if (editing.value?.id === card.id) editorOpen.value = false
    changed()
  }

  async function setSuspended(card: CardInfo, suspended: boolean): Promise<void> {
    await useApi().cards.suspend({ cardId: card.id, suspended })
    changed()
  }

  const slideCards = ref<CardInfo[]>([])
  const slideCardsFor = ref<string | null>(null)

  async function loadForSlide(slideId: string): Promise<void> {
    slideCardsFor.value = slideId
    const cards = await useApi().cards.forSlide({ slideId })
    if (slideCardsFor.value === slideId) slideCards.value = cards
  }

  const filters = reactive<CardFilters>({ courseId: null, chapterIndex: null, state: null, origin: null, query: '' })
  const cards = ref<CardInfo[]>([])
  const total = ref(0)
  const loading = ref(false)
  const listError = ref<string | null>(null)
  let sequence = 0

  function listRequest(offset: number): ApiRequest<'cards.list'> {
    const scope = filters.courseId
      ? { courseId: filters.courseId, ...(filters.chapterIndex !== null ? { chapterIndex: filters.chapterIndex } : {}) }
      : undefined
    return {
      ...(scope ? { scope } : {}),
      ...(filters.query.trim() ? { query: filters.query.trim() } : {}),
      ...(filters.state ? { state: filters.state } : {}),
      ...(filters.origin ? { origin: filters.origin } : {}),
      offset,
      limit: pageSize
    }
  }

  /** Loads the first page for the current filters, or the next one with `more`. */
  async function load(more = false): Promise<void> {
    const mine = ++sequence
    loading.value = true
    try {
      const page = await useApi().cards.list(listRequest(more ? cards.value.length : 0))
      if (mine !== sequence) return
      cards.value = more ? [...cards.value, ...page.cards] : page.cards
      total.value = page.total
      listError.value = null
    } catch (cause) {
      if (mine === sequence) listError.value = errorMessage(cause)
    } finally {
      if (mine === sequence) loading.value = false
    }
  }

  function changed(): void {
    revision.value++
  }

  return {
    editorOpen, editing, draft, editorError, saving, revision,
    openNew, openEdit, save, remove, setSuspended,
    slideCards, slideCardsFor, loadForSlide,
    filters, cards, total, loading, listError, load
  }
})

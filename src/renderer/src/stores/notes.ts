import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { Note, NotesList } from '@shared/api'
import { useApi } from '../api'
import { errorMessage } from '../api/error-message'
import { localStore } from './local-store'
import { Autosaver, type SaveStatus } from '../notes/autosave'
import { createDraftStore } from '../notes/drafts'

const panelKey = 'kubestudy.notesPanel'
export type PanelTab = 'notes' | 'cards'

export const useNotesStore = defineStore('notes', () => {
  const drafts = createDraftStore(localStore())
  const panelOpen = ref(localStore()?.getItem(panelKey) === 'open')
  const panelTab = ref<PanelTab>('notes')

  /** The note of the slide on screen. */
  const slideId = ref<string | null>(null)
  const text = ref('')
  const note = ref<Note | null>(null)
  const loading = ref(false)
  const loadError = ref<string | null>(null)
  const restored = ref(false)
  const status = ref<SaveStatus>('idle')
  const saveError = ref<string | null>(null)

  const saver = new Autosaver({
    delayMs: 400,
    retryMs: 3000,
    async save(id, markdown) {
      const result = await useApi().notes.save({ slideId: id, markdown })
      drafts.settle(id, markdown)
      if (id === slideId.value) note.value = result.note
    },
    onStatus(next, error) {
      status.value = next
      saveError.value = error
    }
  })

  function showPanel(tab: PanelTab = 'notes'): void {
    panelTab.value = tab
    setPanel(true)
  }

  function setPanel(open: boolean): void {
    panelOpen.value = open
    localStore()?.setItem(panelKey, open ? 'open' : 'closed')
  }

  /**
   * Shows the note of another slide, after sending what was typed on the previous one.
   * `reload` reads it again even for the same slide (an import may have changed it).
   */
  async function openFor(id: string, reload = false): Promise<void> {
    if (!reload && slideId.value === id && !loadError.value) return
    const flushing = saver.flush()
    slideId.value = id
    text.value = ''
    note.value = null
    restored.value = false
    loadError.value = null
    loading.value = true
    try {
      await flushing
      const stored = await useApi().notes.get({ slideId: id })
      if (slideId.value !== id) return
      note.value = stored
      const draft = drafts.read(id)
      text.value = draft ?? stored?.markdown ?? ''
      if (draft !== null && draft !== (stored?.markdown ?? '')) {
        restored.value = true
        saver.edit(id, draft)
      } else {
        if (draft !== null) drafts.settle(id, draft)
        if (!saver.pending) status.value = 'idle'
      }
    } catch (cause) {
      if (slideId.value === id) loadError.value = errorMessage(cause)
    } finally {
      if (slideId.value === id) loading.value = false
    }
  }

  function edit(markdown: string): void {
    const id = slideId.value
    if (!id || loading.value || loadError.value) return
    text.value = markdown
    drafts.keep(id, markdown)
    saver.edit(id, markdown)
  }

  const flush = (): Promise<void> => saver.flush()

  const list = ref<NotesList | null>(null)
  const listTag = ref<string | null>(null)
  const listError = ref<string | null>(null)

  async function loadList(tag: string | null = listTag.value): Promise<void> {
    listTag.value = tag
    try {
      await saver.flush()
      const result = await useApi().notes.list(tag ? { tag } : {})
      if (listTag.value === tag) list.value = result
      listError.value = null
    } catch (cause) {
      listError.value = errorMessage(cause)
    }
  }

  async function remove(id: string): Promise<void> {
    await useApi().notes.delete({ slideId: id })
    if (slideId.value === id) {
      text.value = ''
      note.value = null
    }
    await loadList()
  }

  return {
    panelOpen, panelTab, showPanel, setPanel,
    slideId, text, note, loading, loadError, restored, status, saveError,
    openFor, edit, flush,
    list, listTag, listError, loadList, remove
  }
})

import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { CheatsheetDoc, CheatsheetList } from '@shared/api'
import { useApi } from '../api'
import { errorMessage } from '../api/error-message'

export const useCheatsheetsStore = defineStore('cheatsheets', () => {
  const list = ref<CheatsheetList | null>(null)
  const listError = ref<string | null>(null)
  const sheets = ref<Record<string, CheatsheetDoc>>({})
  const errors = ref<Record<string, string>>({})
  /** Terms of the search that opened a section, marked there until the next sheet or filter. */
  const highlight = ref<{ sheetId: string; sectionId: string | null; terms: string[] } | null>(null)
  let subscribed = false

  function listen(): void {
    if (subscribed) return
    subscribed = true
    useApi().onEvent((event) => {
      if (event.type === 'cheatsheets.changed') void refresh()
    })
  }

  async function loadList(): Promise<void> {
    listen()
    try {
      list.value = await useApi().cheatsheets.list({})
      listError.value = null
    } catch (cause) {
      listError.value = errorMessage(cause)
    }
  }

  async function fetchSheet(id: string): Promise<void> {
    try {
      sheets.value = { ...sheets.value, [id]: await useApi().cheatsheets.get({ cheatsheetId: id }) }
      delete errors.value[id]
    } catch (cause) {
      errors.value = { ...errors.value, [id]: errorMessage(cause) }
    }
  }

  async function ensure(id: string): Promise<void> {
    listen()
    if (!sheets.value[id]) await fetchSheet(id)
  }

  async function refresh(): Promise<void> {
    await loadList()
    await Promise.all(Object.keys(sheets.value).map((id) => fetchSheet(id)))
  }

  return { list, listError, sheets, errors, highlight, loadList, ensure }
})

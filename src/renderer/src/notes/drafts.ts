// A copy of every note text not yet acknowledged by the main process, kept in the
// renderer's own storage: if the window is closed or crashes inside the autosave
// delay, the text is offered back the next time its slide opens.
const prefix = 'kubestudy.noteDraft.'

export interface DraftStore {
  keep(slideId: string, text: string): void
  /** The unsaved text of a slide, if any. */
  read(slideId: string): string | null
  /** Forgets the draft once `text` is stored, unless the user has typed since. */
  settle(slideId: string, text: string): void
}

export function createDraftStore(storage: Storage | null): DraftStore {
  const safely = <T>(action: () => T, fallback: T): T => {
    try {
      return storage ? action() : fallback
    } catch {
      // Storage full or disabled: the autosave still runs, only the safety copy is lost.
      return fallback
    }
  }
  return {
    keep: (slideId, text) => safely(() => storage!.setItem(prefix + slideId, text), undefined),
    read: (slideId) => safely(() => storage!.getItem(prefix + slideId), null),
    settle: (slideId, text) =>
      safely(() => {
        if (storage!.getItem(prefix + slideId) === text) storage!.removeItem(prefix + slideId)
      }, undefined)
  }
}

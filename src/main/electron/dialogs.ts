import { join } from 'node:path'
import { app, dialog, type BrowserWindow, type OpenDialogOptions, type SaveDialogOptions } from 'electron'
import type { PathPurpose } from '@shared/api-transport'
import { messages } from '../i18n'

// The renderer names a purpose, never dialog options: titles, filters and default file
// names stay in the main process, so a compromised page cannot shape the dialog.
type Spec = { kind: 'folder' | 'open'; options: OpenDialogOptions } | { kind: 'save'; options: SaveDialogOptions }

function spec(purpose: PathPurpose): Spec {
  const documents = app.getPath('documents')
  const m = messages.dialogs
  switch (purpose) {
    case 'notes-folder':
      return { kind: 'folder', options: { title: m.notesFolder, properties: ['openDirectory', 'createDirectory'] } }
    case 'anki-import':
      return {
        kind: 'open',
        options: {
          title: m.ankiImport,
          properties: ['openFile'],
          filters: [{ name: m.ankiFiles, extensions: ['txt', 'csv', 'tsv'] }]
        }
      }
    case 'anki-export':
      return {
        kind: 'save',
        options: { title: m.ankiExport, defaultPath: join(documents, m.ankiExportName), filters: [{ name: m.ankiFiles, extensions: ['txt'] }] }
      }
    case 'review-log':
      return {
        kind: 'save',
        options: { title: m.reviewLog, defaultPath: join(documents, m.reviewLogName), filters: [{ name: m.reviewLogFiles, extensions: ['csv'] }] }
      }
  }
}

/** Shows the native dialog that fits `purpose`; null when the user cancels. */
export async function pickPath(window: BrowserWindow | null, purpose: PathPurpose): Promise<string | null> {
  const s = spec(purpose)
  if (s.kind === 'save') {
    const saved = window ? await dialog.showSaveDialog(window, s.options) : await dialog.showSaveDialog(s.options)
    return saved.canceled || !saved.filePath ? null : saved.filePath
  }
  const picked = window ? await dialog.showOpenDialog(window, s.options) : await dialog.showOpenDialog(s.options)
  return picked.canceled ? null : (picked.filePaths[0] ?? null)
}

/** The native dialog for a course folder to add to the library; null when the user cancels. */
export async function pickFolder(window: BrowserWindow | null): Promise<string | null> {
  const options: OpenDialogOptions = { title: messages.dialogs.courseFolder, properties: ['openDirectory'] }
  const picked = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options)
  return picked.canceled ? null : (picked.filePaths[0] ?? null)
}

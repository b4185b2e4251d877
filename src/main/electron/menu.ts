import type { MenuItemConstructorOptions } from 'electron'
import type { MenuCommand } from '@shared/api'
import { messages } from '../i18n'

export interface MenuOptions {
  platform: NodeJS.Platform
  /** Development builds get the developer tools entry. */
  dev: boolean
  send(command: MenuCommand): void
}

/**
 * The application menu (its labels in ../i18n), carrying the renderer's own shortcuts. Keys without a
 * modifier (→, G, O…) are shown but not registered, so they still reach text fields as
 * typing; the renderer handles them itself. macOS cannot show an unregistered one, so
 * there they are left out of the menu.
 */
export function menuTemplate({ platform, dev, send }: MenuOptions): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin'
  const m = messages.menu
  const command = (label: string, cmd: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    accelerator,
    click: () => send(cmd)
  })
  const key = (label: string, cmd: MenuCommand, accelerator: string): MenuItemConstructorOptions =>
    mac ? command(label, cmd) : { ...command(label, cmd, accelerator), registerAccelerator: false }

  const template: MenuItemConstructorOptions[] = [
    {
      label: m.file,
      submenu: [
        command(m.library, 'library.open', 'CmdOrCtrl+L'),
        command(m.addFolder, 'library.addFolder', 'CmdOrCtrl+O'),
        ...(mac ? [] : [{ type: 'separator' } as const, { role: 'quit', label: m.quit } as const])
      ]
    },
    {
      label: m.edit,
      submenu: [
        { role: 'undo', label: m.undo },
        { role: 'redo', label: m.redo },
        { type: 'separator' },
        { role: 'cut', label: m.cut },
        { role: 'copy', label: m.copy },
        { role: 'paste', label: m.paste },
        { role: 'selectAll', label: m.selectAll }
      ]
    },
    {
      label: m.go,
      submenu: [
        command(m.search, 'search', 'CmdOrCtrl+K'),
        { type: 'separator' },
        key(m.nextSlide, 'slide.next', 'Right'),
        key(m.previousSlide, 'slide.previous', 'Left'),
        key(m.firstSlide, 'slide.first', 'Home'),
        key(m.lastSlide, 'slide.last', 'End'),
        key(m.gotoSlide, 'slide.goto', 'G')
      ]
    },
    {
      label: m.view,
      submenu: [
        key(m.overview, 'overview', 'O'),
        key(m.theme, 'theme.toggle', 'D'),
        { role: 'togglefullscreen', label: m.fullscreen },
        { type: 'separator' },
        { role: 'zoomIn', label: m.zoomIn },
        { role: 'zoomOut', label: m.zoomOut },
        { role: 'resetZoom', label: m.resetZoom },
        ...(dev ? [{ type: 'separator' } as const, { role: 'toggleDevTools', label: m.devTools } as const] : [])
      ]
    },
    {
      label: m.help,
      role: 'help',
      submenu: [command(m.about, 'about')]
    }
  ]
  if (mac) {
    template.unshift({
      label: 'KubeStudy',
      submenu: [
        command(m.about, 'about'),
        { type: 'separator' },
        { role: 'hide', label: m.hide },
        { role: 'hideOthers', label: m.hideOthers },
        { role: 'unhide', label: m.unhide },
        { type: 'separator' },
        { role: 'quit', label: m.quitApp }
      ]
    })
  }
  return template
}

import type { MenuItemConstructorOptions } from 'electron'
import type { MenuCommand } from '@shared/api'

export interface MenuOptions {
  platform: NodeJS.Platform
  /** Development builds get the developer tools entry. */
  dev: boolean
  send(command: MenuCommand): void
}

/**
 * The French application menu, carrying the renderer's own shortcuts. Keys without a
 * modifier (→, G, O…) are shown but not registered, so they still reach text fields as
 * typing; the renderer handles them itself. macOS cannot show an unregistered one, so
 * there they are left out of the menu.
 */
export function menuTemplate({ platform, dev, send }: MenuOptions): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin'
  const command = (label: string, cmd: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    accelerator,
    click: () => send(cmd)
  })
  const key = (label: string, cmd: MenuCommand, accelerator: string): MenuItemConstructorOptions =>
    mac ? command(label, cmd) : { ...command(label, cmd, accelerator), registerAccelerator: false }

  const template: MenuItemConstructorOptions[] = [
    {
      label: 'Fichier',
      submenu: [
        command('Bibliothèque', 'library.open', 'CmdOrCtrl+L'),
        command('Ajouter un dossier de cours…', 'library.addFolder', 'CmdOrCtrl+O'),
        ...(mac ? [] : [{ type: 'separator' } as const, { role: 'quit', label: 'Quitter' } as const])
      ]
    },
    {
      label: 'Édition',
      submenu: [
        { role: 'undo', label: 'Annuler' },
        { role: 'redo', label: 'Rétablir' },
        { type: 'separator' },
        { role: 'cut', label: 'Couper' },
        { role: 'copy', label: 'Copier' },
        { role: 'paste', label: 'Coller' },
        { role: 'selectAll', label: 'Tout sélectionner' }
      ]
    },
    {
      label: 'Aller',
      submenu: [
        command('Rechercher…', 'search', 'CmdOrCtrl+K'),
        { type: 'separator' },
        key('Diapositive suivante', 'slide.next', 'Right'),
        key('Diapositive précédente', 'slide.previous', 'Left'),
        key('Première diapositive', 'slide.first', 'Home'),
        key('Dernière diapositive', 'slide.last', 'End'),
        key('Aller à la diapositive…', 'slide.goto', 'G')
      ]
    },
    {
      label: 'Affichage',
      submenu: [
        key('Vue d’ensemble', 'overview', 'O'),
        key('Thème sombre ou clair', 'theme.toggle', 'D'),
        { role: 'togglefullscreen', label: 'Plein écran' },
        { type: 'separator' },
        { role: 'zoomIn', label: 'Zoom avant' },
        { role: 'zoomOut', label: 'Zoom arrière' },
        { role: 'resetZoom', label: 'Taille réelle' },
        ...(dev ? [{ type: 'separator' } as const, { role: 'toggleDevTools', label: 'Outils de développement' } as const] : [])
      ]
    },
    {
      label: 'Aide',
      role: 'help',
      submenu: [command('À propos de KubeStudy', 'about')]
    }
  ]
  if (mac) {
    template.unshift({
      label: 'KubeStudy',
      submenu: [
        command('À propos de KubeStudy', 'about'),
        { type: 'separator' },
        { role: 'hide', label: 'Masquer KubeStudy' },
        { role: 'hideOthers', label: 'Masquer les autres' },
        { role: 'unhide', label: 'Tout afficher' },
        { type: 'separator' },
        { role: 'quit', label: 'Quitter KubeStudy' }
      ]
    })
  }
  return template
}

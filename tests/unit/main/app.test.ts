import { describe, expect, it } from 'vitest'
import { join, resolve } from 'node:path'
import { argValue, defaultDataDir, resolveDataDir } from '../../../src/main/app/data-dir'
import { electronNativeBinding, hasNativeBinding } from '../../../src/main/app/native-binding'
import { restorableBounds } from '../../../src/main/electron/window-state'

describe('data dir', () => {
  it('follows --data-dir, then KUBESTUDY_DATA_DIR, then the system folder', () => {
    expect(resolveDataDir(['node', 'web.js', '--data-dir', 'rel/dir'], {})).toBe(resolve('rel/dir'))
    expect(resolveDataDir(['node', 'web.js', '--data-dir=/abs'], { KUBESTUDY_DATA_DIR: '/env' })).toBe('/abs')
    expect(resolveDataDir(['node', 'web.js'], { KUBESTUDY_DATA_DIR: '/env' })).toBe('/env')
    expect(argValue(['--port', '0'], 'port')).toBe('0')
    expect(argValue(['--open'], 'port')).toBeUndefined()
  })

  it('defaults to where Electron keeps userData on each system', () => {
    expect(defaultDataDir('linux', {}, '/home/ana')).toBe('/home/ana/.config/KubeStudy')
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '/xdg' }, '/home/ana')).toBe('/xdg/KubeStudy')
    expect(defaultDataDir('darwin', {}, '/Users/ana')).toBe('/Users/ana/Library/Application Support/KubeStudy')
    expect(defaultDataDir('win32', { APPDATA: 'C:\\Users\\ana\\AppData\\Roaming' }, 'C:\\Users\\ana')).toContain('KubeStudy')
  })
})

describe('better-sqlite3 for Electron', () => {
  it('uses the Node build outside Electron and its own build inside', () => {
    expect(electronNativeBinding('/app', { ...process.versions })).toBeUndefined()
    const path = electronNativeBinding('/app', { ...process.versions, electron: '40.10.2' })
    expect(path).toBe(join('/app', '.electron-native', `better_sqlite3-electron-40.10.2-${process.platform}-${process.arch}.node`))
    expect(hasNativeBinding(undefined)).toBe(true)
    expect(hasNativeBinding(path)).toBe(false)
  })
})

describe('window bounds', () => {
  const screen = [{ x: 0, y: 0, width: 1920, height: 1080 }]
  it('restores saved bounds that are still on a display', () => {
    const bounds = { x: 100, y: 50, width: 1200, height: 800 }
    expect(restorableBounds({ bounds, maximized: false }, screen)).toEqual(bounds)
  })
  it('drops bounds left on an unplugged monitor, or nonsense', () => {
    expect(restorableBounds({ bounds: { x: 2500, y: 0, width: 1200, height: 800 }, maximized: false }, screen)).toBeNull()
    expect(restorableBounds({ bounds: { x: 0, y: 0, width: 10, height: 10 }, maximized: false }, screen)).toBeNull()
    expect(restorableBounds(undefined, screen)).toBeNull()
  })
})

import type { Rectangle } from 'electron'

export interface WindowState {
  bounds: Rectangle
  maximized: boolean
}

export const windowStateKey = 'window.state'
export const defaultSize = { width: 1280, height: 800 }
const minVisible = 100

/**
 * The saved bounds, if they still show on one of the current displays (a monitor may
 * have been unplugged since); otherwise null and the window opens centred.
 */
export function restorableBounds(state: WindowState | undefined, workAreas: Rectangle[]): Rectangle | null {
  const b = state?.bounds
  if (!b || ![b.x, b.y, b.width, b.height].every(Number.isFinite) || b.width < 400 || b.height < 300) return null
  const visible = workAreas.some(
    (area) =>
      b.x + b.width - minVisible >= area.x &&
      b.x + minVisible <= area.x + area.width &&
      b.y >= area.y - minVisible / 2 &&
      b.y + minVisible / 2 <= area.y + area.height
  )
  return visible ? b : null
}

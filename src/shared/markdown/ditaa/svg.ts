import { escapeHtml } from '../escape'
import type { Arrow, DitaaGrid, Run } from './grid'

// Cell size in SVG units; 16px monospace glyphs are ~0.6em wide, so text lines up with boxes.
const CELL_W = 10
const CELL_H = 20
const FONT_SIZE = 16
const HEAD = 5

function runPath(runs: Run[], horizontal: boolean): string {
  return runs
    .map((run) => {
      const fixed = (run.at + 0.5) * (horizontal ? CELL_H : CELL_W)
      const start = (run.from / 2) * (horizontal ? CELL_W : CELL_H)
      const end = (run.to / 2) * (horizontal ? CELL_W : CELL_H)
      return horizontal ? `M${start} ${fixed}H${end}` : `M${fixed} ${start}V${end}`
    })
    .join('')
}

function arrowPoints(arrow: Arrow): string {
  const x = arrow.col * CELL_W
  const y = arrow.row * CELL_H
  const cx = x + CELL_W / 2
  const cy = y + CELL_H / 2
  switch (arrow.direction) {
    case 'right':
      return `${x} ${cy - HEAD} ${x + CELL_W} ${cy} ${x} ${cy + HEAD}`
    case 'left':
      return `${x + CELL_W} ${cy - HEAD} ${x} ${cy} ${x + CELL_W} ${cy + HEAD}`
    case 'up':
      return `${cx - HEAD} ${y + CELL_H} ${cx} ${y} ${cx + HEAD} ${y + CELL_H}`
    case 'down':
      return `${cx - HEAD} ${y} ${cx} ${y + CELL_H} ${cx + HEAD} ${y}`
  }
}

/** An inline SVG drawing of the grid, coloured with currentColor so it follows the theme. */
export function ditaaSvg(grid: DitaaGrid, label: string): string {
  const width = grid.cols * CELL_W
  const height = grid.rows * CELL_H
  const parts: string[] = []
  for (const box of grid.boxes) {
    parts.push(
      `<rect x="${(box.left + 0.5) * CELL_W}" y="${(box.top + 0.5) * CELL_H}"` +
        ` width="${(box.right - box.left) * CELL_W}" height="${(box.bottom - box.top) * CELL_H}"` +
        ` fill="currentColor" fill-opacity="0.06" stroke="none"></rect>`
    )
  }
  const solid = runPath(grid.horizontal.filter((r) => !r.dashed), true) + runPath(grid.vertical.filter((r) => !r.dashed), false)
  const dashed = runPath(grid.horizontal.filter((r) => r.dashed), true) + runPath(grid.vertical.filter((r) => r.dashed), false)
  if (solid) parts.push(`<path d="${solid}" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="square"></path>`)
  if (dashed) parts.push(`<path d="${dashed}" fill="none" stroke="currentColor" stroke-width="1.5" stroke-dasharray="4 3"></path>`)
  for (const arrow of grid.arrows) {
    parts.push(`<polygon points="${arrowPoints(arrow)}" fill="currentColor"></polygon>`)
  }
  for (const text of grid.labels) {
    parts.push(
      `<text x="${text.col * CELL_W}" y="${text.row * CELL_H + CELL_H * 0.7}" fill="currentColor">${escapeHtml(text.text)}</text>`
    )
  }
  return (
    `<svg class="ditaa-svg" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}"` +
    ` width="${width}" height="${height}" role="img" aria-label="${escapeHtml(label)}"` +
    ` font-family="ui-monospace, SFMono-Regular, Menlo, Consolas, monospace" font-size="${FONT_SIZE}">` +
    parts.join('') +
    '</svg>'
  )
}

// Long slides (link lists, big tables) shrink their type until they fit the 16:9
// canvas, the way a presenter would; below MIN_SCALE they scroll instead.
const MIN_SCALE = 0.55

const overflows = (element: HTMLElement): boolean =>
  element.scrollHeight > element.clientHeight + 1 || element.scrollWidth > element.clientWidth + 1

/** Sets `--fit` on the element to the largest scale (≤ 1) at which its content fits. */
export function fitContent(element: HTMLElement): number {
  element.style.setProperty('--fit', '1')
  if (!overflows(element)) return 1
  let low = MIN_SCALE
  let high = 1
  for (let step = 0; step < 7; step++) {
    const middle = (low + high) / 2
    element.style.setProperty('--fit', String(middle))
    if (overflows(element)) high = middle
    else low = middle
  }
  element.style.setProperty('--fit', String(low))
  return low
}

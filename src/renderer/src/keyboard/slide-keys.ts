import { useShortcuts } from './shortcuts'

export interface SlideKeyActions {
  next: () => void
  previous: () => void
  first: () => void
  last: () => void
  goto: () => void
  overview: () => void
  fullscreen: () => void
  theme: () => void
  /** False while an overlay owns the keyboard. */
  enabled: () => boolean
}

/** The presentation keys of the slide viewer. */
export function useSlideKeys(actions: SlideKeyActions): void {
  useShortcuts(
    {
      ArrowRight: actions.next,
      ' ': actions.next,
      PageDown: actions.next,
      ArrowLeft: actions.previous,
      'Shift+ ': actions.previous,
      PageUp: actions.previous,
      Home: actions.first,
      End: actions.last,
      g: actions.goto,
      o: actions.overview,
      f: actions.fullscreen,
      d: actions.theme
    },
    { enabled: actions.enabled }
  )
}

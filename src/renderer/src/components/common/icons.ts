// Stroke icons on a 24×24 grid, drawn for this app (no icon font, nothing fetched).
export const icons = {
  book: ['M4 5a2 2 0 0 1 2-2h13v16H6a2 2 0 0 0-2 2z', 'M4 21V5', 'M8 7h7', 'M8 11h5'],
  search: ['M11 4a7 7 0 1 0 0 14a7 7 0 1 0 0-14z', 'M20 20l-4-4'],
  moon: ['M20 14.5A8 8 0 0 1 9.5 4a8 8 0 1 0 10.5 10.5z'],
  sun: [
    'M12 8a4 4 0 1 0 0 8a4 4 0 1 0 0-8z',
    'M12 2v2', 'M12 20v2', 'M4.9 4.9l1.4 1.4', 'M17.7 17.7l1.4 1.4',
    'M2 12h2', 'M20 12h2', 'M4.9 19.1l1.4-1.4', 'M17.7 6.3l1.4-1.4'
  ],
  info: ['M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18z', 'M12 11v5', 'M12 7.5v.5'],
  left: ['M15 5l-7 7l7 7'],
  right: ['M9 5l7 7l-7 7'],
  grid: ['M4 4h7v7H4z', 'M13 4h7v7h-7z', 'M4 13h7v7H4z', 'M13 13h7v7h-7z'],
  expand: ['M4 9V4h5', 'M20 9V4h-5', 'M4 15v5h5', 'M20 15v5h-5'],
  folder: ['M3 6a2 2 0 0 1 2-2h4l2 2h8a2 2 0 0 1 2 2v9a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2z'],
  trash: ['M4 7h16', 'M9 7V4h6v3', 'M6 7l1 13h10l1-13'],
  alert: ['M12 3l10 18H2z', 'M12 10v5', 'M12 18v.5'],
  plus: ['M12 5v14', 'M5 12h14'],
  close: ['M6 6l12 12', 'M18 6L6 18'],
  hash: ['M5 9h15', 'M4 15h15', 'M10 3L8 21', 'M16 3l-2 18'],
  image: ['M4 5h16v14H4z', 'M4 16l5-5l4 4l3-3l4 4', 'M15 9.5a1 1 0 1 0 0 .1'],
  check: ['M5 12l5 5L20 7'],
  slides: ['M3 5h18v11H3z', 'M8 20h8', 'M12 16v4'],
  note: ['M5 3h10l4 4v14H5z', 'M15 3v4h4', 'M8 12h8', 'M8 16h6'],
  cards: ['M8 4h12v13H8z', 'M4 8v12h12'],
  review: ['M20 12a8 8 0 1 1-2.4-5.7', 'M20 4v5h-5'],
  chart: ['M4 20h16', 'M7 16v-5', 'M12 16V6', 'M17 16v-8'],
  edit: ['M4 20h4L19 9l-4-4L4 16z', 'M13 7l4 4'],
  pause: ['M9 5v14', 'M15 5v14'],
  play: ['M7 5l12 7l-12 7z'],
  undo: ['M9 14L4 9l5-5', 'M4 9h10a6 6 0 0 1 0 12h-3'],
  download: ['M12 4v11', 'M7 10l5 5l5-5', 'M5 20h14'],
  upload: ['M12 20V9', 'M7 14l5-5l5 5', 'M5 4h14'],
  sliders: ['M4 7h10', 'M18 7h2', 'M16 5v4', 'M4 17h4', 'M12 17h8', 'M10 15v4'],
  brackets: ['M8 4H5v16h3', 'M16 4h3v16h-3'],
  terminal: ['M3 5h18v14H3z', 'M7 10l3 2.5L7 15', 'M12 15h5']
} as const

export type IconName = keyof typeof icons

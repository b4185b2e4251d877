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
  slides: ['M3 5h18v11H3z', 'M8 20h8', 'M12 16v4']
} as const

export type IconName = keyof typeof icons

/** Fills `{name}` placeholders; unknown names are left visible so a typo shows on screen. */
export function fmt(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole))
}

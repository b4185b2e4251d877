import { fmt } from '.'

export interface PluralForms {
  one: string
  other: string
}

/** French agreement: 0 and 1 take the singular. `{count}` is filled in along with `params`. */
export function plural(forms: PluralForms, count: number, params: Record<string, string | number> = {}): string {
  return fmt(count < 2 ? forms.one : forms.other, { count, ...params })
}

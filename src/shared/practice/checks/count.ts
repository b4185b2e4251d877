export interface CountSpec {
  count?: number
  min?: number
  max?: number
}

export function countHolds(found: number, spec: CountSpec): boolean {
  return (
    (spec.count === undefined || found === spec.count) &&
    (spec.min === undefined || found >= spec.min) &&
    (spec.max === undefined || found <= spec.max)
  )
}

// What the renderer may bundle: grading, scripts, cheatsheets and the exercise types.
// Nothing here builds a zod schema (its eval probe breaks the CSP); whoever reads exercise
// files — the main process, the tests — imports './loader' (and './schema') explicitly.
export { evaluateCheck, evaluateChecks, type CheckResult, type Evaluation } from './evaluate'
export type { AnyOfCheck, Check, CheckType, Difficulty, Exercise, LeafCheck, Step } from './schema'
export { stepToScript, toScript, waitedSeconds } from './script'
export { fillPlaceholders, placeholderRanges, placeholders, readCheatsheet, type Cheatsheet, type CheatsheetBlock } from './cheatsheet'

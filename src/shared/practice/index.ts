export { evaluateCheck, evaluateChecks, type CheckResult, type Evaluation } from './evaluate'
export { loadExercises, parseExercise, type ExerciseFile, type ExerciseProblem, type LoadedExercises } from './loader'
export { checkTypes, difficulties, exerciseSchema, type AnyOfCheck, type Check, type CheckType, type LeafCheck, type Difficulty, type Exercise, type Step } from './schema'
export { stepToScript, toScript, waitedSeconds } from './script'

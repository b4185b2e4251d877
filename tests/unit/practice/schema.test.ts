import { describe, expect, it } from 'vitest'
import { toScript } from '@shared/practice'
import { loadExercises, parseExercise } from '@shared/practice/loader'

const minimal = `
id: demo-one
title: Démo
chapter: Architecture
source: "une phrase assez longue"
topic: pods
difficulty: easy
statement: Fais quelque chose.
hints: [un indice]
solution:
  steps:
    - run: kubectl run web --image=nginx
    - apply: |
        apiVersion: v1
        kind: Namespace
        metadata:
          name: dev
    - wait: 10
checks:
  - exists: { kind: pod, name: web }
`

describe('exercise files', () => {
  it('load a valid file', () => {
    const { exercise, errors } = parseExercise(minimal)
    expect(errors).toEqual([])
    expect(exercise?.checks).toEqual([{ exists: { kind: 'pod', name: 'web' } }])
  })

  it('turn steps into a console script', () => {
    const { exercise } = parseExercise(minimal)
    expect(toScript(exercise?.solution.steps)).toBe(
      "kubectl run web --image=nginx\nkubectl apply -f - <<'EOF'\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: dev\nEOF\nsleep 10\n"
    )
  })

  it('name the exact problem of a bad check', () => {
    const bad = minimal.replace('- exists: { kind: pod, name: web }', '- pods: { selector: app=web }')
    expect(parseExercise(bad).errors).toEqual(['checks.0.pods : count, min ou max'])
    const unknown = minimal.replace('- exists: { kind: pod, name: web }', '- exist: { kind: pod, name: web }')
    expect(parseExercise(unknown).errors[0]).toMatch(/^checks\.0 : vérification inconnue/)
    const typo = minimal.replace('- exists: { kind: pod, name: web }', '- field: { kind: pod, name: web, path: spec, equal: 1 }')
    expect(parseExercise(typo).errors.join()).toMatch(/equal/)
  })

  it('catch bad paths and selectors before any cluster exists', () => {
    const bad = minimal.replace(
      '- exists: { kind: pod, name: web }',
      '- anyOf:\n      - field: { kind: pod, name: web, path: "spec..x", present: true }\n      - pods: { selector: "a==,", count: 1 }'
    )
    const errors = parseExercise(bad).errors
    expect(errors).toHaveLength(2)
    expect(errors[0]).toMatch(/^checks\.0\.anyOf\.0 : chemin/)
    expect(errors[1]).toMatch(/^checks\.0\.anyOf\.1 : sélecteur/)
  })

  it('report broken files and duplicate ids but load the others', () => {
    const { exercises, problems } = loadExercises([
      { path: 'b.yaml', text: minimal },
      { path: 'a.yaml', text: 'id: [' },
      { path: 'c.yaml', text: minimal }
    ])
    expect(exercises.map((e) => e.id)).toEqual(['demo-one'])
    expect(problems.map((p) => p.path)).toEqual(['a.yaml', 'c.yaml'])
    expect(problems[1].errors[0]).toContain('déjà utilisé par b.yaml')
  })
})

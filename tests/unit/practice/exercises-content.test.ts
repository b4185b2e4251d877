import { describe, expect, it } from 'vitest'
import { readCourse } from './course'
import { exerciseFiles, loadShippedExercises } from './exercise-files'

const { exercises, problems } = loadShippedExercises()
const slides = readCourse()

describe('shipped exercises', () => {
  it('all validate against the schema', () => {
    expect(problems).toEqual([])
    expect(exercises).toHaveLength(exerciseFiles().length)
  })

  it('are at least 30, with unique ids', () => {
    expect(exercises.length).toBeGreaterThanOrEqual(30)
    expect(new Set(exercises.map((e) => e.id)).size).toBe(exercises.length)
  })

  it('cover every kubectl topic the course teaches', () => {
    const topics = new Set(exercises.map((e) => e.topic))
    for (const topic of [
      'pods', 'deployments', 'services', 'labels', 'configuration', 'storage', 'daemonsets',
      'statefulsets', 'jobs', 'rbac', 'network-policies', 'probes', 'resources', 'quotas',
      'scheduling', 'maintenance', 'troubleshooting'
    ]) {
      expect(topics, topic).toContain(topic)
    }
    const statements = exercises.map((e) => e.statement).join('\n')
    expect(statements).toContain('ImagePullBackOff')
    expect(statements).toContain('CrashLoopBackOff')
  })

  it.each(exercises.map((e) => [e.id, e] as const))('%s: its source phrase is in exactly one slide, of its chapter', (_id, exercise) => {
    const hits = slides.filter((slide) => slide.body.includes(exercise.source))
    expect(hits.map((s) => s.index), `« ${exercise.source} »`).toHaveLength(1)
    expect(hits[0].chapter).toBe(exercise.chapter)
  })
})

describe('course reading used by these tests', () => {
  it('finds the chapters of the course', () => {
    const chapters = [...new Set(slides.map((s) => s.chapter).filter(Boolean))]
    expect(chapters).toEqual([
      'Distributions Kubernetes',
      'Architecture',
      'Ressources basiques du cluster',
      'Configuration avancée des Pods',
      'Administration du cluster',
      'Étendre Kubernetes',
      'Outils externes'
    ])
  })
})

import { describe, expect, it } from 'vitest'
import { contains, looseEqual, unmet } from '@shared/practice/expect'
import { parsePath, PathError, resolvePath } from '@shared/practice/path'
import { parseQuantity, sameQuantity } from '@shared/practice/quantity'
import { matches, parseSelector, SelectorError, selectorFromObject } from '@shared/practice/selector'

const deployment = {
  metadata: { labels: { 'app.kubernetes.io/name': 'web', app: 'web' } },
  spec: {
    replicas: 3,
    template: {
      spec: {
        containers: [
          { name: 'web', image: 'nginx:1.25', ports: [{ containerPort: 80 }] },
          { name: 'log', image: 'busybox:1.36' }
        ]
      }
    }
  }
}

describe('paths', () => {
  it('follow keys, indices, name filters and quoted keys', () => {
    expect(resolvePath(deployment, 'spec.replicas')).toEqual({ found: true, value: 3 })
    expect(resolvePath(deployment, 'spec.template.spec.containers[1].image').value).toBe('busybox:1.36')
    expect(resolvePath(deployment, 'spec.template.spec.containers[name=log].image').value).toBe('busybox:1.36')
    expect(resolvePath(deployment, 'metadata.labels["app.kubernetes.io/name"]').value).toBe('web')
  })

  it('map with [*] and flatten nested [*]', () => {
    expect(resolvePath(deployment, 'spec.template.spec.containers[*].name').value).toEqual(['web', 'log'])
    expect(resolvePath(deployment, 'spec.template.spec.containers[*].ports[*].containerPort').value).toEqual([80])
  })

  it('report a missing field rather than throwing', () => {
    expect(resolvePath(deployment, 'spec.strategy.type').found).toBe(false)
    expect(resolvePath(deployment, 'spec.template.spec.containers[5].image').found).toBe(false)
    expect(resolvePath(deployment, 'spec.template.spec.containers[name=db].image').found).toBe(false)
  })

  it('reject malformed paths with a French reason', () => {
    expect(() => parsePath('spec..replicas')).toThrow(PathError)
    expect(() => parsePath('spec.containers[0')).toThrow(/crochet non fermé/)
  })
})

describe('label selectors', () => {
  it('parse equality, set and existence requirements', () => {
    const s = parseSelector('app=web,tier!=db,env in (prod, staging),!canary,team')
    expect(matches(s, { app: 'web', env: 'prod', team: 'a' })).toBe(true)
    expect(matches(s, { app: 'web', env: 'dev', team: 'a' })).toBe(false)
    expect(matches(s, { app: 'web', env: 'prod', team: 'a', canary: 'yes' })).toBe(false)
    expect(matches(s, { app: 'web', env: 'prod' })).toBe(false)
    expect(matches(parseSelector('env notin (test)'), {})).toBe(true)
  })

  it('read workload selectors', () => {
    const s = selectorFromObject({ matchLabels: { app: 'web' }, matchExpressions: [{ key: 'tier', operator: 'NotIn', values: ['db'] }] })
    expect(matches(s, { app: 'web', tier: 'front' })).toBe(true)
    expect(matches(s, { app: 'web', tier: 'db' })).toBe(false)
  })

  it('reject garbage', () => {
    expect(() => parseSelector('app==,=x')).toThrow(SelectorError)
  })
})

describe('quantities', () => {
  it('compare every spelling the API server treats as equal', () => {
    expect(sameQuantity('500m', '0.5')).toBe(true)
    expect(sameQuantity('1Gi', '1024Mi')).toBe(true)
    expect(sameQuantity('1G', '1000M')).toBe(true)
    expect(sameQuantity('1G', '1Gi')).toBe(false)
    expect(sameQuantity(6, '6')).toBe(true)
    expect(parseQuantity('1e3')).toBe(1000)
    expect(parseQuantity('lots')).toBeUndefined()
  })
})

describe('value operators', () => {
  it('compare scalars by text and objects deeply', () => {
    expect(looseEqual(3, '3')).toBe(true)
    expect(looseEqual({ app: 'web' }, { app: 'web' })).toBe(true)
    expect(looseEqual({ app: 'web', x: '1' }, { app: 'web' })).toBe(false)
  })

  it('find partial objects in lists', () => {
    const taints = [{ key: 'dedicated', value: 'gpu', effect: 'NoSchedule', timeAdded: null }]
    expect(contains(taints, { key: 'dedicated', effect: 'NoSchedule' })).toBe(true)
    expect(contains(taints, { key: 'dedicated', effect: 'NoExecute' })).toBe(false)
  })

  it('explain every unmet operator', () => {
    expect(unmet({ found: true, value: 2 }, { equals: 3 })).toEqual(['attendu 3'])
    expect(unmet({ found: false, value: undefined }, { present: true })).toEqual(['attendu un champ renseigné'])
    expect(unmet({ found: true, value: [] }, { empty: true })).toEqual([])
    expect(unmet({ found: true, value: 'UzNjcjN0IQ==' }, { decodesTo: 'S3cr3t!' })).toEqual([])
    expect(unmet({ found: true, value: 'YWRtaW4=' }, { decodesTo: 'root' })[0]).toContain('« admin »')
    expect(unmet({ found: true, value: '250m' }, { lte: 2, quantity: '0.25' })).toEqual([])
  })
})

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { toKubectlYaml } from '../../../../src/shared/kubesim/kubectl/output/goyaml'

describe('kubectl -o yaml (sigs.k8s.io/yaml, go-yaml v2)', () => {
  it('sorts keys, does not indent sequences under a key and quotes what YAML 1.1 would misread', () => {
    const out = toKubectlYaml({
      kind: 'Pod',
      apiVersion: 'v1',
      metadata: { name: 'web', creationTimestamp: null, annotations: { 'deployment.kubernetes.io/revision': '1' } },
      spec: { containers: [{ name: 'web', image: 'nginx', resources: {}, args: ['-c', 'yes'] }] },
      status: {}
    })
    expect(out).toBe(
      [
        'apiVersion: v1',
        'kind: Pod',
        'metadata:',
        '  annotations:',
        '    deployment.kubernetes.io/revision: "1"',
        '  creationTimestamp: null',
        '  name: web',
        'spec:',
        '  containers:',
        '  - args:',
        '    - -c',
        '    - "yes"',
        '    image: nginx',
        '    name: web',
        '    resources: {}',
        'status: {}',
        ''
      ].join('\n')
    )
  })

  it('single-quotes strings that cannot be plain and writes multi-line strings as literal blocks', () => {
    expect(toKubectlYaml({ verbs: ['*'], t: '2024-05-01T10:00:00Z', e: '' })).toBe('e: ""\nt: "2024-05-01T10:00:00Z"\nverbs:\n- \'*\'\n')
    expect(toKubectlYaml({ a: '{"x":1}\n' })).toBe('a: |\n  {"x":1}\n')
    expect(toKubectlYaml({ a: 'line1\nline2' })).toBe('a: |-\n  line1\n  line2\n')
  })

  it('folds a long value at the first space past column 80, as go-yaml does', () => {
    const msg = 'ReplicaSet "nginx-deployment-66b6c48dd5-aaaaaaaaaaaaaa" has successfully progressed to something longer.'
    expect(toKubectlYaml({ status: { conditions: [{ message: msg }] } })).toBe(
      'status:\n  conditions:\n  - message: ReplicaSet "nginx-deployment-66b6c48dd5-aaaaaaaaaaaaaa" has successfully\n      progressed to something longer.\n'
    )
  })

  it('round-trips any JSON value through the yaml package', () => {
    // The yaml package reads ".", "E0" or "-._" as YAML 1.1 floats where go-yaml keeps strings: leave those out.
    const libFloat = /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?$/
    const misread = (s: string): boolean => libFloat.test(s) && !/[0-9]/.test(s.replace(/[eE][-+]?[0-9]+$/, ''))
    const text = (maxLength: number) => fc.string({ maxLength }).filter((s) => !misread(s))
    const key = text(12)
    const scalar = fc.oneof(text(100), fc.integer(), fc.boolean(), fc.constant(null), fc.double({ noNaN: true, noDefaultInfinity: true }))
    const { value } = fc.letrec((tie) => ({
      value: fc.oneof({ depthSize: 'small' }, scalar, fc.array(tie('value'), { maxLength: 4 }), fc.dictionary(key, tie('value'), { maxKeys: 4 }))
    }))
    fc.assert(
      fc.property(value, (v) => {
        const text = toKubectlYaml(v)
        expect(parse(text, { version: '1.1', customTags: (t) => t.filter((x) => typeof x === 'string' || x.tag !== 'tag:yaml.org,2002:timestamp') })).toEqual(JSON.parse(JSON.stringify(v)))
      }),
      { numRuns: 2000 }
    )
  })
})

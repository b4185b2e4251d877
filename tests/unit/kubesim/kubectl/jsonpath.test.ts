import { describe, expect, it } from 'vitest'
import { JsonPathError, relaxedJsonPath, renderJsonPath } from '../../../../src/shared/kubesim/kubectl/output/jsonpath'

// Cases from client-go util/jsonpath/jsonpath_test.go (TestKubernetes, TestStep, TestEmptyRange…).
const nodes = {
  kind: 'List',
  items: [
    {
      kind: 'None',
      metadata: { name: '127.0.0.1', labels: { 'kubernetes.io/hostname': '127.0.0.1' } },
      status: { capacity: { cpu: '4' }, ready: true, addresses: [{ type: 'LegacyHostIP', address: '127.0.0.1' }] }
    },
    {
      kind: 'None',
      metadata: { name: '127.0.0.2', labels: { 'kubernetes.io/hostname': '127.0.0.2' } },
      status: {
        capacity: { cpu: '8' },
        ready: false,
        addresses: [{ type: 'LegacyHostIP', address: '127.0.0.2' }, { type: 'another', address: '127.0.0.3' }]
      }
    }
  ],
  users: [{ name: 'myself', user: {} }, { name: 'e2e', user: { username: 'admin', password: 'secret' } }]
}

describe('jsonpath', () => {
  it.each([
    ['{range .items[*]}{.metadata.name}, {end}{.kind}', '127.0.0.1, 127.0.0.2, List'],
    ['{range .items[*]}{.metadata.name}{"\\t"}{end}', '127.0.0.1\t127.0.0.2\t'],
    ['{.items[*].status.addresses[*].address}', '127.0.0.1 127.0.0.2 127.0.0.3'],
    ['{range .items[*]}{range .status.addresses[*]}{.address}, {end}{end}', '127.0.0.1, 127.0.0.2, 127.0.0.3, '],
    ['{.items[*].metadata.name}', '127.0.0.1 127.0.0.2'],
    ["{.items[*]['metadata.name', 'status.capacity']}", '127.0.0.1 127.0.0.2 {"cpu":"4"} {"cpu":"8"}'],
    ['{range .items[*]}[{.metadata.name}, {.status.capacity}] {end}', '[127.0.0.1, {"cpu":"4"}] [127.0.0.2, {"cpu":"8"}] '],
    ['{.users[?(@.name=="e2e")].user.password}', 'secret'],
    ['{.items[0].metadata.labels.kubernetes\\.io/hostname}', '127.0.0.1'],
    ['{.items[?(@.metadata.labels.kubernetes\\.io/hostname=="127.0.0.1")].kind}', 'None'],
    ['{.items[?(@..ready==true)].metadata.name}', '127.0.0.1'],
    ['{.items[-1:].metadata.name}', '127.0.0.2'],
    ['{.missing}', '']
  ])('%s', (template, want) => expect(renderJsonPath(template, nodes)).toBe(want))

  it('walks recursively with ..', () => {
    expect(renderJsonPath('{..name}', nodes).split(' ').sort()).toEqual(['127.0.0.1', '127.0.0.2', 'e2e', 'myself'])
  })

  it('ranges over an empty list', () => {
    expect(renderJsonPath('{range .items[*]}{.metadata.name}{":"}{range @.spec.containers[*]}{.name}{","}{end}{"+"}{end}', { items: [] })).toBe('')
  })

  it('slices with a step', () => {
    const pod = { spec: { containers: [0, 1, 2, 3, 4, 5].map((i) => ({ name: `fake${i}` })) } }
    expect(renderJsonPath('{.spec.containers[0:6:2].name}', pod)).toBe('fake0 fake2 fake4')
    expect(renderJsonPath('{.spec.containers[0:0].name}', pod)).toBe('')
    expect(() => renderJsonPath('{.spec.containers[0:6:0].name}', pod)).toThrow(/step must be > 0/)
  })

  it('reports parse errors as kubectl does', () => {
    expect(() => renderJsonPath('{.items[0}', nodes)).toThrow(JsonPathError)
    expect(() => renderJsonPath('{.items[0}', nodes)).toThrow('error parsing jsonpath {.items[0}, unterminated array')
    expect(() => renderJsonPath('{.a', nodes)).toThrow('error parsing jsonpath {.a, unclosed action')
  })

  it('relaxes custom-columns and sort-by paths', () => {
    expect(relaxedJsonPath('.metadata.name')).toBe('{.metadata.name}')
    expect(relaxedJsonPath('metadata.name')).toBe('{.metadata.name}')
    expect(relaxedJsonPath('{.metadata.name}')).toBe('{.metadata.name}')
  })
})

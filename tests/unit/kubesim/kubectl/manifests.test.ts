import { describe, expect, it } from 'vitest'
import { createCluster } from '../../../../src/shared/kubesim/engine'
import { createSession } from '../../../../src/shared/kubesim/session'
import { memoryFiles } from '../shell/memory-files'

// What kubectl's client-side decoder refuses before the server sees anything; each text
// is what a real kubectl printed for the same file (`create -f --dry-run=client`).

const POD = (meta: string): string => `apiVersion: v1\nkind: Pod\nmetadata:\n${meta}`

const cases: [string, string, string][] = [
  ['a number as a label value', POD('  name: a\n  labels:\n    app: 1\n'), 'json: cannot unmarshal number into Go struct field ObjectMeta.metadata.labels of type string'],
  ['a boolean as a label value', POD('  name: a\n  labels:\n    app: true\n'), 'json: cannot unmarshal bool into Go struct field ObjectMeta.metadata.labels of type string'],
  ['a list as the name', POD('  name: [a]\n'), 'json: cannot unmarshal array into Go struct field ObjectMeta.metadata.name of type string'],
  ['a number as the namespace', POD('  name: a\n  namespace: 3\n'), 'json: cannot unmarshal number into Go struct field ObjectMeta.metadata.namespace of type string'],
  ['annotations as a list', POD('  name: a\n  annotations:\n    - x\n'), 'json: cannot unmarshal array into Go struct field ObjectMeta.metadata.annotations of type map[string]string'],
  ['metadata as a string', 'apiVersion: v1\nkind: Pod\nmetadata: x\n', 'json: cannot unmarshal string into Go struct field metadataOnlyObject.metadata of type v1.ObjectMeta'],
  ['a number as apiVersion', 'apiVersion: 1\nkind: Pod\nmetadata:\n  name: a\n', 'json: cannot unmarshal number into Go struct field metadataOnlyObject.apiVersion of type string'],
  ['a list as kind', 'apiVersion: v1\nkind: [Pod]\nmetadata:\n  name: a\n', `Object 'Kind' is missing in '{"apiVersion":"v1","kind":["Pod"],"metadata":{"name":"a"}}'`]
]

describe('manifests: client-side decoding', () => {
  for (const [name, text, message] of cases) {
    it(name, async () => {
      const session = createSession({ cluster: createCluster(), files: memoryFiles({ 'x.yaml': text }) })
      const r = await session.run('kubectl create -f x.yaml --dry-run=client')
      expect(r.stderr).toBe(`error: unable to decode "x.yaml": ${message}\n`)
      expect(r.exitCode).toBe(1)
    })
  }

  it('applies the documents before a broken one, then reports it', async () => {
    const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: b\n   x: y\n'
    const session = createSession({ cluster: createCluster(), files: memoryFiles({ 'm.yaml': text }) })
    const r = await session.run('kubectl apply -f m.yaml')
    expect(r.stdout).toBe('configmap/a created\n')
    expect(r.stderr).toBe('error: error parsing m.yaml: error converting YAML to JSON: yaml: line 5: mapping values are not allowed in this context\n')
  })
})

import { describe, expect, it } from 'vitest'
import { goYamlError, splitYamlDocuments } from '../../../../src/shared/kubesim/kubectl/yaml/goyaml-check'

// Each expected message is what a real kubectl (`kubectl create -f FILE --dry-run=client
// --validate=false`, which parses locally) printed after "error converting YAML to JSON: yaml: ".
// The same comparison over 609 files (87 valid manifests of the course and 522 damaged
// copies) agreed on every one.

const POD = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\nspec:\n  containers:\n'

const cases: [string, string, string | undefined][] = [
  ['a key indented one space too far', POD + '  - name: bad\n     image: nginx\n', 'line 8: mapping values are not allowed in this context'],
  ['a tab as indentation', 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\nspec:\n\tcontainers:\n  - name: a\n', 'line 6: found character that cannot start any token'],
  ['a list item outdented', POD + '  - name: a\n    image: b\n - name: c\n   image: d\n', 'line 8: did not find expected key'],
  ['an unclosed double quote', 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: "a\nspec:\n  containers: []\n', 'line 7: found unexpected end of stream'],
  ['a key outdented inside a container', POD + '  - name: a\n    image: b\n   ports:\n   - containerPort: 80\n', 'line 8: did not find expected key'],
  ['a list item under a key of the same mapping', POD + '  - name: a\n    image: b\n    - name: c\n', 'line 8: did not find expected key'],
  ['an unclosed flow sequence', POD + '  - name: a\n    args: ["a", "b"\n', "line 8: did not find expected ',' or ']'"],
  ['a label indented under the previous value', 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n  labels:\n    app: web\n      tier: x\n', 'line 7: mapping values are not allowed in this context'],
  ['a sequence indented less than its first item', 'apiVersion: v1\nkind: Pod\nmetadata:\nname: a\nspec:\n  containers:\n    - name: a\n      image: b\n   - name: c\n', 'line 8: did not find expected key'],
  ['an empty flow sequence at the end', POD + '  - name: a\n    image: b\n  command: [\n', 'line 9: did not find expected node content'],
  ['an unclosed flow mapping', 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n  annotations:\n    x: {a: b\n', "line 6: did not find expected ',' or '}'"],
  ['a key at the level of its list item (valid YAML)', POD + '  - name: a\n  image: b\n', undefined],
  ['duplicate keys (accepted by go-yaml v2)', 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n  name: b\n', undefined],
  ['block scalars, flow collections, anchors and comments', 'a: |\n  line one\n\n  line three\nb: >-\n  folded\n  text\nc: [1, "two", {x: y}]\nd: &anchor value # comment\ne: *anchor\n', undefined],
  ['an alias without its anchor', 'a: *nowhere\n', "unknown anchor 'nowhere' referenced"],
  ['an empty document', '# only a comment\n', undefined]
]

describe('go-yaml v2 parse errors, as kubectl prints them', () => {
  for (const [name, text, expected] of cases) {
    it(name, () => {
      expect(goYamlError(text)?.message).toBe(expected)
    })
  }

  it('cuts documents as YAMLReader does: on `---` lines followed by nothing or a comment', () => {
    expect(splitYamlDocuments('a: 1\n---\nb: 2\n--- # two\nc: 3\n---x: y\n')).toEqual(['a: 1\n', 'b: 2\n', 'c: 3\n---x: y\n'])
    expect(splitYamlDocuments('---\na: 1\n')).toEqual(['a: 1\n'])
  })
})

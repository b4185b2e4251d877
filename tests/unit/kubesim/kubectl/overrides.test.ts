// `kubectl run|expose --overrides` (pkg/cmd/util/override_options.go, helpers.go Merge,
// StrategicMerge, JSONPatch) and the encoding/json syntax errors kubectl passes through.
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { createCluster } from '../../../../src/shared/kubesim/engine'
import { createSession } from '../../../../src/shared/kubesim/session'
import { goJsonSyntaxError } from '../../../../src/shared/kubesim/kubectl/json-syntax'

function session() {
  const files = { readFile: () => undefined, listDir: () => undefined, writeFile: () => undefined }
  return createSession({ cluster: createCluster({ seed: 1 }), files })
}

async function dryRunPod(overrides: string, type?: string): Promise<Record<string, any>> {
  const s = session()
  const flag = type ? ` --override-type=${type}` : ''
  const r = await s.run(`kubectl run web --image=nginx:1.25 --port=80 --dry-run=client -o yaml --overrides='${overrides}'${flag}`)
  expect(r.stderr).toBe('')
  return parse(r.stdout)
}

describe('kubectl run --overrides', () => {
  it('merges the JSON into the generated Pod (a JSON merge patch by default) and the pod is placed as it says', async () => {
    const s = session()
    const r = await s.run(`kubectl run pinned --image=nginx:1.25 --overrides='{"apiVersion":"v1","spec":{"nodeSelector":{"kubernetes.io/hostname":"node02"}}}'`)
    expect(r.stdout).toBe('pod/pinned created\n')
    await s.run('sleep 15')
    expect((await s.run('kubectl get pod pinned -o jsonpath={.spec.nodeName}/{.status.phase}')).stdout).toBe('node02/Running')
  })

  it('replaces lists with a merge patch, merges them by name with a strategic one, and drops unknown fields', async () => {
    const side = '{"spec":{"containers":[{"name":"side","image":"busybox"}],"bogus":1}}'
    expect((await dryRunPod(side)).spec.containers).toEqual([{ name: 'side', image: 'busybox', resources: {} }])
    expect((await dryRunPod(side, 'strategic')).spec.containers.map((c: { name: string }) => c.name)).toEqual(['web', 'side'])
    const pod = await dryRunPod('{"metadata":{"labels":{"run":null,"tier":"front"}},"spec":{"restartPolicy":"Never"}}')
    expect(pod.metadata).toEqual({ creationTimestamp: null, labels: { tier: 'front' }, name: 'web' })
    expect(pod.spec.restartPolicy).toBe('Never')
    expect(pod.spec.containers[0].ports).toEqual([{ containerPort: 80 }])
    expect(pod.status).toEqual({})
  })

  it('applies a JSON patch with --override-type=json', async () => {
    const pod = await dryRunPod('[{"op":"add","path":"/spec/nodeName","value":"node01"},{"op":"remove","path":"/spec/dnsPolicy"}]', 'json')
    expect(pod.spec.nodeName).toBe('node01')
    expect(pod.spec.dnsPolicy).toBeUndefined()
  })

  it("refuses bad overrides with kubectl's own errors", async () => {
    const s = session()
    const err = async (line: string) => {
      const r = await s.run(line)
      expect(r.exitCode).toBe(1)
      return r.stderr
    }
    expect(await err(`kubectl run a --image=nginx --overrides='{"spec":'`)).toBe('error: Invalid JSON Patch\n')
    expect(await err(`kubectl run a --image=nginx --overrides='{"spec":{"nodeName":1}}'`)).toBe(
      'error: json: cannot unmarshal number into Go struct field PodSpec.spec.nodeName of type string\n'
    )
    expect(await err(`kubectl run a --image=nginx --overrides='[1' --override-type=strategic`)).toBe('error: invalid JSON document\n')
    expect(await err(`kubectl run a --image=nginx --overrides='{"op":"add"}' --override-type=json`)).toBe(
      'error: json: cannot unmarshal object into Go value of type jsonpatch.Patch\n'
    )
    expect(await err(`kubectl run a --image=nginx --overrides='{}' --override-type=yaml`)).toBe('error: invalid override type: yaml\n')
    expect((await s.run('kubectl get pods')).stderr).toBe('No resources found in default namespace.\n')
  })
})

describe('kubectl expose --overrides', () => {
  it('overrides the generated Service', async () => {
    const s = session()
    await s.run('kubectl run web --image=nginx:1.25 --port=80')
    expect((await s.run(`kubectl expose pod web --overrides='{"spec":{"type":"NodePort"}}'`)).stdout).toBe('service/web exposed\n')
    expect((await s.run('kubectl get svc web -o jsonpath={.spec.type}')).stdout).toBe('NodePort')
  })
})

describe("encoding/json's syntax errors", () => {
  it.each([
    ['{"a":1}', undefined],
    [' [1, "x", true, null, -0.5e+3] ', undefined],
    ['', 'unexpected end of JSON input'],
    ['{"a":', 'unexpected end of JSON input'],
    ['{bad', "invalid character 'b' looking for beginning of object key string"],
    ['{"a":1,}', "invalid character '}' looking for beginning of object key string"],
    ['[1,]', "invalid character ']' looking for beginning of value"],
    ['{"a" 1}', "invalid character '1' after object key"],
    ['{"a":1 "b":2}', 'invalid character \'"\' after object key:value pair'],
    ['[1 2]', "invalid character '2' after array element"],
    ['trux', "invalid character 'x' in literal true (expecting 'e')"],
    ['1.x', "invalid character 'x' after decimal point in numeric literal"],
    ['"a\\x"', "invalid character 'x' in string escape code"],
    ['"a\nb"', "invalid character '\\n' in string literal"],
    ['{} x', "invalid character 'x' after top-level value"],
    ["'a'", "invalid character '\\'' looking for beginning of value"]
  ])('%j', (text, message) => {
    expect(goJsonSyntaxError(text)).toBe(message)
  })
})

// grep's context options (-A, -B, -C, -NUM), as `kubectl describe … | grep -A5 Events`
// needs them. Expected outputs were taken from GNU grep 3.x on the same input.
import { describe, expect, it } from 'vitest'
import { grep } from '../../../../src/shared/kubesim/shell/builtins/grep'

const describeText = [
  'Name: web', 'Labels: app=web', 'Status: Running', 'IP: 10.0.0.1', 'Events:', '  Normal Scheduled', '  Normal Pulled',
  'Name: db', 'Status: Pending', 'Events:', '  Warning Failed', ''
].join('\n')
const files: Record<string, string> = { 'a.txt': describeText, 'b.txt': 'x\nEvents: none\ny\n' }
const run = (args: string[], stdin = describeText) => grep(args, stdin, async (p) => files[p])

describe('grep context', () => {
  it('prints lines after each match, groups apart with --', async () => {
    expect((await run(['-A2', 'Events'])).stdout).toBe('Events:\n  Normal Scheduled\n  Normal Pulled\n--\nEvents:\n  Warning Failed\n')
    expect((await run(['-A', '2', 'Events'])).stdout).toBe((await run(['--after-context=2', 'Events'])).stdout)
  })

  it('prints lines before, and both sides, merging groups that touch', async () => {
    expect((await run(['-B1', 'Events'])).stdout).toBe('IP: 10.0.0.1\nEvents:\n--\nStatus: Pending\nEvents:\n')
    expect((await run(['-1', 'Status'])).stdout).toBe('Labels: app=web\nStatus: Running\nIP: 10.0.0.1\n--\nName: db\nStatus: Pending\nEvents:\n')
    expect((await run(['-vA1', 'Normal'])).stdout).toBe(
      'Name: web\nLabels: app=web\nStatus: Running\nIP: 10.0.0.1\nEvents:\n  Normal Scheduled\n--\nName: db\nStatus: Pending\nEvents:\n  Warning Failed\n'
    )
  })

  it('marks context lines with - where matches have :, with numbers and file names', async () => {
    expect((await run(['-nC1', 'IP'])).stdout).toBe('3-Status: Running\n4:IP: 10.0.0.1\n5-Events:\n')
    expect((await run(['-B2', 'x', 'b.txt', 'a.txt'])).stdout).toBe('b.txt:x\n')
    expect((await run(['-A1', 'none', 'a.txt', 'b.txt'])).stdout).toBe('b.txt:Events: none\nb.txt-y\n')
  })

  it('ignores context with -c, and rejects a bad length as GNU grep does', async () => {
    expect((await run(['-cA2', 'Events'])).stdout).toBe('2\n')
    const bad = await run(['-A', 'z', 'x'])
    expect(bad.stderr).toBe('grep: z: invalid context length argument\n')
    expect(bad.exitCode).toBe(2)
    expect((await run(['-A'])).stderr).toContain("option requires an argument -- 'A'")
  })
})

describe('grep basic regular expressions', () => {
  it('reads a leading * as a literal star, as GNU grep does', async () => {
    expect((await grep(['*a'], 'x*a\nxa\n', async () => undefined)).stdout).toBe('x*a\n')
    expect((await grep(['\\(*a\\)'], 'x*a\nxa\n', async () => undefined)).stdout).toBe('x*a\n')
  })

  it('reads POSIX brackets: classes, a literal backslash, and {,n}', async () => {
    const text = 'a.b\na\\b\nab\nx12\n'
    expect((await grep(['[\\.]'], text, async () => undefined)).stdout).toBe('a.b\na\\b\n')
    expect((await grep(['-E', '[[:digit:]]{2}'], text, async () => undefined)).stdout).toBe('x12\n')
    expect((await grep(['^a\\{,1\\}b'], 'ab\nb\naab\n', async () => undefined)).stdout).toBe('ab\nb\n')
  })
})

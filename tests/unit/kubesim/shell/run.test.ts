import { describe, expect, it } from 'vitest'
import { defaultShellState, runShell, type ShellHost } from '../../../../src/shared/kubesim/shell/run'
import { memoryFiles } from './memory-files'

function host(files = memoryFiles()): ShellHost & { slept: number[]; calls: string[][] } {
  const slept: number[] = []
  const calls: string[][] = []
  return {
    slept,
    calls,
    state: defaultShellState(),
    files,
    advanceClock: (s) => slept.push(s),
    programs: {
      kubectl: async (argv, io) => {
        calls.push(argv)
        return { stdout: argv.map((a) => `[${a}]`).join('') + '\n' + io.stdin, stderr: '', exitCode: 0 }
      }
    }
  }
}

describe('quoting', () => {
  it('keeps single-quoted text literal and splits on blanks', async () => {
    const h = host()
    await runShell(`kubectl get pods -o jsonpath='{.items[*].metadata.name}' "a b" c\\ d`, h)
    expect(h.calls[0]).toEqual(['get', 'pods', '-o', 'jsonpath={.items[*].metadata.name}', 'a b', 'c d'])
  })

  it('expands variables in double quotes but not in single quotes', async () => {
    const h = host()
    const r = await runShell(`export NAME=web; echo "$NAME" '$NAME' \${NAME}-1 "\\$NAME"`, h)
    expect(r.stdout).toBe('web $NAME web-1 $NAME\n')
  })

  it('splits unquoted variables into several words (the CKAD $do trick)', async () => {
    const h = host()
    await runShell('export do="--dry-run=client -o yaml"\nk run web --image=nginx $do', h)
    expect(h.calls[0]).toEqual(['run', 'web', '--image=nginx', '--dry-run=client', '-o', 'yaml'])
  })

  it('treats k as an alias of kubectl and lets alias define new ones', async () => {
    const h = host()
    await runShell("alias kgp='kubectl get pods'\nkgp -A", h)
    expect(h.calls[0]).toEqual(['get', 'pods', '-A'])
  })
})

describe('commands', () => {
  it('answers an unknown command as bash does', async () => {
    const r = await runShell('ngnix', host())
    expect(r).toMatchObject({ stderr: 'bash: ngnix: command not found\n', exitCode: 127, stdout: '' })
  })

  it('knows nothing of the names JavaScript objects inherit (toString, constructor)', async () => {
    const h = host()
    expect(await runShell('toString', h)).toMatchObject({ stderr: 'bash: toString: command not found\n', exitCode: 127 })
    expect((await runShell('echo "[$toString][${constructor}]"', h)).stdout).toBe('[][]\n')
    expect((await runShell('alias hasOwnProperty', h)).stderr).toBe('bash: alias: hasOwnProperty: not found\n')
  })

  it('moves the clock on sleep and prints nothing', async () => {
    const h = host()
    const r = await runShell('sleep 10\nsleep 1m', h)
    expect(h.slept).toEqual([10, 60])
    expect(r.stdout).toBe('')
    expect((await runShell('sleep abc', h)).exitCode).toBe(1)
  })

  it('feeds a heredoc to the command stdin, expanding variables unless quoted', async () => {
    const h = host()
    h.state.env.IMG = 'nginx'
    const r1 = await runShell('kubectl apply -f - <<EOF\nimage: $IMG\nEOF', h)
    expect(r1.stdout).toBe('[apply][-f][-]\nimage: nginx\n')
    const r2 = await runShell("kubectl apply -f - <<'EOF'\nimage: $IMG\nEOF", h)
    expect(r2.stdout).toBe('[apply][-f][-]\nimage: $IMG\n')
  })

  it('pipes through grep, head, tail, wc -l and base64 -d', async () => {
    const h = host()
    const text = 'NAME   READY\nweb-1  1/1\nweb-2  1/1\ndb-0   0/1\n'
    h.programs.kubectl = async () => ({ stdout: text, stderr: '', exitCode: 0 })
    expect((await runShell('kubectl get pods | grep web', h)).stdout).toBe('web-1  1/1\nweb-2  1/1\n')
    expect((await runShell('kubectl get pods | grep -v web | tail -n 1', h)).stdout).toBe('db-0   0/1\n')
    expect((await runShell('kubectl get pods | head -2', h)).stdout).toBe('NAME   READY\nweb-1  1/1\n')
    expect((await runShell('kubectl get pods | wc -l', h)).stdout).toBe('4\n')
    expect((await runShell("kubectl get pods | awk 'NR>1 {print $1}'", h)).stdout).toBe('web-1\nweb-2\ndb-0\n')
    expect((await runShell('echo cGFzc3dvcmQ= | base64 -d', h)).stdout).toBe('password')
    expect((await runShell('echo -n admin | base64', h)).stdout).toBe('YWRtaW4=\n')
    const miss = await runShell('kubectl get pods | grep nothing', h)
    expect(miss.exitCode).toBe(1)
  })

  it('writes and appends with > and >>, reads with cat', async () => {
    const files = memoryFiles()
    const h = host(files)
    await runShell('echo one > notes.txt\necho two >> notes.txt', h)
    expect(files.files.get('notes.txt')).toBe('one\ntwo\n')
    expect((await runShell('cat notes.txt', h)).stdout).toBe('one\ntwo\n')
    expect((await runShell('cat nope.txt', h)).stderr).toBe('cat: nope.txt: No such file or directory\n')
  })

  it('runs && and || by exit code and exposes $?', async () => {
    const h = host()
    expect((await runShell('false && echo no || echo yes', h)).stdout).toBe('yes\n')
    expect((await runShell('false; echo $?', h)).stdout).toBe('1\n')
  })

  it('substitutes $(…) output', async () => {
    const h = host()
    h.programs.kubectl = async (argv) => ({ stdout: argv[0] === 'get' ? 'pod/web-1\n' : argv.join(' ') + '\n', stderr: '', exitCode: 0 })
    const r = await runShell('kubectl logs $(kubectl get pods -o name)', h)
    expect(r.stdout).toBe('logs pod/web-1\n')
  })

  it('signals clear', async () => {
    expect((await runShell('clear', host())).clear).toBe(true)
  })
})

describe('pathname expansion', () => {
  const files = (): ReturnType<typeof memoryFiles> => memoryFiles({ 'a.yaml': '', 'b.yaml': '', 'k8s/c.yml': '', '.hidden.yaml': '' })
  const echo = async (line: string): Promise<string> => (await runShell(line, host(files()))).stdout

  it('expands *, ? and [..] in the last path segment, sorted, hidden files only when asked', async () => {
    expect(await echo('echo *.yaml')).toBe('a.yaml b.yaml\n')
    expect(await echo('echo ?.yaml [!a].yaml')).toBe('a.yaml b.yaml b.yaml\n')
    expect(await echo('echo k8s/*')).toBe('k8s/c.yml\n')
    expect(await echo('echo .*')).toBe('.hidden.yaml\n')
  })

  it('leaves quoted patterns, patterns without a match and assignments alone', async () => {
    expect(await echo('echo "*.yaml" \'*\'.yaml \\*.yaml *.json')).toBe('*.yaml *.yaml *.yaml *.json\n')
    expect(await echo('X=*; echo "$X"')).toBe('*\n')
    const h = host(files())
    await runShell('kubectl get pods -o jsonpath={.items[*].metadata.name}', h)
    expect(h.calls[0]).toEqual(['get', 'pods', '-o', 'jsonpath={.items[*].metadata.name}'])
  })
})

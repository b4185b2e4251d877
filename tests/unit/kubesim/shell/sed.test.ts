// The console's sed. Every expected output below was taken from GNU sed 4.9 run on the
// same input and arguments (the test does not call the system's sed).
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { sed } from '../../../../src/shared/kubesim/shell/builtins/sed'
import { defaultShellState, runShell, type ShellHost } from '../../../../src/shared/kubesim/shell/run'
import type { CommandOutput } from '../../../../src/shared/kubesim/shell/types'
import { memoryFiles } from './memory-files'

const YAML = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  # scale\n  replicas: 1\n  template:\n    spec:\n      containers:\n      - image: nginx\n        name: nginx\n'
const PODS = 'NAME     READY   STATUS\nweb-1    1/1     Running\nweb-22   1/1     Running\ndb-0     0/1     Pending\n'
const FILES = { 'web.yaml': YAML, 'a.txt': '1\n2\n', 'b.txt': '3\n4\n', 'c.txt': 'no newline' }

const run = (args: string[], stdin: string) => sed(args, stdin, memoryFiles(FILES))
const firstLine = (r: CommandOutput): [string, number] => [r.stderr.split('\n')[0], r.exitCode]

describe('sed', () => {
  it('substitutes like GNU sed (delimiters, flags, groups, & and escapes)', async () => {
    expect((await run(['s/replicas: 1/replicas: 3/'], YAML)).stdout).toBe('apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  # scale\n  replicas: 3\n  template:\n    spec:\n      containers:\n      - image: nginx\n        name: nginx\n')
    expect((await run(['-E', 's/(web)-([0-9]+)/\\2-\\1/g'], PODS)).stdout).toBe('NAME     READY   STATUS\n1-web    1/1     Running\n22-web   1/1     Running\ndb-0     0/1     Pending\n')
    expect((await run(['s/\\(web\\)-\\([0-9]\\+\\)/\\2-\\1/'], PODS)).stdout).toBe('NAME     READY   STATUS\n1-web    1/1     Running\n22-web   1/1     Running\ndb-0     0/1     Pending\n')
    expect((await run(['s/(web)/x/'], PODS)).stdout).toBe('NAME     READY   STATUS\nweb-1    1/1     Running\nweb-22   1/1     Running\ndb-0     0/1     Pending\n')
    expect((await run(['s|1/1|ok|'], PODS)).stdout).toBe('NAME     READY   STATUS\nweb-1    ok     Running\nweb-22   ok     Running\ndb-0     0/1     Pending\n')
    expect((await run(['s/Running/[&]/;s/Pending/\\&/'], PODS)).stdout).toBe('NAME     READY   STATUS\nweb-1    1/1     [Running]\nweb-22   1/1     [Running]\ndb-0     0/1     &\n')
    expect((await run(['s/n/N/2g'], PODS)).stdout).toBe('NAME     READY   STATUS\nweb-1    1/1     RunNiNg\nweb-22   1/1     RunNiNg\ndb-0     0/1     PendiNg\n')
    expect((await run(['s/RUNNING/up/I'], PODS)).stdout).toBe('NAME     READY   STATUS\nweb-1    1/1     up\nweb-22   1/1     up\ndb-0     0/1     Pending\n')
    expect((await run(['s/ \\+/ /g'], PODS)).stdout).toBe('NAME READY STATUS\nweb-1 1/1 Running\nweb-22 1/1 Running\ndb-0 0/1 Pending\n')
    expect((await run(['s/[[:digit:]]\\{2\\}/NN/'], PODS)).stdout).toBe('NAME     READY   STATUS\nweb-1    1/1     Running\nweb-NN   1/1     Running\ndb-0     0/1     Pending\n')
    expect((await run(['s/  */\\t/;s/$/\\n--/'], PODS)).stdout).toBe('NAME\tREADY   STATUS\n--\nweb-1\t1/1     Running\n--\nweb-22\t1/1     Running\n--\ndb-0\t0/1     Pending\n--\n')
    expect((await run(['-n', 's/Pending/P/p'], PODS)).stdout).toBe('db-0     0/1     P\n')
    expect((await run(['s/a*/x/g'], 'baaac/\n*a,b\n')).stdout).toBe('xbxcx/x\nx*x,xbx\n')
    expect((await run(['s/a*/x/2'], 'baaac/\n*a,b\n')).stdout).toBe('bxc/\n*x,b\n')
    expect((await run(['s/\\(b\\)\\(a*\\)/\\U\\2\\E\\1/'], 'baaac/\n*a,b\n')).stdout).toBe('AAAbc/\n*a,b\n')
    expect((await run(['s/[/]/_/g'], 'baaac/\n*a,b\n')).stdout).toBe('baaac_\n*a,b\n')
    expect((await run(['s,a\\,,x,'], 'baaac/\n*a,b\n')).stdout).toBe('baaac/\n*xb\n')
    expect((await run(['s/^*a/X/'], 'baaac/\n*a,b\n')).stdout).toBe('baaac/\nX,b\n')
  })

  it('selects lines with numbers, $, regexps, ranges and !', async () => {
    expect((await run(['-n', '2,3p'], PODS)).stdout).toBe('web-1    1/1     Running\nweb-22   1/1     Running\n')
    expect((await run(['-n', '$p'], PODS)).stdout).toBe('db-0     0/1     Pending\n')
    expect((await run(['1d'], PODS)).stdout).toBe('web-1    1/1     Running\nweb-22   1/1     Running\ndb-0     0/1     Pending\n')
    expect((await run(['$d'], PODS)).stdout).toBe('NAME     READY   STATUS\nweb-1    1/1     Running\nweb-22   1/1     Running\n')
    expect((await run(['/Running/!d'], PODS)).stdout).toBe('web-1    1/1     Running\nweb-22   1/1     Running\n')
    expect((await run(['-n', '/web-1/,/db/p'], PODS)).stdout).toBe('web-1    1/1     Running\nweb-22   1/1     Running\ndb-0     0/1     Pending\n')
    expect((await run(['-n', '2,+1p'], PODS)).stdout).toBe('web-1    1/1     Running\nweb-22   1/1     Running\n')
    expect((await run(['-n', '1~2p'], PODS)).stdout).toBe('NAME     READY   STATUS\nweb-22   1/1     Running\n')
    expect((await run(['0,/web/d'], PODS)).stdout).toBe('web-22   1/1     Running\ndb-0     0/1     Pending\n')
    expect((await run(['-n', '/WEB/I,$p'], PODS)).stdout).toBe('web-1    1/1     Running\nweb-22   1/1     Running\ndb-0     0/1     Pending\n')
    expect((await run(['-n', '3,1p'], PODS)).stdout).toBe('web-22   1/1     Running\n')
    expect((await run(['2!c\\X'], PODS)).stdout).toBe('X\nweb-1    1/1     Running\nX\nX\n')
    expect((await run(['2,3c\\X'], PODS)).stdout).toBe('NAME     READY   STATUS\nX\ndb-0     0/1     Pending\n')
    expect((await run(['-n', '$='], PODS)).stdout).toBe('4\n')
    expect((await run(['-n', '/web/{=;p}'], PODS)).stdout).toBe('2\nweb-1    1/1     Running\n3\nweb-22   1/1     Running\n')
    expect((await run(['2q'], PODS)).stdout).toBe('NAME     READY   STATUS\nweb-1    1/1     Running\n')
    expect(await run(['3q5'], PODS)).toEqual({ stdout: 'NAME     READY   STATUS\nweb-1    1/1     Running\nweb-22   1/1     Running\n', stderr: '', exitCode: 5 })
    expect((await run(['2Q'], PODS)).stdout).toBe('NAME     READY   STATUS\n')
    expect((await run(['n;d'], PODS)).stdout).toBe('NAME     READY   STATUS\nweb-22   1/1     Running\n')
    expect((await run(['-n', '/x/d;2,3p'], '1\n2x\n3\n4\n')).stdout).toBe('3\n')
  })

  it('edits manifests with a, i, c and comments', async () => {
    expect((await run(['/^ *#/d'], YAML)).stdout).toBe('apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 1\n  template:\n    spec:\n      containers:\n      - image: nginx\n        name: nginx\n')
    expect((await run(['/image:/a\\        imagePullPolicy: Always'], YAML)).stdout).toBe('apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  # scale\n  replicas: 1\n  template:\n    spec:\n      containers:\n      - image: nginx\n        imagePullPolicy: Always\n        name: nginx\n')
    expect((await run(['/replicas/i # scaled by sed'], YAML)).stdout).toBe('apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  # scale\n# scaled by sed\n  replicas: 1\n  template:\n    spec:\n      containers:\n      - image: nginx\n        name: nginx\n')
    expect((await run(['/replicas/c\\  replicas: 5'], YAML)).stdout).toBe('apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  # scale\n  replicas: 5\n  template:\n    spec:\n      containers:\n      - image: nginx\n        name: nginx\n')
    expect((await run(['-e', '/kind/a\\', '-e', '# added'], YAML)).stdout).toBe('apiVersion: apps/v1\nkind: Deployment\n# added\nmetadata:\n  name: web\nspec:\n  # scale\n  replicas: 1\n  template:\n    spec:\n      containers:\n      - image: nginx\n        name: nginx\n')
  })

  it('keeps a missing final newline as GNU sed does', async () => {
    expect((await run(['p'], 'no newline')).stdout).toBe('no newline\nno newline')
    expect((await run(['$a end'], 'no newline')).stdout).toBe('no newline\nend\n')
    expect((await run(['-n', '$='], 'no newline')).stdout).toBe('1\n')
    expect((await run(['$q'], 'no newline')).stdout).toBe('no newline\n')
    expect((await run(['-n', 'p;q'], 'no newline')).stdout).toBe('no newline\n')
    expect((await run(['n'], 'no newline')).stdout).toBe('no newline')
  })

  it('answers malformed scripts with GNU sed\'s messages', async () => {
    expect(await run(['s/a/b'], 'x\n')).toEqual({ stdout: '', stderr: 'sed: -e expression #1, char 5: unterminated `s\' command\n', exitCode: 1 })
    expect(await run(['$,g'], 'x\n')).toEqual({ stdout: '', stderr: 'sed: -e expression #1, char 3: unexpected `,\'\n', exitCode: 1 })
    expect((await run(['~0p'], 'x\n')).stdout).toBe('x\nx\n')
    expect((await run(['1,~2p'], 'x\n')).stdout).toBe('x\nx\n')
    expect(await run(['0!p'], 'x\n')).toEqual({ stdout: '', stderr: 'sed: -e expression #1, char 2: invalid usage of line address 0\n', exitCode: 1 })
    expect(await run(['s/x/\\n'], 'x\n')).toEqual({ stdout: '', stderr: 'sed: -e expression #1, char 6: unterminated `s\' command\n', exitCode: 1 })
    expect(await run(['}'], 'x\n')).toEqual({ stdout: '', stderr: 'sed: -e expression #1, char 1: unexpected `}\'\n', exitCode: 1 })
    expect(await run(['1}'], 'x\n')).toEqual({ stdout: '', stderr: 'sed: -e expression #1, char 2: unexpected `}\'\n', exitCode: 1 })
    expect(await run(['1{}}'], 'x\n')).toEqual({ stdout: '', stderr: 'sed: -e expression #1, char 4: unexpected `}\'\n', exitCode: 1 })
    expect(await run(['s/a/b/x'], 'x\n')).toEqual({ stdout: '', stderr: 'sed: -e expression #1, char 7: unknown option to `s\'\n', exitCode: 1 })
    expect(await run(['k'], 'x\n')).toEqual({ stdout: '', stderr: 'sed: -e expression #1, char 1: unknown command: `k\'\n', exitCode: 1 })
    expect(await run(['2,'], 'x\n')).toEqual({ stdout: '', stderr: 'sed: -e expression #1, char 2: unexpected `,\'\n', exitCode: 1 })
    expect(await run(['/abc'], 'x\n')).toEqual({ stdout: '', stderr: 'sed: -e expression #1, char 4: unterminated address regex\n', exitCode: 1 })
    expect(await run(['p x'], 'x\n')).toEqual({ stdout: '', stderr: 'sed: -e expression #1, char 3: extra characters after command\n', exitCode: 1 })
    expect(await run(['{p'], 'x\n')).toEqual({ stdout: '', stderr: 'sed: -e expression #1, char 0: unmatched `{\'\n', exitCode: 1 })
    expect(await run(['p}'], 'x\n')).toEqual({ stdout: '', stderr: 'sed: -e expression #1, char 2: unexpected `}\'\n', exitCode: 1 })
    expect(await run(['2!!p'], 'x\n')).toEqual({ stdout: '', stderr: 'sed: -e expression #1, char 3: multiple `!\'s\n', exitCode: 1 })
    expect(await run(['s/\\(a/b/'], 'x\n')).toEqual({ stdout: '', stderr: 'sed: -e expression #1, char 8: Unmatched ( or \\(\n', exitCode: 1 })
    expect(await run(['s/a/\\1/'], 'x\n')).toEqual({ stdout: '', stderr: 'sed: -e expression #1, char 7: invalid reference \\1 on `s\' command\'s RHS\n', exitCode: 1 })
    expect(await run(['0p'], 'x\n')).toEqual({ stdout: '', stderr: 'sed: -e expression #1, char 2: invalid usage of line address 0\n', exitCode: 1 })
    expect(await run(['1,3q'], 'x\n')).toEqual({ stdout: '', stderr: 'sed: -e expression #1, char 4: command only uses one address\n', exitCode: 1 })
    expect(await run(['s/a/b/gg'], 'x\n')).toEqual({ stdout: '', stderr: 'sed: -e expression #1, char 8: multiple `g\' options to `s\' command\n', exitCode: 1 })
    expect(await run(['//p'], 'x\n')).toEqual({ stdout: '', stderr: 'sed: -e expression #1, char 0: no previous regular expression\n', exitCode: 1 })
    expect(await run(['a'], 'x\n')).toEqual({ stdout: '', stderr: 'sed: -e expression #1, char 1: expected \\ after `a\', `c\' or `i\'\n', exitCode: 1 })
    expect(await run(['1#x'], 'x\n')).toEqual({ stdout: '', stderr: 'sed: -e expression #1, char 2: comments don\'t accept any addresses\n', exitCode: 1 })
    expect(await run(['s/a\\{2/b/'], 'x\n')).toEqual({ stdout: '', stderr: 'sed: -e expression #1, char 9: Unmatched \\{\n', exitCode: 1 })
    expect(await run(['+1p'], 'x\n')).toEqual({ stdout: '', stderr: 'sed: -e expression #1, char 2: invalid usage of +N or ~N as first address\n', exitCode: 1 })
    expect(await run(['-e', 'p', '-e', 's/a'], 'x\n')).toEqual({ stdout: '', stderr: 'sed: -e expression #2, char 3: unterminated `s\' command\n', exitCode: 1 })
    expect((await run(['-n', '-e', '/x/{p', '-e', '}'], 'x\n')).stdout).toBe('x\n')
    expect(firstLine(await run([], 'x\n'))).toEqual(['Usage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...', 1])
    expect(firstLine(await run(['-x', 'p'], 'x\n'))).toEqual(['sed: invalid option -- \'x\'', 1])
    expect(firstLine(await run(['-i', 'p'], 'x\n'))).toEqual(['sed: no input files', 4])
  })

  it('reads files, reports missing ones and goes on', async () => {
    expect(await run(['-n', '1p;$=', 'a.txt', 'nope', 'b.txt'], 'stdin\n')).toEqual({ stdout: '1\n4\n', stderr: 'sed: can\'t read nope: No such file or directory\n', exitCode: 2 })
    expect((await run(['-s', '-n', '$p', 'a.txt', 'b.txt'], 'stdin\n')).stdout).toBe('2\n4\n')
    expect((await run(['p', 'c.txt', 'a.txt'], 'stdin\n')).stdout).toBe('no newline\nno newline\n1\n1\n2\n2\n')
    expect((await run(['=', 'a.txt', '-', 'b.txt'], 'stdin\n')).stdout).toBe('1\n1\n2\n2\n3\nstdin\n4\n3\n5\n4\n')
  })

  it('says clearly which GNU commands this console does not run', async () => {
    expect(await run(['G'], 'x\n')).toEqual({ stdout: '', stderr: "sed: -e expression #1, char 1: the `G' command is not supported in this console\n", exitCode: 1 })
  })

  it('never throws on random scripts', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 16 }), fc.boolean(), async (script, extended) => {
        const r = await run(extended ? ['-E', '-e', script] : ['-e', script], PODS)
        expect(typeof r.exitCode).toBe('number')
        // q5 and Q5 exit non-zero quietly; any message must be sed's own
        if (r.stderr) expect(r.stderr).toMatch(/^sed: /)
      }),
      { numRuns: 2000 }
    )
  })
})

describe('sed in the console shell', () => {
  function host(files = memoryFiles()): ShellHost {
    return {
      state: defaultShellState(),
      files,
      advanceClock: () => {},
      programs: {
        // a stand-in kubectl: `get` prints a manifest, `apply -f -` echoes what it read
        kubectl: async (argv, io) =>
          argv[0] === 'apply' ? { stdout: io.stdin, stderr: '', exitCode: 0 } : { stdout: YAML, stderr: '', exitCode: 0 }
      }
    }
  }

  it('edits kubectl output in a pipeline', async () => {
    const r = await runShell("kubectl get deploy web -o yaml | sed 's/replicas: 1/replicas: 3/' | kubectl apply -f -", host())
    expect(r.stdout).toBe(YAML.replace('replicas: 1', 'replicas: 3'))
    expect((await runShell("kubectl get deploy web -o yaml | sed -n '/^spec:/,/replicas/p'", host())).stdout).toBe('spec:\n  # scale\n  replicas: 1\n')
  })

  it('edits a workspace file in place with -i', async () => {
    const files = memoryFiles()
    const h = host(files)
    const r = await runShell("kubectl get deploy web -o yaml > web.yaml; sed -i 's/nginx$/nginx:1.27/' web.yaml", h)
    expect(r).toMatchObject({ stdout: '', stderr: '', exitCode: 0 })
    expect(files.files.get('web.yaml')).toBe(YAML.replace('- image: nginx\n', '- image: nginx:1.27\n').replace('name: nginx\n', 'name: nginx:1.27\n'))
    await runShell("sed -i.bak '/^ *#/d' web.yaml", h)
    expect(files.files.get('web.yaml.bak')).toContain('# scale')
    expect(files.files.get('web.yaml')).not.toContain('#')
    expect((await runShell('sed -i p missing.yaml', h)).stderr).toBe("sed: can't read missing.yaml: No such file or directory\n")
  })
})

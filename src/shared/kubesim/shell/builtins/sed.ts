// `sed`, the GNU sed 4.x subset Kubernetes learners pipe kubectl output through: s, p, d,
// q, =, a/i/c, blocks, addresses and ranges, -n -e -E -i -s. Script compiling is in
// sed-script.ts, running in sed-exec.ts; this file reads the options and the files.
import type { SessionFiles } from '../types'
import { fail, type CommandOutput } from '../types'
import { splitLines } from './lines'
import { resetRanges, runStream, type RunState, type Stream } from './sed-exec'
import { compileScript, type Command } from './sed-script'

// GNU sed's usage text, printed after a usage error (stderr) and for --help (stdout).
const USAGE = [
  'Usage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...',
  '',
  '  -n, --quiet, --silent',
  '                 suppress automatic printing of pattern space',
  '      --debug',
  '                 annotate program execution',
  '  -e script, --expression=script',
  '                 add the script to the commands to be executed',
  '  -f script-file, --file=script-file',
  '                 add the contents of script-file to the commands to be executed',
  '  --follow-symlinks',
  '                 follow symlinks when processing in place',
  '  -i[SUFFIX], --in-place[=SUFFIX]',
  '                 edit files in place (makes backup if SUFFIX supplied)',
  '  -l N, --line-length=N',
  '                 specify the desired line-wrap length for the `l\' command',
  '  --posix',
  '                 disable all GNU extensions.',
  '  -E, -r, --regexp-extended',
  '                 use extended regular expressions in the script',
  '                 (for portability use POSIX -E).',
  '  -s, --separate',
  '                 consider files as separate rather than as a single,',
  '                 continuous long stream.',
  '      --sandbox',
  '                 operate in sandbox mode (disable e/r/w commands).',
  '  -u, --unbuffered',
  '                 load minimal amounts of data from the input files and flush',
  '                 the output buffers more often',
  '  -z, --null-data',
  '                 separate lines by NUL characters',
  '      --help     display this help and exit',
  '      --version  output version information and exit',
  '',
  'If no -e, --expression, -f, or --file option is given, then the first',
  'non-option argument is taken as the sed script to interpret.  All',
  'remaining arguments are names of input files; if no input files are',
  'specified, then the standard input is read.',
  '',
  'GNU sed home page: <https://www.gnu.org/software/sed/>.',
  'General help using GNU software: <https://www.gnu.org/gethelp/>.'
].join('\n')

const VERSION = `sed (GNU sed) 4.9
Copyright (C) 2022 Free Software Foundation, Inc.
License GPLv3+: GNU GPL version 3 or later <https://gnu.org/licenses/gpl.html>.
This is free software: you are free to change and redistribute it.
There is NO WARRANTY, to the extent permitted by law.

Written by Jay Fenlason, Tom Lord, Ken Pizzini,
Paolo Bonzini, Jim Meyering, and Assaf Gordon.
`

interface SedArgs {
  quiet: boolean
  extended: boolean
  separate: boolean
  /** -i: edit files in place; the backup suffix, '' for none. */
  inPlace?: string
  expressions: string[]
  files: string[]
}

const usageError = (message: string): CommandOutput => fail(`${message ? message + '\n' : ''}${USAGE}`, 1)

/** Options as GNU's getopt reads them: clustered (`-ne`), arguments attached or next. */
function parseArgs(args: string[]): SedArgs | CommandOutput {
  const parsed: SedArgs = { quiet: false, extended: false, separate: false, expressions: [], files: [] }
  const operands: string[] = []
  for (let k = 0; k < args.length; k++) {
    const a = args[k]
    if (a === '--') {
      operands.push(...args.slice(k + 1))
      break
    }
    if (a.startsWith('--')) {
      const eq = a.indexOf('=')
      const [name, value] = eq > 0 ? [a.slice(0, eq), a.slice(eq + 1)] : [a, undefined]
      if (name === '--quiet' || name === '--silent') parsed.quiet = true
      else if (name === '--regexp-extended') parsed.extended = true
      else if (name === '--separate') parsed.separate = true
      // no effect on a whole-text simulation; the GNU-only commands they disable are not supported anyway
      else if (name === '--posix' || name === '--unbuffered' || name === '--sandbox') continue
      else if (name === '--version') return { stdout: VERSION, stderr: '', exitCode: 0 }
      else if (name === '--debug' || name === '--null-data' || name === '--file' || name === '--line-length') {
        return fail(`sed: ${name} is not supported in this console`)
      } else if (name === '--in-place') parsed.inPlace = value ?? ''
      else if (name === '--expression') {
        const script = value ?? args[++k]
        if (script === undefined) return usageError("sed: option '--expression' requires an argument")
        parsed.expressions.push(script)
      } else if (name === '--help') return { stdout: `${USAGE}\nE-mail bug reports to: <bug-sed@gnu.org>.\n`, stderr: '', exitCode: 0 }
      else return usageError(`sed: unrecognized option '${a}'`)
      continue
    }
    if (!a.startsWith('-') || a === '-') {
      operands.push(a)
      continue
    }
    for (let j = 1; j < a.length; j++) {
      const f = a[j]
      if (f === 'n') parsed.quiet = true
      else if (f === 'E' || f === 'r') parsed.extended = true
      else if (f === 's') parsed.separate = true
      else if (f === 'u') continue
      else if (f === 'z' || f === 'l') return fail(`sed: -${f} is not supported in this console`)
      else if (f === 'i') {
        // -i takes an optional suffix, attached only (`-i.bak`)
        parsed.inPlace = a.slice(j + 1)
        break
      } else if (f === 'e') {
        const script = j + 1 < a.length ? a.slice(j + 1) : args[++k]
        if (script === undefined) return usageError("sed: option requires an argument -- 'e'")
        parsed.expressions.push(script)
        break
      } else if (f === 'f') return fail('sed: -f (script files) is not supported in this console')
      else return usageError(`sed: invalid option -- '${f}'`)
    }
  }
  if (!parsed.expressions.length) {
    if (!operands.length) return usageError('')
    parsed.expressions.push(operands.shift()!)
  }
  parsed.files = operands
  return parsed
}

function toStream(texts: string[]): Stream {
  const last = texts[texts.length - 1] ?? ''
  return { lines: texts.flatMap(splitLines), missingNewline: last !== '' && !last.endsWith('\n') }
}

interface Input {
  name: string
  text: string
}

/**
 * The inputs' texts; a missing file is reported and skipped, as GNU does (exit 2 at the
 * end). `-` is standard input, except with -i (stdin undefined) where it names a file.
 */
async function readInputs(names: string[], stdin: string | undefined, files: SessionFiles): Promise<{ inputs: Input[]; stderr: string; fatal: boolean }> {
  const inputs: Input[] = []
  let stderr = ''
  for (const name of names) {
    const text = name === '-' && stdin !== undefined ? stdin : await files.readFile(name)
    if (text !== undefined) inputs.push({ name, text })
    else if ((await files.listDir(name)) === undefined) stderr += `sed: can't read ${name}: No such file or directory\n`
    else {
      // GNU stops at a folder (exit 4), after printing what the files before it gave
      const verb = stdin === undefined ? `couldn't edit ${name}: not a regular file` : `read error on ${name}: Is a directory`
      return { inputs, stderr: stderr + `sed: ${verb}\n`, fatal: true }
    }
  }
  return { inputs, stderr, fatal: false }
}

/** -i and -s: each file is its own stream (line numbers and `$` restart); -i writes it back. */
async function runSeparately(prog: Command[], parsed: SedArgs, inputs: Input[], files: SessionFiles, state: RunState): Promise<void> {
  for (const input of inputs) {
    if (state.quit !== undefined) break
    resetRanges(prog)
    if (parsed.inPlace === undefined) {
      runStream(prog, toStream([input.text]), state)
      continue
    }
    const fileState: RunState = { ...state, out: '', pendingNewline: false }
    runStream(prog, toStream([input.text]), fileState)
    if (parsed.inPlace) await files.writeFile(input.name + parsed.inPlace, input.text)
    await files.writeFile(input.name, fileState.out)
    state.quit = fileState.quit
  }
}

export async function sed(args: string[], stdin: string, files: SessionFiles): Promise<CommandOutput> {
  const parsed = parseArgs(args)
  if ('exitCode' in parsed) return parsed
  let prog: Command[]
  try {
    prog = compileScript(parsed.expressions, parsed.extended)
  } catch (err) {
    return fail(`sed: ${err instanceof Error ? err.message : String(err)}`)
  }
  if (parsed.inPlace !== undefined && !parsed.files.length) return fail('sed: no input files', 4)
  const names = parsed.files.length ? parsed.files : ['-']
  const { inputs, stderr, fatal } = await readInputs(names, parsed.inPlace === undefined ? stdin : undefined, files)
  const state: RunState = { quiet: parsed.quiet, out: '', pendingNewline: false }
  resetRanges(prog)
  if (parsed.separate || parsed.inPlace !== undefined) await runSeparately(prog, parsed, inputs, files, state)
  else runStream(prog, toStream(inputs.map((i) => i.text)), state)
  return { stdout: state.out, stderr, exitCode: fatal ? 4 : state.quit ?? (stderr ? 2 : 0) }
}

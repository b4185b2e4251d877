// What a container's main process does over time: its argv (Docker's entrypoint/cmd rules),
// then either the image's known server behaviour or a script run by the shell interpreter.
import type { ImageInfo, RunContext } from './catalogue'
import { ExitSignal, Shell } from './shell/run'
import type { ShellWorld } from './shell/world'

export interface OutputLine {
  at: number
  text: string
  err?: boolean
}

export interface Replay {
  lines: OutputLine[]
  /** Set when the process exited within the horizon. */
  exit?: { at: number; code: number }
  world: ShellWorld
}

export interface ContainerSpecLike {
  command?: string[]
  args?: string[]
}

const ENTRYPOINT_WRAPPERS = new Set(['/docker-entrypoint.sh', 'docker-entrypoint.sh', '/entrypoint.sh', '/usr/local/bin/docker-entrypoint.sh', '/usr/bin/tini'])
const SHELLS = new Set(['sh', 'bash', 'ash', 'zsh', 'dash'])
const YEAR = 366 * 24 * 3600 * 1000

export function argvOf(spec: ContainerSpecLike, image: ImageInfo): string[] {
  if (spec.command && spec.command.length) return [...spec.command, ...(spec.args ?? [])]
  if (spec.args && spec.args.length) return [...image.entrypoint, ...spec.args]
  return [...image.entrypoint, ...image.cmd]
}

function base(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1)
}

export class Program {
  readonly argv: string[]
  readonly startError?: string
  /** server: the image's own long-running process; exits: the image's default that ends; script: anything else. */
  readonly mode: 'server' | 'exits' | 'script'

  constructor(
    spec: ContainerSpecLike,
    readonly image: ImageInfo,
    readonly tag: string
  ) {
    this.argv = argvOf(spec, image)
    let rest = this.argv
    while (rest.length && ENTRYPOINT_WRAPPERS.has(rest[0])) rest = rest.slice(rest[0] === '/usr/bin/tini' && rest[1] === '--' ? 2 : 1)
    const exe = rest[0]
    const serverBinaries = [...image.entrypoint, ...image.cmd].map(base)
    const hasCommand = !!spec.command?.length
    if (image.server && (!hasCommand || (exe !== undefined && serverBinaries.includes(base(exe))))) this.mode = 'server'
    else if (!hasCommand && !spec.args?.length && image.exits) this.mode = 'exits'
    else this.mode = 'script'
    if (this.mode === 'script' && exe !== undefined && !image.tools.includes(base(exe))) this.startError = `exec: "${exe}": executable file not found in $PATH`
    if (this.argv.length === 0) this.startError = 'no command specified'
  }

  /** A process killed by SIGTERM right away, or only at the end of the grace period. */
  get ignoresSigterm(): boolean {
    if (this.mode !== 'script') return !!this.image.ignoresSigterm
    const exe = base(this.argv[0] ?? '')
    return SHELLS.has(exe) || exe === 'sleep' || exe === 'tail'
  }

  /** Replays the process from `ctx.start` for at most `horizon` ms. */
  replay(ctx: RunContext, world: ShellWorld, horizon: number, keepLines = Infinity): Replay {
    const lines: OutputLine[] = []
    const image = this.image
    if (this.mode === 'server' && image.server) {
      const failure = image.server.failure?.(ctx)
      if (failure) return { lines: failure.map((text) => ({ at: ctx.start, text })), exit: { at: ctx.start + 200, code: 1 }, world }
      return { lines: image.server.logs(ctx, this.tag).map((text) => ({ at: ctx.start, text })), world }
    }
    if (this.mode === 'exits' && image.exits) return { lines: image.exits.output.map((text) => ({ at: ctx.start, text })), exit: { at: ctx.start + 50, code: image.exits.code }, world }

    const shell = new Shell(world, { horizon: Math.min(horizon, YEAR), keepLines }, 'sh')
    let argv = this.argv
    while (argv.length && ENTRYPOINT_WRAPPERS.has(argv[0])) argv = argv.slice(argv[0] === '/usr/bin/tini' && argv[1] === '--' ? 2 : 1)
    const exe = base(argv[0] ?? '')
    const gen = SHELLS.has(exe) && !argv.includes('-c')
      ? (function* () {
          if (argv.length > 1) {
            yield { out: `${exe}: can't open '${argv[1]}': No such file or directory`, err: true }
            return 2
          }
          return 0
        })()
      : shell.invoke(argv, { shell, stdin: '', world })
    for (;;) {
      let r
      try {
        r = gen.next()
      } catch (e) {
        if (e instanceof ExitSignal) return { lines, exit: { at: ctx.start + Math.max(shell.elapsed, 50), code: e.code }, world }
        throw e
      }
      if (r.done) return { lines, exit: { at: ctx.start + Math.max(shell.elapsed, 50), code: r.value }, world }
      const ev = r.value
      if ('out' in ev) lines.push({ at: ctx.start + shell.elapsed, text: ev.out, err: ev.err })
      else if ('serve' in ev) {
        const logs = image.server?.logs({ ...ctx, start: ctx.start + shell.elapsed }, this.tag) ?? []
        for (const text of logs) lines.push({ at: ctx.start + shell.elapsed, text })
      } else if ('forever' in ev) return { lines, world }
      if (shell.elapsed > horizon) return { lines, world }
    }
  }
}

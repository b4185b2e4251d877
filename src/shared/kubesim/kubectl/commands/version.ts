import type { Ctx } from '../context'
import { CmdError } from '../errors'
import { flagBool, flagString } from '../flags'
import { toKubectlYaml } from '../output/goyaml'
import type { CommandSpec } from './types'

// kubectl version (pkg/cmd/version/version.go) for a v1.31.0 client and server.

const BUILD = {
  major: '1',
  minor: '31',
  gitVersion: 'v1.31.0',
  gitCommit: '9edcffcde5595e8a5b1a35f88c421764e575afce',
  gitTreeState: 'clean',
  buildDate: '2024-08-13T07:28:49Z',
  goVersion: 'go1.22.5',
  compiler: 'gc',
  platform: 'linux/amd64'
}
const KUSTOMIZE = 'v5.4.2'

function run(ctx: Ctx): void {
  const clientOnly = flagBool(ctx.flags, 'client')
  const output = flagString(ctx.flags, 'output')
  if (output && output !== 'yaml' && output !== 'json') throw new CmdError('--output must be \'yaml\' or \'json\'')
  if (!output) {
    ctx.out(`Client Version: ${BUILD.gitVersion}\nKustomize Version: ${KUSTOMIZE}\n`)
    if (!clientOnly) ctx.out(`Server Version: ${BUILD.gitVersion}\n`)
    return
  }
  const info: Record<string, unknown> = { clientVersion: BUILD, kustomizeVersion: KUSTOMIZE }
  if (!clientOnly) info.serverVersion = { ...BUILD, platform: 'linux/amd64' }
  ctx.out(output === 'yaml' ? toKubectlYaml(info) + '\n' : JSON.stringify(info, null, 2) + '\n')
}

export const versionCommand: CommandSpec = {
  name: 'version',
  group: 'Other Commands',
  short: 'Print the client and server version information',
  long: 'Print the client and server version information for the current context.',
  examples: '  # Print the client and server versions for the current context\n  kubectl version',
  usage: 'version [flags]',
  flags: [
    { name: 'client', type: 'bool', usage: 'If true, shows client version only (no server required).' },
    { name: 'output', short: 'o', type: 'string', usage: "One of 'yaml' or 'json'." }
  ],
  run
}

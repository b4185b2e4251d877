import { CmdError } from '../errors'
import type { CommandSpec } from './types'

// The kubectl commands this simulator does not run. They are listed by `kubectl --help`
// as in the real one, and say plainly that they are not simulated instead of
// "unknown command", which would suggest a typing mistake.

function unavailable(name: string, group: string | undefined, short: string, usage: string): CommandSpec {
  return {
    name,
    group,
    short,
    long: `${short}.\n\n This command is not available in the simulator.`,
    usage,
    run: () => {
      throw new CmdError(`"kubectl ${name}" is not available in this simulator`)
    }
  }
}

export const certificateCommand = unavailable('certificate', 'Cluster Management Commands', 'Modify certificate resources', 'certificate SUBCOMMAND')
export const attachCommand = unavailable('attach', 'Troubleshooting and Debugging Commands', 'Attach to a running container', 'attach (POD | TYPE/NAME) -c CONTAINER')
export const proxyCommand = unavailable('proxy', 'Troubleshooting and Debugging Commands', 'Run a proxy to the Kubernetes API server', 'proxy [--port=PORT] [--www=static-dir] [--www-prefix=prefix] [--api-prefix=prefix]')
export const cpCommand = unavailable('cp', 'Troubleshooting and Debugging Commands', 'Copy files and directories to and from containers', 'cp <file-spec-src> <file-spec-dest>')
export const debugCommand = unavailable('debug', 'Troubleshooting and Debugging Commands', 'Create debugging sessions for troubleshooting workloads and nodes', 'debug (POD | TYPE[[.VERSION].GROUP]/NAME) [ -- COMMAND [args...] ]')
export const diffCommand = unavailable('diff', 'Advanced Commands', 'Diff the live version against a would-be applied version', 'diff -f FILENAME')
export const kustomizeCommand = unavailable('kustomize', 'Advanced Commands', 'Build a kustomization target from a directory or URL', 'kustomize <dir>')
export const completionCommand = unavailable('completion', 'Settings Commands', 'Output shell completion code for the specified shell (bash, zsh, fish, or powershell)', 'completion SHELL')
export const pluginCommand = unavailable('plugin', 'Other Commands', 'Provides utilities for interacting with plugins', 'plugin [flags]')

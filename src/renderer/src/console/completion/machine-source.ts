import type { ClusterApi } from '@shared/kubesim/engine'
import type { KubeObject } from '@shared/kubesim/engine/contract'
import { COMMANDS } from '@shared/kubesim/kubectl/commands'
import { BUILTIN_NAMES } from '@shared/kubesim/shell/builtins'
import type { Session } from '@shared/kubesim/session'
import type { Workspace } from '../workspace'
import type { CompletionTables } from './complete'
import type { CompletionSource } from './source'

/** The console's own commands, handled before the shell sees the line. */
export const CONSOLE_COMMANDS = ['help', 'reset']

export const completionTables: CompletionTables = {
  kubectl: COMMANDS,
  commands: [...new Set([...BUILTIN_NAMES.filter((n) => /^[a-z]/.test(n)), ...CONSOLE_COMMANDS])]
}

function safeList(run: () => KubeObject[]): KubeObject[] {
  try {
    return run()
  } catch {
    return []
  }
}

/** Completion over the live cluster, the session's kubeconfig and aliases, and the workspace. */
export function machineSource(machine: { cluster: ClusterApi; session: Session; workspace: Workspace }): CompletionSource {
  const { workspace } = machine
  const state = () => machine.session.state()
  return {
    resources: () => machine.cluster.resources(),
    names(type, namespace) {
      const info = machine.cluster.resolveResource(type)
      if (!info) return []
      return safeList(() => machine.cluster.list(info, info.namespaced ? namespace : undefined)).map((o) => o.metadata.name)
    },
    namespaces: () => safeList(() => machine.cluster.list('namespaces', undefined)).map((o) => o.metadata.name),
    contexts: () => state().kubeconfig.contexts.map((c) => c.name),
    currentNamespace() {
      const config = state().kubeconfig
      return config.contexts.find((c) => c.name === config.currentContext)?.namespace || 'default'
    },
    aliases: () => state().shell.aliases,
    files(partial, only) {
      const slash = partial.lastIndexOf('/')
      const dir = slash >= 0 ? partial.slice(0, slash + 1) : ''
      const entries = workspace.listDir(dir || '.') ?? []
      const out: string[] = []
      for (const entry of entries) {
        const full = dir + entry
        const isDir = workspace.readFile(full) === undefined && workspace.listDir(full) !== undefined
        if (isDir) out.push(full + '/')
        else if (!only || only.test(entry)) out.push(full)
      }
      return out
    }
  }
}

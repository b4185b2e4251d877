import type { ClusterApi, UserInfo } from '../engine/contract'
import type { EditorHook, SessionFiles } from '../shell/types'
import { flagString, type ParsedFlags } from './flags'
import { currentContext, type Kubeconfig } from './kubeconfig'
import { CmdError } from './errors'

/** Everything a kubectl command works with during one invocation. */
export class Ctx {
  stdout = ''
  stderr = ''
  /** The namespace the command acts in: `-n`, else the context's, else `default`. */
  readonly namespace: string
  /** True when `-n` was given (kubectl then refuses files naming another namespace). */
  readonly explicitNamespace: boolean
  readonly user: UserInfo | undefined

  constructor(
    readonly cluster: ClusterApi,
    readonly config: Kubeconfig,
    readonly files: SessionFiles,
    readonly stdin: string,
    readonly flags: ParsedFlags,
    readonly commandPath: string,
    readonly editor?: EditorHook
  ) {
    const contextName = flagString(flags, 'context')
    const ctx = currentContext(config, contextName)
    if (contextName && !ctx) throw new CmdError(`context was not found for specified context: ${contextName}`)
    const ns = flagString(flags, 'namespace')
    this.explicitNamespace = flags.changed.has('namespace')
    this.namespace = ns || ctx?.namespace || 'default'
    const as = flagString(flags, 'as')
    const groups = flags.values.get('as-group')
    this.user = as ? { username: as, groups: Array.isArray(groups) && groups.length ? groups : undefined } : undefined
  }

  out(text: string): void {
    this.stdout += text
  }

  err(text: string): void {
    this.stderr += text
  }

  now(): number {
    return this.cluster.now()
  }

  async readFile(path: string): Promise<string | undefined> {
    return this.files.readFile(path)
  }
}

import type { ResourceInfo } from '@shared/kubesim/engine/contract'

/** What completion may look at: the live cluster, the session and the workspace. */
export interface CompletionSource {
  resources(): ResourceInfo[]
  /** Names of the objects of `type` (`pods`, `deploy`…) in `namespace`, or in every namespace when undefined. */
  names(type: string, namespace: string | undefined): string[]
  namespaces(): string[]
  contexts(): string[]
  /** The current context's namespace. */
  currentNamespace(): string
  aliases(): Record<string, string>
  /**
   * Workspace paths completing `partial` (`k8s/` lists that folder): files matching
   * `only` when given, and folders with a trailing `/`.
   */
  files(partial: string, only?: RegExp): string[]
}

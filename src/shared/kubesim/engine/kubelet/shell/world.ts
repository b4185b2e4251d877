// What a shell inside a simulated container can see: its files, its environment, the
// cluster's DNS and HTTP services. The kubelet builds one per container run.

export interface FetchResult {
  host: string
  port: number
  /** The address the name resolved to. */
  ip?: string
  status: number
  body: string
  error?: 'dns' | 'refused' | 'timeout'
}

export interface ShellWorld {
  hostname: string
  env: Record<string, string>
  /** Commands on the image's PATH. */
  tools: Set<string>
  /** busybox wording of errors (busybox, alpine) rather than GNU coreutils and dash. */
  busybox: boolean
  /** Epoch ms at elapsed 0. */
  start: number
  readFile(path: string): string | undefined
  writeFile(path: string, content: string): void
  removeFile(path: string): boolean
  listDir(path: string): string[] | undefined
  /** Every file, for diffing what an exec changed. */
  snapshot(): Map<string, string>
  resolve(name: string): string | undefined
  fetch(url: string): FetchResult
}

export type ShellEvent = { out: string; err?: boolean } | { sleep: number } | { forever: true } | { serve: string }

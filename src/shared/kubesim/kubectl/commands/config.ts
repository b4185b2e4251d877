import type { Ctx } from '../context'
import { CmdError } from '../errors'
import { flagBool, flagString } from '../flags'
import { currentContext, type Kubeconfig } from '../kubeconfig'
import { toKubectlYaml } from '../output/goyaml'
import { parseOutputFormat, printObjects } from '../output/generic'
import { alignColumns } from '../output/tabwriter'
import type { CommandSpec } from './types'

// kubectl config (pkg/cmd/config/*.go), on the session's kubeconfig. The file is the
// control plane's /etc/kubernetes/admin.conf copied to ~/.kube/config.

const CONFIG_FILE = '/root/.kube/config'
const FAKE_CERT = 'LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSURCVENDQWUyZ0F3SUJBZ0lJWkt1YlNpbXVsYXRvcjAKLS0tLS1FTkQgQ0VSVElGSUNBVEUtLS0tLQo='
const FAKE_KEY = 'LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVktLS0tLQpNSUlFcEFJQkFBS0NBUUVBc2ltdWxhdG9yCi0tLS0tRU5EIFJTQSBQUklWQVRFIEtFWS0tLS0tCg=='

function helpError(ctx: Ctx, message: string): CmdError {
  return new CmdError(`${message}\nSee '${ctx.commandPath} -h' for help and examples`)
}

function kubeconfigObject(config: Kubeconfig, raw: boolean, minify: boolean): Record<string, unknown> {
  const current = currentContext(config)
  const contexts = minify ? config.contexts.filter((c) => c === current) : config.contexts
  const clusterNames = new Set(contexts.map((c) => c.cluster))
  const userNames = new Set(contexts.map((c) => c.user))
  const clusters = minify ? config.clusters.filter((c) => clusterNames.has(c.name)) : config.clusters
  const users = minify ? config.users.filter((u) => userNames.has(u.name)) : config.users
  return {
    apiVersion: 'v1',
    clusters: clusters.map((c) => ({
      cluster: { 'certificate-authority-data': raw ? FAKE_CERT : 'DATA+OMITTED', server: c.server },
      name: c.name
    })),
    contexts: contexts.map((c) => ({
      context: { cluster: c.cluster, ...(c.namespace ? { namespace: c.namespace } : {}), user: c.user },
      name: c.name
    })),
    'current-context': config.currentContext,
    kind: 'Config',
    preferences: {},
    users: users.map((u) => ({
      name: u.name,
      user: { 'client-certificate-data': raw ? FAKE_CERT : 'DATA+OMITTED', 'client-key-data': raw ? FAKE_KEY : 'DATA+OMITTED' }
    }))
  }
}

async function view(ctx: Ctx): Promise<void> {
  if (ctx.flags.args.length) throw new CmdError(`unexpected arguments: [${ctx.flags.args.join(' ')}]\nSee '${ctx.commandPath} -h' for help and examples`)
  const obj = kubeconfigObject(ctx.config, flagBool(ctx.flags, 'raw'), flagBool(ctx.flags, 'minify'))
  const output = flagString(ctx.flags, 'output') || 'yaml'
  const format = await parseOutputFormat(output, ['json', 'yaml', 'jsonpath', 'jsonpath-as-json', 'jsonpath-file', 'name', 'go-template', 'go-template-file', 'template', 'templatefile'], (p) => ctx.readFile(p))
  if (format.type === 'yaml') ctx.out(toKubectlYaml(obj))
  else if (format.type !== 'table' && format.type !== 'custom-columns') {
    ctx.out(printObjects(format, [obj as never], false, { noHeaders: false }))
  }
}

function getContexts(ctx: Ctx): void {
  const names = ctx.flags.args
  const output = flagString(ctx.flags, 'output')
  if (output && output !== 'name') throw new CmdError(`--output ${output} is not available in kubectl config get-contexts; resetting to default output format`)
  const errors: string[] = []
  const selected = names.length ? names.flatMap((n) => {
    const c = ctx.config.contexts.find((x) => x.name === n)
    if (!c) errors.push(`context ${n} not found`)
    return c ? [c] : []
  }) : [...ctx.config.contexts].sort((a, b) => (a.name < b.name ? -1 : 1))
  const noHeaders = flagBool(ctx.flags, 'no-headers')
  if (output === 'name') {
    for (const c of selected) ctx.out(c.name + '\n')
  } else {
    const rows: string[][] = noHeaders ? [] : [['CURRENT', 'NAME', 'CLUSTER', 'AUTHINFO', 'NAMESPACE']]
    for (const c of selected) rows.push([c.name === ctx.config.currentContext ? '*' : '', c.name, c.cluster, c.user, c.namespace ?? ''])
    ctx.out(alignColumns(rows))
  }
  if (errors.length) throw new CmdError(errors.join('\nerror: '))
}

function currentContextCmd(ctx: Ctx): void {
  if (!ctx.config.currentContext) throw new CmdError('current-context is not set')
  ctx.out(ctx.config.currentContext + '\n')
}

function useContext(ctx: Ctx): void {
  const args = ctx.flags.args
  if (args.length !== 1) throw helpError(ctx, `Unexpected args: [${args.join(' ')}]`)
  const name = args[0]
  if (!ctx.config.contexts.some((c) => c.name === name)) throw new CmdError(`no context exists with the name: "${name}"`)
  ctx.config.currentContext = name
  ctx.out(`Switched to context "${name}".\n`)
}

function setContext(ctx: Ctx): void {
  const args = ctx.flags.args
  const useCurrent = flagBool(ctx.flags, 'current')
  if (args.length > 1) throw helpError(ctx, `Unexpected args: [${args.join(' ')}]`)
  if (!args.length && !useCurrent) throw new CmdError('you must specify a non-empty context name or --current')
  if (args.length && useCurrent) throw new CmdError('you cannot specify both a context name and --current')
  let name = args[0]
  if (useCurrent) {
    if (!ctx.config.currentContext) throw new CmdError('no current context is set')
    name = ctx.config.currentContext
  }
  let context = ctx.config.contexts.find((c) => c.name === name)
  const exists = !!context
  if (!context) {
    context = { name, cluster: '', user: '' }
    ctx.config.contexts.push(context)
  }
  if (ctx.flags.changed.has('cluster')) context.cluster = flagString(ctx.flags, 'cluster')
  if (ctx.flags.changed.has('user')) context.user = flagString(ctx.flags, 'user')
  if (ctx.flags.changed.has('namespace')) {
    const ns = flagString(ctx.flags, 'namespace')
    if (ns) context.namespace = ns
    else delete context.namespace
  }
  ctx.out(`Context "${name}" ${exists ? 'modified' : 'created'}.\n`)
}

function deleteContext(ctx: Ctx): void {
  const [name] = ctx.flags.args
  if (!name) throw helpError(ctx, 'Unexpected args: []')
  const i = ctx.config.contexts.findIndex((c) => c.name === name)
  if (i < 0) throw new CmdError(`cannot delete context ${name}, not in ${CONFIG_FILE}`)
  ctx.config.contexts.splice(i, 1)
  if (ctx.config.currentContext === name) {
    ctx.err('warning: this removed your active context, use "kubectl config use-context" to select a different one\n')
  }
  ctx.out(`deleted context ${name} from ${CONFIG_FILE}\n`)
}

function renameContext(ctx: Ctx): void {
  const args = ctx.flags.args
  if (args.length !== 2) throw helpError(ctx, `Unexpected args: [${args.join(' ')}]`)
  const [from, to] = args
  const c = ctx.config.contexts.find((x) => x.name === from)
  if (!c) throw new CmdError(`cannot rename the context "${from}", it's not in ${CONFIG_FILE}`)
  if (ctx.config.contexts.some((x) => x.name === to)) {
    throw new CmdError(`cannot rename the context "${from}", the context "${to}" already exists in ${CONFIG_FILE}`)
  }
  c.name = to
  if (ctx.config.currentContext === from) ctx.config.currentContext = to
  ctx.out(`Context "${from}" renamed to "${to}".\n`)
}

function getClusters(ctx: Ctx): void {
  ctx.out('NAME\n' + ctx.config.clusters.map((c) => c.name + '\n').join(''))
}

function getUsers(ctx: Ctx): void {
  ctx.out('NAME\n' + ctx.config.users.map((u) => u.name + '\n').join(''))
}

const sub = (spec: CommandSpec): CommandSpec => spec

export const configCommand: CommandSpec = {
  name: 'config',
  group: 'Other Commands',
  short: 'Modify kubeconfig files',
  long: `Modify kubeconfig files using subcommands like "kubectl config set current-context my-context".

 The loading order follows these rules:

  1.  If the --kubeconfig flag is set, then only that file is loaded. The flag may only be set once and no merging takes place.
  2.  If $KUBECONFIG environment variable is set, then it is used as a list of paths (normal path delimiting rules for your system). These paths are merged. When a value is modified, it is modified in the file that defines the stanza. When a value is created, it is created in the first file that exists. If no files in the chain exist, then it creates the last file in the list.
  3.  Otherwise, \${HOME}/.kube/config is used and no merging takes place.`,
  usage: 'config SUBCOMMAND',
  subcommands: [
    sub({ name: 'current-context', short: 'Display the current-context', usage: 'config current-context', run: currentContextCmd }),
    sub({ name: 'delete-context', short: 'Delete the specified context from the kubeconfig', usage: 'config delete-context NAME', run: deleteContext }),
    sub({ name: 'get-clusters', short: 'Display clusters defined in the kubeconfig', usage: 'config get-clusters', run: getClusters }),
    sub({
      name: 'get-contexts',
      short: 'Describe one or many contexts',
      usage: 'config get-contexts [(-o|--output=)name)]',
      flags: [
        { name: 'no-headers', type: 'bool', usage: "When using the default or custom-column output format, don't print headers (default print headers)." },
        { name: 'output', short: 'o', type: 'string', usage: 'Output format. One of: (name).' }
      ],
      run: getContexts
    }),
    sub({ name: 'get-users', short: 'Display users defined in the kubeconfig', usage: 'config get-users', run: getUsers }),
    sub({ name: 'rename-context', short: 'Rename a context from the kubeconfig file', usage: 'config rename-context CONTEXT_NAME NEW_NAME', run: renameContext }),
    sub({
      name: 'set-context',
      short: 'Set a context entry in kubeconfig',
      usage: 'config set-context [NAME | --current] [--cluster=cluster_nickname] [--user=user_nickname] [--namespace=namespace]',
      flags: [{ name: 'current', type: 'bool', usage: 'Modify the current context' }],
      run: setContext
    }),
    sub({ name: 'use-context', aliases: ['use'], short: 'Set the current-context in a kubeconfig file', usage: 'config use-context CONTEXT_NAME', run: useContext }),
    sub({
      name: 'view',
      short: 'Display merged kubeconfig settings or a specified kubeconfig file',
      usage: 'config view [flags]',
      flags: [
        { name: 'raw', type: 'bool', usage: 'Display raw byte data and sensitive data' },
        { name: 'minify', type: 'bool', usage: 'Remove all information not used by current-context from the output' },
        { name: 'flatten', type: 'bool', usage: 'Flatten the resulting kubeconfig file into self-contained output (useful for creating portable kubeconfig files)' },
        { name: 'merge', type: 'string', default: 'true', usage: 'Merge the full hierarchy of kubeconfig files' },
        { name: 'output', short: 'o', type: 'string', default: 'yaml', usage: 'Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).' }
      ],
      run: view
    })
  ]
}


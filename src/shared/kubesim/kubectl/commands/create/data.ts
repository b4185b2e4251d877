import { toBase64 } from '../../../shell/builtins/base64'
import type { Ctx } from '../../context'
import { CmdError } from '../../errors'
import { flagList, flagString } from '../../flags'
import type { CommandSpec } from '../types'
import { createAndPrint, enforcedNamespace, generatorFlags, nameFromArgs, objectMeta } from './common'

// kubectl create configmap / secret generic|docker-registry|tls (create_configmap.go,
// create_secret*.go, pkg/util/util.go ParseFileSource / ParseLiteralSource).

const KEY = /^[-._a-zA-Z0-9]+$/

function parseLiteral(source: string): [string, string] {
  const i = source.indexOf('=')
  if (i <= 0) throw new CmdError(`invalid literal source ${source}, expected key=value`)
  return [source.slice(0, i), source.slice(i + 1)]
}

function parseFileSource(source: string): [string, string] {
  const n = (source.match(/=/g) ?? []).length
  if (n === 0) return [source.split('/').filter(Boolean).pop() ?? source, source]
  if (n === 1 && source.startsWith('=')) throw new CmdError(`key name for file path ${source.slice(1)} missing`)
  if (n === 1 && source.endsWith('=')) throw new CmdError(`file path for key name ${source.slice(0, -1)} missing`)
  if (n > 1) throw new CmdError("key names or file paths cannot contain '='")
  const [k, p] = source.split('=')
  return [k, p]
}

function parseEnvFile(text: string): [string, string][] {
  const out: [string, string][] = []
  for (const raw of text.split('\n')) {
    const line = raw.replace(/^\uFEFF/, '').replace(/\r$/, '')
    if (!line.trim() || line.trimStart().startsWith('#')) continue
    const eq = line.indexOf('=')
    const key = (eq < 0 ? line : line.slice(0, eq)).trimStart()
    if (!/^[-._a-zA-Z][-._a-zA-Z0-9]*$/.test(key)) {
      throw new CmdError(`"${key}" is not a valid key name: a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit`)
    }
    if (eq >= 0) out.push([key, line.slice(eq + 1)])
  }
  return out
}

type Adder = (key: string, value: string) => void

async function gatherData(ctx: Ctx, add: Adder, kind: 'configmap' | 'secret'): Promise<void> {
  const envFiles = flagList(ctx.flags, 'from-env-file')
  if (envFiles.length && (flagList(ctx.flags, 'from-file').length || flagList(ctx.flags, 'from-literal').length)) {
    throw new CmdError('from-env-file cannot be combined with from-file or from-literal')
  }
  for (const source of flagList(ctx.flags, 'from-file')) {
    const [key, path] = parseFileSource(source)
    const entries = await ctx.files.listDir(path)
    if (entries) {
      if (source.includes('=')) throw new CmdError('cannot give a key name for a directory path')
      for (const name of [...entries].sort()) {
        const text = await ctx.readFile(`${path.replace(/\/$/, '')}/${name}`)
        if (text !== undefined) add(name, text)
      }
      continue
    }
    const text = await ctx.readFile(path)
    if (text === undefined) throw new CmdError(`error reading ${path}: no such file or directory`)
    add(key, text)
  }
  for (const source of flagList(ctx.flags, 'from-literal')) add(...parseLiteral(source))
  for (const path of envFiles) {
    if (await ctx.files.listDir(path)) throw new CmdError(`env ${kind === 'secret' ? 'secret' : 'config'} file cannot be a directory`)
    const text = await ctx.readFile(path)
    if (text === undefined) throw new CmdError(`error reading ${path}: no such file or directory`)
    for (const [k, v] of parseEnvFile(text)) add(k, v)
  }
}

async function createConfigMap(ctx: Ctx): Promise<void> {
  const name = nameFromArgs(ctx)
  const data: Record<string, string> = {}
  await gatherData(
    ctx,
    (key, value) => {
      if (!KEY.test(key) || key.length > 253) {
        throw new CmdError(
          `"${key}" is not a valid key name for a ConfigMap: a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')`
        )
      }
      if (key in data) throw new CmdError(`cannot add key "${key}", another key by that name already exists in Data for ConfigMap "${name}"`)
      data[key] = value
    },
    'configmap'
  )
  const cm = {
    kind: 'ConfigMap',
    apiVersion: 'v1',
    metadata: objectMeta(name, enforcedNamespace(ctx)),
    ...(Object.keys(data).length ? { data } : {})
  }
  await createAndPrint(ctx, cm, 'failed to create configmap')
}

function secretObject(ctx: Ctx, name: string, type: string, data: Record<string, string>): Record<string, unknown> {
  return {
    kind: 'Secret',
    apiVersion: 'v1',
    metadata: objectMeta(name, enforcedNamespace(ctx)),
    ...(Object.keys(data).length ? { data } : {}),
    ...(type ? { type } : {})
  }
}

async function createSecretGeneric(ctx: Ctx): Promise<void> {
  const name = nameFromArgs(ctx)
  const data: Record<string, string> = {}
  await gatherData(
    ctx,
    (key, value) => {
      if (!KEY.test(key) || key.length > 253) {
        throw new CmdError(
          `"${key}" is not valid key name for a Secret a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')`
        )
      }
      if (key in data) throw new CmdError(`cannot add key ${key}, another key by that name already exists`)
      data[key] = toBase64(value)
    },
    'secret'
  )
  await createAndPrint(ctx, secretObject(ctx, name, flagString(ctx.flags, 'type'), data), 'failed to create secret')
}

async function createSecretDockerRegistry(ctx: Ctx): Promise<void> {
  const name = nameFromArgs(ctx)
  const server = flagString(ctx.flags, 'docker-server')
  const user = flagString(ctx.flags, 'docker-username')
  const password = flagString(ctx.flags, 'docker-password')
  const email = flagString(ctx.flags, 'docker-email')
  if (!user || !password) {
    throw new CmdError(`missing required flag(s): ${[!user ? '--docker-username' : '', !password ? '--docker-password' : ''].filter(Boolean).join(', ')}`)
  }
  const auth = { username: user, password, ...(email ? { email } : {}), auth: toBase64(`${user}:${password}`) }
  const config = JSON.stringify({ auths: { [server]: auth } })
  const data = { '.dockerconfigjson': toBase64(config) }
  await createAndPrint(ctx, secretObject(ctx, name, 'kubernetes.io/dockerconfigjson', data), 'failed to create secret')
}

async function createSecretTls(ctx: Ctx): Promise<void> {
  const name = nameFromArgs(ctx)
  const certPath = flagString(ctx.flags, 'cert')
  const keyPath = flagString(ctx.flags, 'key')
  if (!certPath || !keyPath) throw new CmdError('key and cert must be specified')
  const cert = await ctx.readFile(certPath)
  if (cert === undefined) throw new CmdError(`open ${certPath}: no such file or directory`)
  const key = await ctx.readFile(keyPath)
  if (key === undefined) throw new CmdError(`open ${keyPath}: no such file or directory`)
  if (!cert.includes('BEGIN CERTIFICATE') || !/BEGIN (RSA |EC )?PRIVATE KEY/.test(key)) {
    throw new CmdError('tls: failed to find any PEM data in certificate input')
  }
  const data = { 'tls.crt': toBase64(cert), 'tls.key': toBase64(key) }
  await createAndPrint(ctx, secretObject(ctx, name, 'kubernetes.io/tls', data), 'failed to create secret')
}

const DATA_FLAGS = (what: string) => [
  { name: 'from-file', type: 'stringSlice' as const, usage: `Key file can be specified using its file path, in which case file basename will be used as ${what} key, or optionally with a key and file path, in which case the given key will be used.  Specifying a directory will iterate each named file in the directory whose basename is a valid ${what} key.` },
  { name: 'from-literal', type: 'stringArray' as const, usage: `Specify a key and literal value to insert in ${what} (i.e. mykey=somevalue)` },
  { name: 'from-env-file', type: 'stringSlice' as const, usage: `Specify the path to a file to read lines of key=val pairs to create a ${what}.` },
  { name: 'append-hash', type: 'bool' as const, usage: `Append a hash of the ${what} to its name.` }
]

export const createConfigMapCommand: CommandSpec = {
  name: 'configmap',
  aliases: ['cm'],
  short: 'Create a config map from a local file, directory or literal value',
  long: `Create a config map based on a file, directory, or specified literal value.

 A single config map may package one or more key/value pairs.

 When creating a config map based on a file, the key will default to the basename of the file, and the value will default to the file content.  If the basename is an invalid key, you may specify an alternate key.

 When creating a config map based on a directory, each file whose basename is a valid key in the directory will be packaged into the config map.  Any directory entries except regular files are ignored (e.g. subdirectories, symlinks, devices, pipes, etc).`,
  examples: `  # Create a new config map named my-config based on folder bar
  kubectl create configmap my-config --from-file=path/to/bar
  
  # Create a new config map named my-config with specified keys instead of file basenames on disk
  kubectl create configmap my-config --from-file=key1=/path/to/bar/file1.txt --from-file=key2=/path/to/bar/file2.txt
  
  # Create a new config map named my-config with key1=config1 and key2=config2
  kubectl create configmap my-config --from-literal=key1=config1 --from-literal=key2=config2
  
  # Create a new config map named my-config from an env file
  kubectl create configmap my-config --from-env-file=path/to/foo.env --from-env-file=path/to/bar.env`,
  usage: 'create configmap NAME [--from-file=[key=]source] [--from-literal=key1=value1] [--dry-run=server|client|none]',
  flags: [...generatorFlags(), ...DATA_FLAGS('configmap')],
  run: createConfigMap
}

export const createSecretCommand: CommandSpec = {
  name: 'secret',
  short: 'Create a secret using a specified subcommand',
  long: 'Create a secret with specified type.\n\n A docker-registry type secret is for accessing a container registry.\n\n A generic type secret indicate an Opaque secret type.\n\n A tls type secret holds TLS certificate and its associated key.',
  usage: 'create secret (docker-registry | generic | tls)',
  subcommands: [
    {
      name: 'docker-registry',
      short: 'Create a secret for use with a Docker registry',
      usage: 'create secret docker-registry NAME --docker-username=user --docker-password=password --docker-email=email [--docker-server=string] [--from-file=[key=]source] [--dry-run=server|client|none]',
      flags: [
        ...generatorFlags(),
        { name: 'docker-server', type: 'string', default: 'https://index.docker.io/v1/', usage: 'Server location for Docker registry' },
        { name: 'docker-username', type: 'string', usage: 'Username for Docker registry authentication' },
        { name: 'docker-password', type: 'string', usage: 'Password for Docker registry authentication' },
        { name: 'docker-email', type: 'string', usage: 'Email for Docker registry' },
        { name: 'append-hash', type: 'bool', usage: 'Append a hash of the secret to its name.' }
      ],
      run: createSecretDockerRegistry
    },
    {
      name: 'generic',
      short: 'Create a secret from a local file, directory, or literal value',
      long: `Create a secret based on a file, directory, or specified literal value.

 A single secret may package one or more key/value pairs.

 When creating a secret based on a file, the key will default to the basename of the file, and the value will default to the file content. If the basename is an invalid key or you wish to chose your own, you may specify an alternate key.

 When creating a secret based on a directory, each file whose basename is a valid key in the directory will be packaged into the secret. Any directory entries except regular files are ignored (e.g. subdirectories, symlinks, devices, pipes, etc).`,
      examples: `  # Create a new secret named my-secret with keys for each file in folder bar
  kubectl create secret generic my-secret --from-file=path/to/bar
  
  # Create a new secret named my-secret with key1=supersecret and key2=topsecret
  kubectl create secret generic my-secret --from-literal=key1=supersecret --from-literal=key2=topsecret
  
  # Create a new secret named my-secret from env files
  kubectl create secret generic my-secret --from-env-file=path/to/foo.env --from-env-file=path/to/bar.env`,
      usage: 'create secret generic NAME [--type=string] [--from-file=[key=]source] [--from-literal=key1=value1] [--dry-run=server|client|none]',
      flags: [...generatorFlags(), ...DATA_FLAGS('secret'), { name: 'type', type: 'string', usage: 'The type of secret to create' }],
      run: createSecretGeneric
    },
    {
      name: 'tls',
      short: 'Create a TLS secret',
      usage: 'create secret tls NAME --cert=path/to/cert/file --key=path/to/key/file [--dry-run=server|client|none]',
      flags: [
        ...generatorFlags(),
        { name: 'cert', type: 'string', usage: 'Path to PEM encoded public key certificate.' },
        { name: 'key', type: 'string', usage: 'Path to private key associated with given certificate.' },
        { name: 'append-hash', type: 'bool', usage: 'Append a hash of the secret to its name.' }
      ],
      run: createSecretTls
    }
  ]
}

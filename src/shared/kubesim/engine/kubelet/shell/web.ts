// wget, curl, nslookup and ping against the simulated cluster network, with busybox's and
// curl's own wording for each failure.
import type { CommandContext } from './builtins'
import type { ShellEvent } from './world'

function target(argv: string[]): string | undefined {
  const skipNext = new Set(['-O', '-o', '-H', '-X', '-d', '--header', '--data', '-T', '--timeout', '-w', '-m', '--max-time', '-c', '-W'])
  for (let i = 1; i < argv.length; i++) {
    if (skipNext.has(argv[i]) || /^-[a-zA-Z]*O$/.test(argv[i])) {
      i++
      continue
    }
    if (!argv[i].startsWith('-')) return argv[i]
  }
  return undefined
}

function* nslookup(argv: string[], ctx: CommandContext): Generator<ShellEvent, number> {
  const name = target(argv)
  if (!name) {
    yield { out: 'BusyBox v1.36.1 (2023-05-18 22:34:17 UTC) multi-call binary.', err: true }
    return 1
  }
  const dns = ctx.world.resolve('kube-dns.kube-system.svc.cluster.local') ?? '10.96.0.10'
  yield { out: `Server:\t\t${dns}` }
  yield { out: `Address:\t${dns}:53` }
  yield { out: '' }
  const ip = /^\d+\.\d+\.\d+\.\d+$/.test(name) ? undefined : ctx.world.resolve(name)
  if (!ip) {
    const ns = ctx.world.readFile('/var/run/secrets/kubernetes.io/serviceaccount/namespace') ?? 'default'
    const suffixes = name.includes('.') ? [''] : [`.${ns}.svc.cluster.local`, '.svc.cluster.local', '.cluster.local']
    for (const s of suffixes) {
      yield { out: `** server can't find ${name}${s}: NXDOMAIN` }
      yield { out: '' }
    }
    return 1
  }
  const fqdn = name.includes('.svc.') || name.endsWith('.local') ? name : `${name}${name.split('.').length === 1 ? `.${ctx.world.readFile('/var/run/secrets/kubernetes.io/serviceaccount/namespace') ?? 'default'}` : ''}.svc.cluster.local`
  yield { out: '' }
  yield { out: `Name:\t${fqdn}` }
  yield { out: `Address: ${ip}` }
  yield { out: '' }
  return 0
}

function* ping(argv: string[], ctx: CommandContext): Generator<ShellEvent, number> {
  const host = target(argv)
  if (!host) return 1
  const ip = /^\d+\.\d+\.\d+\.\d+$/.test(host) ? host : ctx.world.resolve(host)
  if (!ip) {
    yield { out: `ping: bad address '${host}'`, err: true }
    return 1
  }
  const ci = argv.indexOf('-c')
  const count = ci >= 0 ? parseInt(argv[ci + 1] ?? '4', 10) : 4
  yield { out: `PING ${host} (${ip}): 56 data bytes` }
  const service = ip.startsWith('10.96.') || ip.startsWith('10.1')
  if (service && !ip.startsWith('10.244.')) {
    ctx.shell.elapsed += count * 1000
    yield { sleep: count * 1000 }
    yield { out: '' }
    yield { out: `--- ${host} ping statistics ---` }
    yield { out: `${count} packets transmitted, 0 packets received, 100% packet loss` }
    return 1
  }
  for (let i = 0; i < count; i++) yield { out: `64 bytes from ${ip}: seq=${i} ttl=62 time=0.${100 + i * 17} ms` }
  yield { out: '' }
  yield { out: `--- ${host} ping statistics ---` }
  yield { out: `${count} packets transmitted, ${count} packets received, 0% packet loss` }
  yield { out: 'round-trip min/avg/max = 0.100/0.125/0.151 ms' }
  return 0
}

function* wget(argv: string[], ctx: CommandContext): Generator<ShellEvent, number> {
  const url = target(argv)
  if (!url) {
    yield { out: 'BusyBox v1.36.1 (2023-05-18 22:34:17 UTC) multi-call binary.', err: true }
    yield { out: '', err: true }
    yield { out: 'Usage: wget [-cqS] [--spider] [-O FILE] [-o LOGFILE] [--header STR]', err: true }
    return 1
  }
  let quiet = false
  let outArg: string | undefined
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i]
    if (!a.startsWith('-') || a.startsWith('--')) continue
    // Clustered short options: -qO- is -q -O -.
    for (let j = 1; j < a.length; j++) {
      if (a[j] === 'q') quiet = true
      else if (a[j] === 'O') {
        outArg = j + 1 < a.length ? a.slice(j + 1) : argv[i + 1]
        break
      }
    }
  }
  const toStdout = outArg === '-'
  const spider = argv.includes('--spider')
  const r = ctx.world.fetch(url)
  if (!quiet) yield { out: `Connecting to ${r.host}${r.port !== 80 ? `:${r.port}` : ''} (${r.ip ?? r.host}:${r.port})`, err: true }
  if (r.error === 'dns') {
    if (quiet) yield { out: `wget: bad address '${r.host}${r.port !== 80 ? `:${r.port}` : ''}'`, err: true }
    else yield { out: `wget: bad address '${r.host}${r.port !== 80 ? `:${r.port}` : ''}'`, err: true }
    return 1
  }
  if (r.error === 'refused') {
    yield { out: `wget: can't connect to remote host (${r.ip}): Connection refused`, err: true }
    return 1
  }
  if (r.error === 'timeout') {
    ctx.shell.elapsed += 10000
    yield { sleep: 10000 }
    yield { out: 'wget: download timed out', err: true }
    return 1
  }
  if (r.status >= 400) {
    yield { out: `wget: server returned error: HTTP/1.1 ${r.status} ${r.status === 404 ? 'Not Found' : 'Error'}`, err: true }
    return 1
  }
  if (spider) {
    if (!quiet) yield { out: 'remote file exists', err: true }
    return 0
  }
  if (toStdout) {
    if (!quiet) yield { out: "writing to stdout", err: true }
    for (const l of r.body.replace(/\n$/, '').split('\n')) yield { out: l }
    if (!quiet) yield { out: `-                    100% |********************************|   ${r.body.length}  0:00:00 ETA`, err: true }
    if (!quiet) yield { out: 'written to stdout', err: true }
    return 0
  }
  const file = outArg ?? (url.replace(/^[a-z]+:\/\//, '').split('/').slice(1).join('/').split('/').pop() || 'index.html')
  ctx.world.writeFile(file.startsWith('/') ? file : `/${file}`, r.body)
  if (!quiet) {
    yield { out: `saving to '${file}'`, err: true }
    yield { out: `${file.padEnd(20)} 100% |********************************|   ${r.body.length}  0:00:00 ETA`, err: true }
    yield { out: `'${file}' saved`, err: true }
  }
  return 0
}

function* curl(argv: string[], ctx: CommandContext): Generator<ShellEvent, number> {
  const url = target(argv)
  if (!url) {
    yield { out: "curl: try 'curl --help' or 'curl --manual' for more information", err: true }
    return 2
  }
  const silent = argv.some((a) => /^-[a-zA-Z]*s/.test(a) || a === '--silent')
  const headOnly = argv.some((a) => a === '-I' || a === '--head')
  const r = ctx.world.fetch(url)
  if (r.error === 'dns') {
    if (!silent || argv.includes('-S')) yield { out: `curl: (6) Could not resolve host: ${r.host}`, err: true }
    return 6
  }
  if (r.error === 'refused') {
    if (!silent || argv.includes('-S')) yield { out: `curl: (7) Failed to connect to ${r.host} port ${r.port} after 2 ms: Couldn't connect to server`, err: true }
    return 7
  }
  if (r.error === 'timeout') {
    ctx.shell.elapsed += 10000
    yield { sleep: 10000 }
    if (!silent || argv.includes('-S')) yield { out: `curl: (28) Failed to connect to ${r.host} port ${r.port} after 10001 ms: Timeout was reached`, err: true }
    return 28
  }
  if (headOnly) {
    yield { out: `HTTP/1.1 ${r.status} ${r.status === 200 ? 'OK' : 'Not Found'}` }
    yield { out: 'Server: nginx/1.27.1' }
    yield { out: `Content-Length: ${r.body.length}` }
    return 0
  }
  for (const l of r.body.replace(/\n$/, '').split('\n')) yield { out: l }
  return 0
}

export function* webCommand(argv: string[], ctx: CommandContext): Generator<ShellEvent, number> {
  const name = argv[0].replace(/^.*\//, '')
  if (name === 'nslookup') return yield* nslookup(argv, ctx)
  if (name === 'ping') return yield* ping(argv, ctx)
  if (name === 'curl') return yield* curl(argv, ctx)
  return yield* wget(argv, ctx)
}

// What the catalogue's servers print when they start (their first log lines), with each
// program's own time format.
import type { RunContext } from './catalogue'

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0')
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']

/** nginx error-log time: 2024/09/10 12:00:01 */
export function nginxTime(ms: number): string {
  const d = new Date(ms)
  return `${d.getUTCFullYear()}/${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`
}

/** nginx access-log time: 10/Sep/2024:12:00:01 +0000 */
export function accessTime(ms: number): string {
  const d = new Date(ms)
  return `${pad(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()}:${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0000`
}

function redisTime(ms: number): string {
  const d = new Date(ms)
  return `${pad(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)}`
}

export function apacheTime(ms: number): string {
  const d = new Date(ms)
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)}${pad(d.getUTCMilliseconds() % 1000, 3)} ${d.getUTCFullYear()}`
}

export function isoTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.(\d{3})Z$/, '.$1000Z')
}

function nginxVersion(tag: string): string {
  const m = /^(\d+\.\d+(?:\.\d+)?)/.exec(tag)
  if (!m) return tag.includes('stable') ? '1.26.2' : '1.27.1'
  const known: Record<string, string> = { '1.27': '1.27.1', '1.26': '1.26.2', '1.25': '1.25.5', '1.24': '1.24.0', '1.23': '1.23.4', '1.22': '1.22.1', '1.21': '1.21.6', '1.20': '1.20.2', '1.19': '1.19.10', '1.18': '1.18.0', '1.17': '1.17.10', '1.16': '1.16.1', '1.15': '1.15.12', '1.14': '1.14.2' }
  return m[1].split('.').length === 3 ? m[1] : (known[m[1]] ?? `${m[1]}.0`)
}

export function nginxLogs(ctx: RunContext, tag: string): string[] {
  const t = nginxTime(ctx.start)
  const version = nginxVersion(tag)
  const alpine = tag.includes('alpine')
  const lines = [
    '/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration',
    '/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/',
    '/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh',
    '10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf',
    '10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf',
    '/docker-entrypoint.sh: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh',
    '/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh',
    '/docker-entrypoint.sh: Launching /docker-entrypoint.d/30-tune-worker-processes.sh',
    '/docker-entrypoint.sh: Configuration complete; ready for start up',
    `${t} [notice] 1#1: using the "epoll" event method`,
    `${t} [notice] 1#1: nginx/${version}`,
    `${t} [notice] 1#1: built by gcc ${alpine ? '13.2.1 20240309 (Alpine 13.2.1_git20240309) ' : '12.2.0 (Debian 12.2.0-14) '}`,
    `${t} [notice] 1#1: OS: Linux 5.15.0-119-generic`,
    `${t} [notice] 1#1: getrlimit(RLIMIT_NOFILE): 1048576:1048576`,
    `${t} [notice] 1#1: start worker processes`
  ]
  for (let i = 0; i < ctx.cpus; i++) lines.push(`${t} [notice] 1#1: start worker process ${29 + i}`)
  return lines
}

export function redisLogs(ctx: RunContext, tag: string): string[] {
  const t = redisTime(ctx.start)
  const version = tag.startsWith('6') ? '6.2.14' : tag.startsWith('7.2') ? '7.2.5' : '7.4.0'
  return [
    `1:C ${t} # WARNING Memory overcommit must be enabled! Without it, a background save or replication may fail under low memory condition. Being disabled, it can also cause failures without low memory condition, see https://github.com/jemalloc/jemalloc/issues/1328. To fix this issue add 'vm.overcommit_memory = 1' to /etc/sysctl.conf and then reboot or run the command 'sysctl vm.overcommit_memory=1' for this to take effect.`,
    `1:C ${t} * oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo`,
    `1:C ${t} * Redis version=${version}, bits=64, commit=00000000, modified=0, pid=1, just started`,
    `1:C ${t} # Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf`,
    `1:M ${t} * monotonic clock: POSIX clock_gettime`,
    `1:M ${t} * Running mode=standalone, port=6379.`,
    `1:M ${t} * Server initialized`,
    `1:M ${t} * Ready to accept connections tcp`
  ]
}

export function httpdLogs(ctx: RunContext): string[] {
  const t = apacheTime(ctx.start)
  const fqdn = `AH00558: httpd: Could not reliably determine the server's fully qualified domain name, using ${ctx.podIP}. Set the 'ServerName' directive globally to suppress this message`
  return [fqdn, fqdn, `[${t}] [mpm_event:notice] [pid 1:tid 1] AH00489: Apache/2.4.62 (Unix) configured -- resuming normal operations`, `[${t}] [core:notice] [pid 1:tid 1] AH00094: Command line: 'httpd -D FOREGROUND'`]
}

export function postgresFailure(ctx: RunContext): string[] | undefined {
  if (ctx.env.POSTGRES_PASSWORD || ctx.env.POSTGRES_HOST_AUTH_METHOD === 'trust') return undefined
  return [
    'Error: Database is uninitialized and superuser password is not specified.',
    '       You must specify POSTGRES_PASSWORD to a non-empty value for the',
    '       superuser. For example, "-e POSTGRES_PASSWORD=password" on "docker run".',
    '',
    '       You may also use "POSTGRES_HOST_AUTH_METHOD=trust" to allow all',
    '       connections without a password. This is *not* recommended.',
    '',
    '       See PostgreSQL documentation about "trust":',
    '       https://www.postgresql.org/docs/current/auth-trust.html'
  ]
}

export function postgresLogs(ctx: RunContext, tag: string): string[] {
  const major = /^\d+/.exec(tag)?.[0] ?? '16'
  const t = new Date(ctx.start).toISOString().replace('T', ' ').replace(/\.(\d{3})Z$/, '.$1 UTC')
  return [
    'The files belonging to this database system will be owned by user "postgres".',
    'This user must also own the server process.',
    '',
    'The database cluster will be initialized with locale "en_US.utf8".',
    'The default database encoding has accordingly been set to "UTF8".',
    'The default text search configuration will be set to "english".',
    '',
    'Data page checksums are disabled.',
    '',
    'fixing permissions on existing directory /var/lib/postgresql/data ... ok',
    'creating subdirectories ... ok',
    'selecting dynamic shared memory implementation ... posix',
    'selecting default max_connections ... 100',
    'selecting default shared_buffers ... 128MB',
    'selecting default time zone ... Etc/UTC',
    'creating configuration files ... ok',
    'running bootstrap script ... ok',
    'performing post-bootstrap initialization ... ok',
    'syncing data to disk ... ok',
    '',
    '',
    'Success. You can now start the database server using:',
    '',
    '    pg_ctl -D /var/lib/postgresql/data -l logfile start',
    '',
    'PostgreSQL init process complete; ready for start up.',
    '',
    `${t} [1] LOG:  starting PostgreSQL ${major === '16' ? '16.4' : `${major}.12`} (Debian ${major === '16' ? '16.4' : `${major}.12`}-1.pgdg120+1) on x86_64-pc-linux-gnu, compiled by gcc (Debian 12.2.0-14) 12.2.0, 64-bit`,
    `${t} [1] LOG:  listening on IPv4 address "0.0.0.0", port 5432`,
    `${t} [1] LOG:  listening on IPv6 address "::", port 5432`,
    `${t} [1] LOG:  listening on Unix socket "/var/run/postgresql/.s.PGSQL.5432"`,
    `${t} [1] LOG:  database system is ready to accept connections`
  ]
}

export function mysqlFailure(ctx: RunContext): string[] | undefined {
  const e = ctx.env
  if (e.MYSQL_ROOT_PASSWORD || e.MYSQL_ALLOW_EMPTY_PASSWORD || e.MYSQL_RANDOM_ROOT_PASSWORD) return undefined
  const t = new Date(ctx.start).toISOString().replace(/\.(\d{3})Z$/, '+00:00').replace('T', ' ')
  return [
    `${t} [Note] [Entrypoint]: Entrypoint script for MySQL Server 9.0.1-1.el9 started.`,
    `${t} [Note] [Entrypoint]: Switching to dedicated user 'mysql'`,
    `${t} [Note] [Entrypoint]: Entrypoint script for MySQL Server 9.0.1-1.el9 started.`,
    `${t} [ERROR] [Entrypoint]: Database is uninitialized and password option is not specified`,
    '    You need to specify one of the following as an environment variable:',
    '    - MYSQL_ROOT_PASSWORD',
    '    - MYSQL_ALLOW_EMPTY_PASSWORD',
    '    - MYSQL_RANDOM_ROOT_PASSWORD'
  ]
}

export function mysqlLogs(ctx: RunContext): string[] {
  const t = isoTime(ctx.start)
  return [
    `${t.slice(0, 19).replace('T', ' ')}+00:00 [Note] [Entrypoint]: Entrypoint script for MySQL Server 9.0.1-1.el9 started.`,
    `${t.slice(0, 19).replace('T', ' ')}+00:00 [Note] [Entrypoint]: Initializing database files`,
    `${t.slice(0, 19).replace('T', ' ')}+00:00 [Note] [Entrypoint]: Database files initialized`,
    `${t.slice(0, 19).replace('T', ' ')}+00:00 [Note] [Entrypoint]: MySQL init process done. Ready for start up.`,
    `${t} 0 [System] [MY-015015] [Server] MySQL Server - start.`,
    `${t} 1 [System] [MY-013576] [InnoDB] InnoDB initialization has started.`,
    `${t} 1 [System] [MY-013577] [InnoDB] InnoDB initialization has ended.`,
    `${t} 0 [System] [MY-011323] [Server] X Plugin ready for connections. Bind-address: '::' port: 33060, socket: /var/run/mysqld/mysqlx.sock`,
    `${t} 0 [System] [MY-010931] [Server] /usr/sbin/mysqld: ready for connections. Version: '9.0.1'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server - GPL.`
  ]
}

/** klog's header time: 0910 12:00:01.123456 */
export function klogTime(ms: number): string {
  const d = new Date(ms)
  return `${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)}000`
}


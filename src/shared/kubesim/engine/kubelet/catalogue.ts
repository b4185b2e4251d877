// The built-in registry: well-known public images, their sizes, default command and what
// their main process prints. Anything else fails to pull, as an unknown image does.

export interface RunContext {
  /** When the container started (epoch ms). */
  start: number
  podIP: string
  hostname: string
  cpus: number
  env: Record<string, string>
}

export interface ImageInfo {
  /** Tag → compressed size in bytes (what the kubelet reports as "Image size"). */
  tags: Record<string, number>
  entrypoint: string[]
  cmd: string[]
  env: Record<string, string>
  /** Programs on the image's PATH, for exec and shell scripts. */
  tools: string[]
  /** The main process runs until stopped (a server); otherwise it exits at once. */
  server?: { ports: number[]; version: string; logs: (ctx: RunContext, tag: string) => string[]; failure?: (ctx: RunContext) => string[] | undefined }
  /** Exit code and output when the default process exits on its own. */
  exits?: { code: number; output: string[] }
  /** Ignores SIGTERM (runs as PID 1 without a handler): killed only after the grace period. */
  ignoresSigterm?: boolean
}

const PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'
const BUSYBOX_TOOLS = ['sh', 'ash', 'echo', 'sleep', 'cat', 'ls', 'env', 'printenv', 'hostname', 'date', 'wget', 'nslookup', 'ping', 'touch', 'rm', 'mkdir', 'true', 'false', 'id', 'whoami', 'pwd', 'ps', 'top', 'df', 'uname', 'nc', 'head', 'tail', 'grep', 'test', 'expr', 'seq', 'sh', 'ip', 'ifconfig', 'mount', 'free', 'kill']
const DEBIAN_TOOLS = ['sh', 'bash', 'echo', 'sleep', 'cat', 'ls', 'env', 'printenv', 'hostname', 'date', 'touch', 'rm', 'mkdir', 'true', 'false', 'id', 'whoami', 'pwd', 'df', 'uname', 'head', 'tail', 'grep', 'test', 'expr', 'seq', 'mount', 'kill']

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

function apacheTime(ms: number): string {
  const d = new Date(ms)
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)}${pad(d.getUTCMilliseconds() % 1000, 3)} ${d.getUTCFullYear()}`
}

function isoTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.(\d{3})Z$/, '.$1000Z')
}

function nginxVersion(tag: string): string {
  const m = /^(\d+\.\d+(?:\.\d+)?)/.exec(tag)
  if (!m) return tag.includes('stable') ? '1.26.2' : '1.27.1'
  const known: Record<string, string> = { '1.27': '1.27.1', '1.26': '1.26.2', '1.25': '1.25.5', '1.24': '1.24.0', '1.23': '1.23.4', '1.22': '1.22.1', '1.21': '1.21.6', '1.20': '1.20.2', '1.19': '1.19.10', '1.18': '1.18.0', '1.17': '1.17.10', '1.16': '1.16.1', '1.15': '1.15.12', '1.14': '1.14.2' }
  return m[1].split('.').length === 3 ? m[1] : (known[m[1]] ?? `${m[1]}.0`)
}

function nginxLogs(ctx: RunContext, tag: string): string[] {
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

function redisLogs(ctx: RunContext, tag: string): string[] {
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

function httpdLogs(ctx: RunContext): string[] {
  const t = apacheTime(ctx.start)
  const fqdn = `AH00558: httpd: Could not reliably determine the server's fully qualified domain name, using ${ctx.podIP}. Set the 'ServerName' directive globally to suppress this message`
  return [fqdn, fqdn, `[${t}] [mpm_event:notice] [pid 1:tid 1] AH00489: Apache/2.4.62 (Unix) configured -- resuming normal operations`, `[${t}] [core:notice] [pid 1:tid 1] AH00094: Command line: 'httpd -D FOREGROUND'`]
}

function postgresFailure(ctx: RunContext): string[] | undefined {
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

function postgresLogs(ctx: RunContext, tag: string): string[] {
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

function mysqlFailure(ctx: RunContext): string[] | undefined {
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

function mysqlLogs(ctx: RunContext): string[] {
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
function klogTime(ms: number): string {
  const d = new Date(ms)
  return `${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)}000`
}

function systemImage(entrypoint: string[], ports: number[], version: string, logs: (ctx: RunContext) => string[]): ImageInfo {
  return { tags: {}, entrypoint, cmd: [], env: { PATH }, tools: ['sh', 'cat', 'ls', 'echo', 'date', 'env', 'hostname', 'cp'], server: { ports, version, logs } }
}

function simpleServer(ports: number[], version: string, line: (ctx: RunContext) => string[]): ImageInfo['server'] {
  return { ports, version, logs: (ctx) => line(ctx) }
}


export const CATALOGUE: Record<string, ImageInfo> = {
  nginx: {
    tags: { latest: 72_099_501, '1.27': 72_099_501, '1.27.1': 72_099_501, '1.27.0': 71_026_652, mainline: 72_099_501, stable: 71_026_652, '1.26': 71_026_652, '1.26.2': 71_026_652, '1.25': 70_544_635, '1.25.5': 70_544_635, '1.25.4': 70_542_235, '1.24': 57_003_321, '1.24.0': 57_003_321, '1.23': 57_003_317, '1.23.4': 57_003_317, '1.22': 56_721_118, '1.21': 54_126_778, '1.21.6': 54_126_778, '1.20': 53_601_112, '1.19': 53_601_032, '1.18': 53_599_013, '1.17': 51_284_512, '1.16': 48_127_664, '1.15': 44_700_202, '1.14': 44_711_304, '1.14.2': 44_711_304, alpine: 20_461_204, '1.27-alpine': 20_461_204, '1.25-alpine': 18_036_914, 'stable-alpine': 20_123_811, 'mainline-alpine': 20_461_204, 'alpine-slim': 5_412_116, perl: 80_112_554 },
    entrypoint: ['/docker-entrypoint.sh'],
    cmd: ['nginx', '-g', 'daemon off;'],
    env: { PATH, NGINX_VERSION: '1.27.1', NJS_VERSION: '0.8.5', NJS_RELEASE: '1~bookworm', PKG_RELEASE: '1~bookworm' },
    tools: [...DEBIAN_TOOLS, 'nginx', 'curl'],
    server: { ports: [80], version: 'nginx', logs: nginxLogs }
  },
  httpd: {
    tags: { latest: 58_156_421, '2.4': 58_156_421, '2.4.62': 58_156_421, alpine: 22_120_118, '2.4-alpine': 22_120_118 },
    entrypoint: [],
    cmd: ['httpd-foreground'],
    env: { PATH: `/usr/local/apache2/bin:${PATH}`, HTTPD_PREFIX: '/usr/local/apache2', HTTPD_VERSION: '2.4.62' },
    tools: [...DEBIAN_TOOLS, 'httpd'],
    server: { ports: [80], version: 'Apache/2.4.62', logs: httpdLogs }
  },
  redis: {
    tags: { latest: 45_107_394, '7': 45_107_394, '7.4': 45_107_394, '7.2': 44_412_031, '6': 40_190_334, '6.2': 40_190_334, alpine: 17_332_123, '7-alpine': 17_332_123, '7.2-alpine': 16_912_774 },
    entrypoint: ['docker-entrypoint.sh'],
    cmd: ['redis-server'],
    env: { PATH, REDIS_VERSION: '7.4.0', GOSU_VERSION: '1.17' },
    tools: [...DEBIAN_TOOLS, 'redis-server', 'redis-cli'],
    server: { ports: [6379], version: 'redis', logs: redisLogs }
  },
  postgres: {
    tags: { latest: 158_019_811, '16': 158_019_811, '15': 154_301_228, '14': 152_101_883, '13': 148_330_177, alpine: 93_337_662, '16-alpine': 93_337_662 },
    entrypoint: ['docker-entrypoint.sh'],
    cmd: ['postgres'],
    env: { PATH: `/usr/lib/postgresql/16/bin:${PATH}`, PG_MAJOR: '16', PG_VERSION: '16.4-1.pgdg120+1', PGDATA: '/var/lib/postgresql/data', LANG: 'en_US.utf8' },
    tools: [...DEBIAN_TOOLS, 'psql', 'postgres'],
    server: { ports: [5432], version: 'postgres', logs: postgresLogs, failure: postgresFailure }
  },
  mysql: {
    tags: { latest: 173_402_559, '9': 173_402_559, '8': 168_193_451, '8.0': 163_201_992, '8.4': 168_193_451, '5.7': 137_931_211 },
    entrypoint: ['docker-entrypoint.sh'],
    cmd: ['mysqld'],
    env: { PATH, MYSQL_MAJOR: 'innovation', MYSQL_VERSION: '9.0.1-1.el9', MYSQL_SHELL_VERSION: '9.0.1-1.el9', GOSU_VERSION: '1.17' },
    tools: ['sh', 'bash', 'echo', 'sleep', 'cat', 'ls', 'env', 'printenv', 'hostname', 'date', 'mysql', 'mysqld', 'true', 'false'],
    server: { ports: [3306, 33060], version: 'mysql', logs: mysqlLogs, failure: mysqlFailure }
  },
  wordpress: {
    tags: { latest: 254_811_320, '6': 254_811_320, 'php8.2-apache': 254_811_320, 'php8.3-apache': 255_001_120 },
    entrypoint: ['docker-entrypoint.sh'],
    cmd: ['apache2-foreground'],
    env: { PATH, WORDPRESS_VERSION: '6.6.2', PHP_VERSION: '8.2.23' },
    tools: [...DEBIAN_TOOLS, 'curl', 'php', 'apache2'],
    server: simpleServer([80], 'wordpress', (ctx) => [
      `WordPress not found in /var/www/html - copying now...`,
      `Complete! WordPress has been successfully copied to /var/www/html`,
      `AH00558: apache2: Could not reliably determine the server's fully qualified domain name, using ${ctx.podIP}. Set the 'ServerName' directive globally to suppress this message`,
      `[${apacheTime(ctx.start)}] [mpm_prefork:notice] [pid 1] AH00163: Apache/2.4.62 (Debian) PHP/8.2.23 configured -- resuming normal operations`,
      `[${apacheTime(ctx.start)}] [core:notice] [pid 1] AH00094: Command line: 'apache2 -D FOREGROUND'`
    ])
  },
  mongo: {
    tags: { latest: 266_120_331, '7': 266_120_331, '6': 250_002_118 },
    entrypoint: ['docker-entrypoint.sh'],
    cmd: ['mongod'],
    env: { PATH, MONGO_MAJOR: '7.0', MONGO_VERSION: '7.0.14' },
    tools: [...DEBIAN_TOOLS, 'mongosh', 'mongod'],
    server: simpleServer([27017], 'mongo', (ctx) => [
      `{"t":{"$date":"${new Date(ctx.start).toISOString().replace('Z', '+00:00')}"},"s":"I",  "c":"NETWORK",  "id":23016,   "ctx":"listener","msg":"Waiting for connections","attr":{"port":27017,"ssl":"off"}}`
    ])
  },
  memcached: {
    tags: { latest: 35_221_004, '1.6': 35_221_004, alpine: 5_120_114 },
    entrypoint: ['docker-entrypoint.sh'],
    cmd: ['memcached'],
    env: { PATH, MEMCACHED_VERSION: '1.6.31' },
    tools: [...DEBIAN_TOOLS, 'memcached'],
    server: simpleServer([11211], 'memcached', () => [])
  },
  rabbitmq: {
    tags: { latest: 112_301_334, '3': 112_301_334, '3-management': 130_221_556, management: 130_221_556 },
    entrypoint: ['docker-entrypoint.sh'],
    cmd: ['rabbitmq-server'],
    env: { PATH, RABBITMQ_VERSION: '3.13.7' },
    tools: [...DEBIAN_TOOLS, 'rabbitmqctl'],
    server: simpleServer([5672, 15672], 'rabbitmq', (ctx) => [`${isoTime(ctx.start)} [info] <0.9.0> Server startup complete; 4 plugins started.`])
  },
  busybox: {
    tags: { latest: 2_160_406, '1.36': 2_160_406, '1.36.1': 2_160_406, '1.35': 2_158_200, '1.34': 2_156_998, '1.33': 2_155_112, '1.32': 2_150_334, '1.31': 1_990_212, '1.28': 1_376_332, '1.28.4': 1_376_332, musl: 872_112, glibc: 2_210_004, uclibc: 1_100_229, stable: 2_160_406 },
    entrypoint: [],
    cmd: ['sh'],
    env: { PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' },
    tools: BUSYBOX_TOOLS,
    exits: { code: 0, output: [] }
  },
  'registry.k8s.io/busybox': {
    tags: { latest: 1_144_547, '1.27.2': 1_144_547, '1.28': 1_376_332 },
    entrypoint: [],
    cmd: ['sh'],
    env: { PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' },
    tools: BUSYBOX_TOOLS,
    exits: { code: 0, output: [] }
  },
  alpine: {
    tags: { latest: 3_623_844, '3': 3_623_844, '3.20': 3_623_844, '3.19': 3_419_706, '3.18': 3_400_226, '3.17': 3_381_012, '3.16': 2_807_883, edge: 3_640_112 },
    entrypoint: [],
    cmd: ['/bin/sh'],
    env: { PATH },
    tools: [...BUSYBOX_TOOLS, 'apk'],
    exits: { code: 0, output: [] }
  },
  ubuntu: {
    tags: { latest: 29_754_422, '24.04': 29_754_422, noble: 29_754_422, '22.04': 29_533_950, jammy: 29_533_950, '20.04': 27_511_033, focal: 27_511_033 },
    entrypoint: [],
    cmd: ['/bin/bash'],
    env: { PATH },
    tools: [...DEBIAN_TOOLS, 'apt-get'],
    exits: { code: 0, output: [] }
  },
  debian: {
    tags: { latest: 49_557_601, bookworm: 49_557_601, '12': 49_557_601, bullseye: 55_047_299, '11': 55_047_299, 'bookworm-slim': 28_227_259 },
    entrypoint: [],
    cmd: ['bash'],
    env: { PATH },
    tools: [...DEBIAN_TOOLS, 'apt-get'],
    exits: { code: 0, output: [] }
  },
  centos: {
    tags: { latest: 79_650_063, '7': 76_097_157, '8': 83_518_086 },
    entrypoint: [],
    cmd: ['/bin/bash'],
    env: { PATH },
    tools: [...DEBIAN_TOOLS, 'yum', 'curl'],
    exits: { code: 0, output: [] }
  },
  python: {
    tags: { latest: 374_221_009, '3': 374_221_009, '3.12': 374_221_009, '3.11': 370_100_442, slim: 45_201_662, '3.12-slim': 45_201_662, alpine: 18_223_101, '3.12-alpine': 18_223_101 },
    entrypoint: [],
    cmd: ['python3'],
    env: { PATH, LANG: 'C.UTF-8', PYTHON_VERSION: '3.12.6' },
    tools: [...DEBIAN_TOOLS, 'python3', 'python', 'pip', 'curl'],
    exits: { code: 0, output: [] }
  },
  node: {
    tags: { latest: 398_102_771, '22': 398_102_771, '20': 392_201_448, '18': 380_337_102, lts: 392_201_448, alpine: 48_702_113, '20-alpine': 47_990_221 },
    entrypoint: ['docker-entrypoint.sh'],
    cmd: ['node'],
    env: { PATH, NODE_VERSION: '22.8.0', YARN_VERSION: '1.22.22' },
    tools: [...DEBIAN_TOOLS, 'node', 'npm', 'curl'],
    exits: { code: 0, output: [] }
  },
  'curlimages/curl': {
    tags: { latest: 10_520_117, '8.10.1': 10_520_117, '8.9.1': 10_421_770 },
    entrypoint: ['/entrypoint.sh'],
    cmd: ['curl'],
    env: { PATH, CURL_VERSION: '8.10.1' },
    tools: [...BUSYBOX_TOOLS, 'curl'],
    exits: { code: 2, output: ["curl: try 'curl --help' or 'curl --manual' for more information"] }
  },
  'radial/busyboxplus': {
    tags: { curl: 4_228_216, latest: 4_228_216 },
    entrypoint: [],
    cmd: ['/bin/sh'],
    env: { PATH },
    tools: [...BUSYBOX_TOOLS, 'curl'],
    exits: { code: 0, output: [] }
  },
  'nicolaka/netshoot': {
    tags: { latest: 171_220_455, 'v0.13': 171_220_455 },
    entrypoint: [],
    cmd: ['zsh'],
    env: { PATH },
    tools: [...BUSYBOX_TOOLS, 'curl', 'dig', 'nslookup', 'tcpdump', 'bash', 'zsh'],
    exits: { code: 0, output: [] }
  },
  'hashicorp/http-echo': {
    tags: { latest: 3_201_448, '1.0': 3_201_448, '0.2.3': 2_520_210 },
    entrypoint: ['/http-echo'],
    cmd: [],
    env: { PATH },
    tools: [],
    server: simpleServer([5678], 'http-echo', (ctx) => [`${nginxTime(ctx.start)} [INFO] server is listening on :5678`])
  },
  'registry.k8s.io/echoserver': {
    tags: { '1.10': 46_291_202, '1.4': 57_210_002 },
    entrypoint: ['/usr/local/bin/run.sh'],
    cmd: [],
    env: { PATH },
    tools: [...DEBIAN_TOOLS, 'nginx'],
    server: simpleServer([8080], 'echoserver', () => ['Generating self-signed cert', 'Generating a 2048 bit RSA private key', '..+++', '.........+++', "writing new private key to '/certs/privateKey.key'", '-----', 'Starting nginx'])
  },
  'gcr.io/google-samples/hello-app': {
    tags: { '1.0': 11_230_114, '2.0': 11_230_556 },
    entrypoint: ['./hello-app'],
    cmd: [],
    env: { PATH, PORT: '8080' },
    tools: [],
    server: simpleServer([8080], 'hello-app', () => ['2024/09/10 12:00:01 Server listening on port 8080'])
  },
  'registry.k8s.io/e2e-test-images/agnhost': {
    tags: { '2.39': 55_221_331, '2.43': 56_001_219, '2.52': 56_980_220, '2.53': 57_012_114 },
    entrypoint: ['/agnhost'],
    cmd: [],
    env: { PATH },
    tools: [...BUSYBOX_TOOLS, 'agnhost', 'curl'],
    server: simpleServer([8080], 'agnhost', () => [])
  },
  'registry.k8s.io/hpa-example': {
    tags: { latest: 172_001_224 },
    entrypoint: [],
    cmd: ['apache2-foreground'],
    env: { PATH },
    tools: [...DEBIAN_TOOLS, 'php', 'apache2'],
    server: simpleServer([80], 'php-apache', (ctx) => httpdLogs(ctx))
  },
  'polinux/stress': {
    tags: { latest: 4_102_211 },
    entrypoint: [],
    cmd: ['stress'],
    env: { PATH },
    tools: [...BUSYBOX_TOOLS, 'stress'],
    exits: { code: 1, output: ['`stress\' imposes certain types of compute stress on your system', '', 'Usage: stress [OPTION [ARG]] ...'] }
  },
  'kodekloud/webapp-color': {
    tags: { latest: 31_710_118, v1: 31_710_118, v2: 31_710_118, v3: 31_710_118 },
    entrypoint: ['python', 'app.py'],
    cmd: [],
    env: { PATH, APP_COLOR: 'blue' },
    tools: [...BUSYBOX_TOOLS, 'python'],
    server: simpleServer([8080], 'webapp-color', (ctx) => [` This is a sample web application that displays a colored background.`, ` Color from environment variable = ${ctx.env.APP_COLOR ?? 'blue'}`, ' * Serving Flask app "app" (lazy loading)', ' * Running on http://0.0.0.0:8080/ (Press CTRL+C to quit)'])
  },
  'grafana/grafana': {
    tags: { latest: 134_220_112, '11.2.0': 134_220_112 },
    entrypoint: ['/run.sh'],
    cmd: [],
    env: { PATH },
    tools: [...BUSYBOX_TOOLS],
    server: simpleServer([3000], 'grafana', (ctx) => [`logger=http.server t=${isoTime(ctx.start)} level=info msg="HTTP Server Listen" address=[::]:3000 protocol=http subUrl= socket=`])
  },
  'prom/prometheus': {
    tags: { latest: 108_300_210, 'v2.54.1': 108_300_210 },
    entrypoint: ['/bin/prometheus'],
    cmd: ['--config.file=/etc/prometheus/prometheus.yml'],
    env: { PATH },
    tools: [...BUSYBOX_TOOLS],
    server: simpleServer([9090], 'prometheus', (ctx) => [`ts=${isoTime(ctx.start)} caller=main.go:1099 level=info msg="Server is ready to receive web requests."`])
  },
  'jenkins/jenkins': {
    tags: { latest: 287_220_114, lts: 287_220_114 },
    entrypoint: ['/usr/bin/tini', '--', '/usr/local/bin/jenkins.sh'],
    cmd: [],
    env: { PATH },
    tools: [...DEBIAN_TOOLS, 'curl', 'java'],
    server: simpleServer([8080, 50000], 'jenkins', () => ['Running from: /usr/share/jenkins/jenkins.war', 'Jenkins is fully up and running'])
  },
  traefik: {
    tags: { latest: 47_410_118, 'v3.1': 47_410_118, v3: 47_410_118, 'v2.11': 44_220_117 },
    entrypoint: ['/entrypoint.sh'],
    cmd: ['traefik'],
    env: { PATH },
    tools: [...BUSYBOX_TOOLS],
    server: simpleServer([80, 8080], 'traefik', (ctx) => [`${isoTime(ctx.start)} INF Traefik version 3.1.4 built on 2024-09-19T13:35:02Z version=3.1.4`])
  },
  'registry.k8s.io/etcd': systemImage(['etcd'], [2379, 2381], 'etcd', (ctx) => [`{"level":"info","ts":"${isoTime(ctx.start)}","caller":"etcdmain/etcd.go:73","msg":"Running: ","args":["etcd","--advertise-client-urls=https://${ctx.podIP}:2379"]}`, `{"level":"info","ts":"${isoTime(ctx.start)}","caller":"embed/serve.go:250","msg":"serving client traffic securely","traffic":"grpc+http","address":"${ctx.podIP}:2379"}`]),
  'registry.k8s.io/kube-apiserver': systemImage(['kube-apiserver'], [6443], 'kube-apiserver', (ctx) => [`I${klogTime(ctx.start)}       1 options.go:228] external host was not specified, using ${ctx.podIP}`, `I${klogTime(ctx.start)}       1 server.go:142] Version: v1.31.0`, `I${klogTime(ctx.start)}       1 secure_serving.go:213] Serving securely on [::]:6443`]),
  'registry.k8s.io/kube-controller-manager': systemImage(['kube-controller-manager'], [10257], 'kube-controller-manager', (ctx) => [`I${klogTime(ctx.start)}       1 serving.go:386] Generated self-signed cert in-memory`, `I${klogTime(ctx.start)}       1 controllermanager.go:197] "Starting" version="v1.31.0"`, `I${klogTime(ctx.start)}       1 leaderelection.go:254] attempting to acquire leader lease kube-system/kube-controller-manager...`, `I${klogTime(ctx.start)}       1 leaderelection.go:268] successfully acquired lease kube-system/kube-controller-manager`]),
  'registry.k8s.io/kube-scheduler': systemImage(['kube-scheduler'], [10259], 'kube-scheduler', (ctx) => [`I${klogTime(ctx.start)}       1 serving.go:386] Generated self-signed cert in-memory`, `I${klogTime(ctx.start)}       1 server.go:167] "Starting Kubernetes Scheduler" version="v1.31.0"`, `I${klogTime(ctx.start)}       1 leaderelection.go:254] attempting to acquire leader lease kube-system/kube-scheduler...`, `I${klogTime(ctx.start)}       1 leaderelection.go:268] successfully acquired lease kube-system/kube-scheduler`]),
  'registry.k8s.io/kube-proxy': systemImage(['kube-proxy'], [10256], 'kube-proxy', (ctx) => [`I${klogTime(ctx.start)}       1 server_linux.go:66] "Using iptables proxy"`, `I${klogTime(ctx.start)}       1 server.go:677] "Successfully retrieved node IP(s)" IPs=["${ctx.podIP}"]`, `I${klogTime(ctx.start)}       1 server.go:486] "Version info" version="v1.31.0"`, `I${klogTime(ctx.start)}       1 shared_informer.go:320] Caches are synced for service config`]),
  'registry.k8s.io/coredns/coredns': systemImage(['/coredns'], [53, 8080, 8181, 9153], 'coredns', () => ['.:53', '[INFO] plugin/reload: Running configuration SHA512 = 591cf328cccc12bc490481273e738df59329c62c0b729d94e8b61db9961c2fa5f046dd37f1cf888b953814040d180f52594972691cd6ff41be96639138a43908', 'CoreDNS-1.11.3', 'linux/amd64, go1.21.11, a6338e9']),
  'flannel/flannel': systemImage(['/opt/bin/flanneld'], [], 'flannel', (ctx) => [`I${klogTime(ctx.start)}       1 main.go:212] CLI flags config: {etcdEndpoints:http://127.0.0.1:4001,http://127.0.0.1:2379 etcdPrefix:/coreos.com/network kubeSubnetMgr:true}`, `I${klogTime(ctx.start)}       1 kube.go:139] Waiting 10m0s for node controller to sync`, `I${klogTime(ctx.start)}       1 main.go:481] Found network config - Backend type: vxlan`, `I${klogTime(ctx.start)}       1 main.go:436] Running backend.`]),
  'flannel/flannel-cni-plugin': {
    tags: { 'v1.5.1-flannel2': 4_709_123 },
    entrypoint: [],
    cmd: ['cp'],
    env: { PATH },
    tools: [...BUSYBOX_TOOLS, 'cp'],
    exits: { code: 0, output: [] }
  },
  'registry.k8s.io/pause': {
    tags: { '3.10': 320_368, '3.9': 321_520, '3.8': 311_286 },
    entrypoint: ['/pause'],
    cmd: [],
    env: { PATH },
    tools: [],
    server: simpleServer([], 'pause', () => [])
  }
}

/** Images the control plane runs; always present on their nodes. */
export const SYSTEM_IMAGES: Record<string, number> = {
  'registry.k8s.io/etcd:3.5.15-0': 56_909_194,
  'registry.k8s.io/kube-apiserver:v1.31.0': 28_063_421,
  'registry.k8s.io/kube-controller-manager:v1.31.0': 26_240_868,
  'registry.k8s.io/kube-scheduler:v1.31.0': 20_196_722,
  'registry.k8s.io/kube-proxy:v1.31.0': 30_207_900,
  'registry.k8s.io/coredns/coredns:v1.11.3': 18_562_039,
  'registry.k8s.io/pause:3.10': 320_368,
  'docker.io/flannel/flannel:v0.25.6': 31_243_156,
  'docker.io/flannel/flannel-cni-plugin:v1.5.1-flannel2': 4_709_123
}


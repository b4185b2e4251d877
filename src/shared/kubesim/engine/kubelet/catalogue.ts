// The built-in registry: well-known public images, their sizes, default command and what
// their main process prints. Anything else fails to pull, as an unknown image does.
import { apacheTime, httpdLogs, isoTime, klogTime, mysqlFailure, mysqlLogs, nginxLogs, nginxTime, postgresFailure, postgresLogs, redisLogs } from './startup-logs'

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


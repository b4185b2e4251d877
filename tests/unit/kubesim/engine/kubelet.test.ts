import { describe, expect, it } from 'vitest'
import { cluster, deployment, events, pod, state } from './helpers'

describe('the kubelet', () => {
  it('reports an unknown image as ErrImagePull, then ImagePullBackOff, with the real events', () => {
    const c = cluster()
    c.create(pod('typo', { containers: [{ name: 'web', image: 'ngnix' }] }))
    c.advance(3)
    const messages = events(c, 'typo').map((e) => `${e.reason}: ${e.message}`)
    expect(messages).toContain('Pulling: Pulling image "ngnix"')
    expect(messages).toContain(
      'Failed: Failed to pull image "ngnix": failed to pull and unpack image "docker.io/library/ngnix:latest": failed to resolve reference "docker.io/library/ngnix:latest": pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed'
    )
    expect(messages).toContain('Failed: Error: ErrImagePull')
    c.advance(2)
    expect(state(c.get('pods', 'default', 'typo'))).toBe('ImagePullBackOff')
    expect(events(c, 'typo').map((e) => e.message)).toContain('Back-off pulling image "ngnix"')
  })

  it('starts a known image within 10 s and logs what nginx prints', () => {
    const c = cluster()
    c.create(pod('web', { containers: [{ name: 'nginx', image: 'nginx:1.25' }] }))
    c.advance(10)
    const p = c.get('pods', 'default', 'web')
    expect(state(p)).toBe('Running')
    expect(p.status.podIP).toMatch(/^10\.244\.[12]\.\d+$/)
    expect(p.status.containerStatuses[0].image).toBe('docker.io/library/nginx:1.25')
    expect(p.status.conditions.map((x: { type: string; status: string }) => `${x.type}=${x.status}`)).toEqual(['PodReadyToStartContainers=True', 'Initialized=True', 'Ready=True', 'ContainersReady=True', 'PodScheduled=True'])
    const logs = c.logs('default', 'web')
    expect(logs).toContain('/docker-entrypoint.sh: Configuration complete; ready for start up')
    expect(logs).toContain('nginx/1.25.5')
    expect(c.logs('default', 'web', { tail: 1 }).split('\n')).toHaveLength(2)
    const pulled = events(c, 'web').find((e) => e.reason === 'Pulled')!.message
    expect(pulled).toMatch(/^Successfully pulled image "nginx:1.25" in [\d.]+m?s \([\d.]+m?s including waiting\)\. Image size: 70544635 bytes\.$/)
  })

  it('puts busybox without a long-running command in CrashLoopBackOff with growing restarts', () => {
    const c = cluster()
    c.create(pod('bb', { containers: [{ name: 'bb', image: 'busybox' }] }))
    c.advance(8)
    const seen: string[] = []
    const restarts: number[] = []
    for (let i = 0; i < 180; i++) {
      c.advance(1)
      const p = c.get('pods', 'default', 'bb')
      seen.push(state(p))
      restarts.push(p.status.containerStatuses[0].restartCount)
    }
    expect(seen).toContain('CrashLoopBackOff')
    expect(seen).toContain('Completed')
    const times = restarts.map((r, i) => (i > 0 && r > restarts[i - 1] ? i : -1)).filter((i) => i >= 0)
    const gaps = times.slice(1).map((t, i) => t - times[i])
    for (let i = 1; i < gaps.length; i++) expect(gaps[i]).toBeGreaterThan(gaps[i - 1])
    const last = c.get('pods', 'default', 'bb').status.containerStatuses[0]
    expect(last.lastState.terminated).toMatchObject({ exitCode: 0, reason: 'Completed' })
    expect(events(c, 'bb').map((e) => e.message)).toContain(`Back-off restarting failed container bb in pod bb_default(${c.get('pods', 'default', 'bb').metadata.uid})`)
  })

  it('replays a shell loop into the logs and shows the previous run', () => {
    const c = cluster()
    c.create(pod('loop', { containers: [{ name: 'c', image: 'busybox', command: ['sh', '-c', 'i=0; while [ $i -lt 3 ]; do echo tick $i; i=$((i+1)); sleep 2; done; exit 1'] }] }))
    c.advance(20)
    expect(c.logs('default', 'loop', { previous: true })).toBe('tick 0\ntick 1\ntick 2\n')
    const ts = c.logs('default', 'loop', { previous: true, timestamps: true }).split('\n')[0]
    expect(ts).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{9}Z tick 0$/)
    expect(() => c.logs('default', 'nope')).toThrow('pods "nope" not found')
  })

  it('follows a file with tail -f or -F after printing its last lines; -f gives up on a missing file, -F waits for it', () => {
    const c = cluster()
    const busybox = (name: string, script: string) => c.create(pod(name, { containers: [{ name: 'c', image: 'busybox:1.36', command: ['sh', '-c', script] }] }))
    busybox('follow', 'seq 1 12 > /tmp/app.log; tail -f /tmp/app.log')
    busybox('last', 'echo one > /tmp/a; echo two >> /tmp/a; tail -F -n 1 /tmp/a')
    busybox('missing', 'tail -f /tmp/nope')
    busybox('retry', 'tail -F /tmp/nope')
    c.advance(40)
    expect(state(c.get('pods', 'default', 'follow'))).toBe('Running')
    expect(c.logs('default', 'follow')).toBe('3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n')
    expect(c.logs('default', 'last')).toBe('two\n')
    expect(state(c.get('pods', 'default', 'missing'))).toBe('CrashLoopBackOff')
    expect(c.logs('default', 'missing')).toBe("tail: can't open '/tmp/nope': No such file or directory\ntail: no files\n")
    expect(state(c.get('pods', 'default', 'retry'))).toBe('Running')
  })

  it('refuses logs of a container that has not started, as the API server does', () => {
    const c = cluster()
    c.create(pod('slow', { containers: [{ name: 'web', image: 'nginx' }] }))
    expect(() => c.logs('default', 'slow')).toThrow('container "web" in pod "slow" is waiting to start: ContainerCreating')
  })

  it('execs simple commands, resolves services and fetches the nginx welcome page', () => {
    const c = cluster()
    c.create(deployment('web', 2))
    c.create({ apiVersion: 'v1', kind: 'Service', metadata: { name: 'web', namespace: 'default' }, spec: { selector: { app: 'web' }, ports: [{ port: 80 }] } })
    c.create(pod('client', { containers: [{ name: 'c', image: 'busybox', command: ['sleep', '3600'] }] }))
    c.advance(10)
    expect(c.exec('default', 'client', undefined, ['cat', '/etc/hostname']).stdout).toBe('client\n')
    expect(c.exec('default', 'client', undefined, ['cat', '/etc/resolv.conf']).stdout).toBe('search default.svc.cluster.local svc.cluster.local cluster.local\nnameserver 10.96.0.10\noptions ndots:5\n')
    const page = c.exec('default', 'client', undefined, ['wget', '-qO-', 'http://web'])
    expect(page.stdout).toContain('<title>Welcome to nginx!</title>')
    expect(page.exitCode).toBe(0)
    const missing = c.exec('default', 'client', undefined, ['wget', '-qO-', 'http://nothing'])
    expect(missing).toMatchObject({ exitCode: 1, stderr: "wget: bad address 'nothing'\n" })
    const env = c.exec('default', 'client', undefined, ['env']).stdout
    expect(env).toContain('KUBERNETES_SERVICE_HOST=10.96.0.1')
    expect(env).toMatch(/WEB_SERVICE_HOST=10\.\d+\.\d+\.\d+/)
    expect(() => c.exec('default', 'client', undefined, ['curl', 'web'])).toThrow('executable file not found in $PATH')
    c.exec('default', 'client', undefined, ['sh', '-c', 'echo hi > /tmp/note'])
    expect(c.exec('default', 'client', undefined, ['cat', '/tmp/note']).stdout).toBe('hi\n')
  })

  it('stops nginx at once but waits the grace period for a shell that ignores SIGTERM', () => {
    const c = cluster()
    c.create(pod('web', { containers: [{ name: 'nginx', image: 'nginx' }] }))
    c.create(pod('sleeper', { containers: [{ name: 's', image: 'busybox', command: ['sleep', '3600'] }] }))
    c.advance(10)
    c.delete('pods', 'default', 'web')
    c.delete('pods', 'default', 'sleeper')
    expect(c.get('pods', 'default', 'sleeper').metadata.deletionTimestamp).toBeDefined()
    c.advance(2)
    expect(() => c.get('pods', 'default', 'web')).toThrow('pods "web" not found')
    c.advance(20)
    expect(c.get('pods', 'default', 'sleeper').metadata.name).toBe('sleeper')
    c.advance(10)
    expect(() => c.get('pods', 'default', 'sleeper')).toThrow('not found')
  })

  it('holds a container whose ConfigMap key is missing in CreateContainerConfigError until it appears', () => {
    const c = cluster()
    c.create(pod('app', { containers: [{ name: 'a', image: 'nginx', env: [{ name: 'MODE', valueFrom: { configMapKeyRef: { name: 'cfg', key: 'mode' } } }] }] }))
    c.advance(10)
    const p = c.get('pods', 'default', 'app')
    expect(p.status.containerStatuses[0].state.waiting).toEqual({ reason: 'CreateContainerConfigError', message: 'configmap "cfg" not found' })
    c.create({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cfg', namespace: 'default' }, data: { mode: 'fast' } })
    c.advance(15)
    expect(state(c.get('pods', 'default', 'app'))).toBe('Running')
    expect(c.exec('default', 'app', undefined, ['printenv', 'MODE']).stdout).toBe('fast\n')
  })

  it('restarts a container whose liveness probe fails, and keeps a pod out of Ready on a failing readiness probe', () => {
    const c = cluster()
    c.create(pod('liveness-exec', { containers: [{ name: 'liveness', image: 'registry.k8s.io/busybox', args: ['/bin/sh', '-c', 'touch /tmp/healthy; sleep 30; rm -f /tmp/healthy; sleep 600'], livenessProbe: { exec: { command: ['cat', '/tmp/healthy'] }, initialDelaySeconds: 5, periodSeconds: 5 } }] }))
    c.create(pod('unready', { containers: [{ name: 'web', image: 'nginx', readinessProbe: { httpGet: { path: '/healthz', port: 80 } } }] }))
    c.advance(30)
    expect(c.get('pods', 'default', 'liveness-exec').status.containerStatuses[0].restartCount).toBe(0)
    c.advance(30)
    expect(c.get('pods', 'default', 'liveness-exec').status.containerStatuses[0].restartCount).toBe(1)
    const messages = events(c, 'liveness-exec').map((e) => `${e.reason}: ${e.message}`)
    expect(messages).toContain("Unhealthy: Liveness probe failed: cat: can't open '/tmp/healthy': No such file or directory")
    expect(messages).toContain('Killing: Container liveness failed liveness probe, will be restarted')
    const unready = c.get('pods', 'default', 'unready')
    expect(unready.status.phase).toBe('Running')
    expect(unready.status.containerStatuses[0].ready).toBe(false)
    expect(events(c, 'unready').map((e) => e.message)).toContain('Readiness probe failed: HTTP probe failed with statuscode: 404')
  })

  it('reports usage for top', () => {
    const c = cluster()
    const nodes = c.nodeMetrics()
    expect(nodes.map((n) => n.name)).toEqual(['controlplane', 'node01', 'node02'])
    expect(nodes[0].cpuMilli).toBeGreaterThan(50)
    const sys = c.podMetrics('kube-system')
    expect(sys.find((p) => p.name === 'kube-apiserver-controlplane')!.containers[0].memoryBytes).toBeGreaterThan(100 * 1024 * 1024)
  })
})

import { describe, expect, it } from 'vitest'
import { clusterPicture, podTone } from '../../../src/renderer/src/console/cluster-picture'
import { freshMachine } from './machine'

const all = { namespace: 'all', system: false }

describe('the cluster picture', () => {
  it('shows the three nodes with their role, readiness and the control plane taint, system pods hidden', async () => {
    const { machine } = await freshMachine()
    const picture = clusterPicture(machine.cluster, all)
    expect(picture.nodes.map((n) => [n.name, n.role, n.ready, n.cordoned])).toEqual([
      ['controlplane', 'control-plane', 'Ready', false],
      ['node01', '<none>', 'Ready', false],
      ['node02', '<none>', 'Ready', false]
    ])
    expect(picture.nodes[0].taints).toEqual(['node-role.kubernetes.io/control-plane:NoSchedule'])
    expect(picture.nodes.every((n) => n.pods.length === 0 && n.hidden > 0)).toBe(true)
    expect(picture.nodes[0].cpu.allocatable).toBeGreaterThan(0)
    expect(picture.nodes[0].cpu.requested).toBeGreaterThan(0)

    const system = clusterPicture(machine.cluster, { namespace: 'all', system: true })
    expect(system.nodes[0].pods.map((p) => p.name)).toContain('etcd-controlplane')
    expect(system.nodes[0].pods.every((p) => p.tone === 'running')).toBe(true)
    expect(clusterPicture(machine.cluster, { namespace: 'kube-system', system: false }).nodes[0].pods.length).toBeGreaterThan(3)
  })

  it('follows pods from ContainerCreating to Running, places them on workers, and counts their requests', async () => {
    const { machine, clock } = await freshMachine()
    const node01 = clusterPicture(machine.cluster, all).nodes[1].cpu.requested
    const applied = await machine.run(`kubectl apply -f - <<EOF
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
  selector:
    matchLabels: { app: web }
  template:
    metadata:
      labels: { app: web }
    spec:
      containers:
      - name: web
        image: nginx
        resources:
          requests: { cpu: 250m, memory: 128Mi }
EOF`)
    expect(applied.stdout).toBe('deployment.apps/web created\n')
    let pods = clusterPicture(machine.cluster, all).nodes.flatMap((n) => n.pods)
    expect(pods.map((p) => [p.status, p.tone])).toEqual([
      ['ContainerCreating', 'waiting'],
      ['ContainerCreating', 'waiting']
    ])
    clock.now += 15_000
    machine.syncClock()
    const picture = clusterPicture(machine.cluster, all)
    pods = picture.nodes.flatMap((n) => n.pods)
    expect(pods.map((p) => p.tone)).toEqual(['running', 'running'])
    expect(pods[0].owner).toMatch(/^ReplicaSet web-/)
    expect(picture.nodes[0].pods).toEqual([])
    const workers = picture.nodes.slice(1)
    expect(workers.reduce((sum, n) => sum + n.cpu.requested, 0)).toBeCloseTo(2 * node01 + 0.5)
    expect(workers.reduce((sum, n) => sum + n.memory.requested, 0)).toBeGreaterThanOrEqual(2 * 128 * 2 ** 20)
  })

  it('marks a cordoned node, an image that does not pull, a pod no node takes, and filters by namespace', async () => {
    const { machine, clock } = await freshMachine()
    // `kubectl cordon` is the simulator's to add; the API call is what it makes.
    machine.cluster.patch('nodes', undefined, 'node01', { spec: { unschedulable: true } }, 'strategic')
    await machine.run('kubectl run typo --image=ngnix')
    await machine.run('kubectl create namespace shop')
    const big = await machine.run(`kubectl apply -n shop -f - <<EOF
apiVersion: v1
kind: Pod
metadata:
  name: big
spec:
  containers:
  - name: big
    image: nginx
    resources:
      requests: { cpu: '64' }
EOF`)
    expect(big.stdout).toBe('pod/big created\n')
    clock.now += 20_000
    machine.syncClock()
    const picture = clusterPicture(machine.cluster, all)
    expect(picture.nodes[1]).toMatchObject({ name: 'node01', cordoned: true })
    const typo = picture.nodes.flatMap((n) => n.pods).find((p) => p.name === 'typo')!
    expect(typo.tone).toBe('error')
    expect(typo.status).toMatch(/ErrImagePull|ImagePullBackOff/)
    expect(picture.unscheduled.map((p) => [p.name, p.status, p.tone])).toEqual([['big', 'Pending', 'waiting']])
    expect(clusterPicture(machine.cluster, { namespace: 'shop', system: false }).nodes.flatMap((n) => n.pods)).toEqual([])
    expect(clusterPicture(machine.cluster, { namespace: 'default', system: false }).unscheduled).toEqual([])
    expect(picture.namespaces).toContain('shop')
  })

  it('sorts kubectl statuses into tones', () => {
    expect(podTone('Running', '1/1')).toBe('running')
    expect(podTone('Running', '0/1')).toBe('waiting')
    expect(podTone('Init:0/2', '0/1')).toBe('waiting')
    expect(podTone('CrashLoopBackOff', '0/1')).toBe('error')
    expect(podTone('Init:Error', '0/1')).toBe('error')
    expect(podTone('OOMKilled', '0/1')).toBe('error')
    expect(podTone('Completed', '0/1')).toBe('done')
    expect(podTone('Terminating', '1/1')).toBe('terminating')
  })
})

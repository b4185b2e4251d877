import { beforeAll, describe, expect, it } from 'vitest'
import { createCluster } from '../../../../src/shared/kubesim/engine'
import { createSession, type Session } from '../../../../src/shared/kubesim/session'
import { memoryFiles } from '../shell/memory-files'

// Tab completion as `kubectl completion bash` offers it, through the session.

let session: Session
beforeAll(async () => {
  session = createSession({ cluster: createCluster(), files: memoryFiles() })
  await session.run('kubectl create deployment web --image=nginx')
  await session.run('kubectl create namespace team-a')
})

const words = (line: string): string[] => session.complete(line).candidates

describe('Tab completion', () => {
  it('completes programs, aliases and kubectl commands', () => {
    expect(words('kub')).toEqual(['kubectl', 'kubesim'])
    expect(words('k')).toContain('k')
    expect(words('kubectl ge')).toEqual(['get'])
    expect(words('k rollout ')).toEqual(['history', 'pause', 'restart', 'resume', 'status', 'undo'])
    expect(words('kubectl create dep')).toEqual(['deployment'])
  })

  it('completes resource types, then the names of live objects', () => {
    expect(words('kubectl get po')).toEqual(['poddisruptionbudgets', 'pods', 'podtemplates'])
    expect(words('kubectl get deploy ')).toEqual(['web'])
    expect(words('kubectl describe nodes node0')).toEqual(['node01', 'node02'])
    expect(words('kubectl rollout status deploy/')).toEqual(['deploy/web'])
    expect(words('kubectl get pods -n kube-system etcd')).toEqual(['etcd-controlplane'])
    expect(words('kubectl logs web-')).toHaveLength(1)
    expect(words('kubectl drain ')).toEqual(['controlplane', 'node01', 'node02'])
  })

  it('completes flags and their values', () => {
    expect(words('kubectl get pods --all-n')).toEqual(['--all-namespaces'])
    expect(words('kubectl get pods -o ')).toContain('yaml')
    expect(words('kubectl get pods --output=js')).toEqual(['--output=json', '--output=jsonpath-as-json=', '--output=jsonpath-file=', '--output=jsonpath='])
    expect(words('kubectl get pods -n team')).toEqual(['team-a'])
    expect(words('kubectl config use-context ')).toEqual(['kubernetes-admin@kubernetes'])
  })

  it('completes explain field paths and says where the word starts', () => {
    expect(words('kubectl explain pod.spec.con')).toEqual(['pod.spec.containers'])
    expect(session.complete('kubectl get pods -o ya')).toEqual({ from: 20, candidates: ['yaml'] })
    expect(session.complete('echo a | k get no', 17).candidates).toEqual(['nodes'])
    expect(session.complete('kubectl get no -A', 14).candidates).toEqual(['nodes'])
  })

  it('offers nothing where nothing fits and never throws', () => {
    expect(words('echo ')).toEqual([])
    expect(words('kubectl get nothing-like-this ')).toEqual([])
    for (const line of ['kubectl "', "k get 'po", 'kubectl -- ', 'kubectl get -o', '|', '&& k', 'kubectl \\']) expect(() => session.complete(line)).not.toThrow()
  })
})

describe('session state', () => {
  it('keeps the kubeconfig and the shell between sessions as JSON', async () => {
    const cluster = createCluster()
    const first = createSession({ cluster, files: memoryFiles() })
    await first.run('kubectl create namespace dev')
    await first.run('kubectl config set-context --current --namespace=dev')
    await first.run('export APP=web; alias kg="kubectl get"')
    const saved = JSON.parse(JSON.stringify(first.state()))
    const second = createSession({ cluster, files: memoryFiles(), state: saved })
    expect((await second.run('kubectl config view --minify -o jsonpath={..namespace}')).stdout).toBe('dev')
    expect((await second.run('echo $APP')).stdout).toBe('web\n')
    expect((await second.run('kg pods')).stderr).toBe('No resources found in dev namespace.\n')
  })
})

import { beforeAll, describe, expect, it } from 'vitest'
import { applyCompletion, columns, complete } from '../../../src/renderer/src/console/completion/complete'
import { completionTables, machineSource } from '../../../src/renderer/src/console/completion/machine-source'
import type { ConsoleMachine } from '../../../src/renderer/src/console/console-machine'
import { lineOf } from '../../../src/renderer/src/console/line-editor'
import { freshMachine } from './machine'

let machine: ConsoleMachine

beforeAll(async () => {
  ;({ machine } = await freshMachine({
    initialFiles: [
      { path: 'web.yaml', content: 'kind: Pod\n', createdAt: 0, updatedAt: 0 },
      { path: 'k8s/db.yaml', content: 'kind: Service\n', createdAt: 0, updatedAt: 0 },
      { path: 'notes.txt', content: 'x', createdAt: 0, updatedAt: 0 }
    ]
  }))
  await machine.run('kubectl create deployment web --image=nginx --replicas=2')
  await machine.run('kubectl create deployment worker --image=busybox')
  await machine.run('kubectl create namespace shop')
})

const candidates = (line: string) => complete(line, line.length, completionTables, machineSource(machine)).candidates

describe('Tab completion at the console prompt', () => {
  it('completes commands, and kubectl subcommands from the client’s own table', () => {
    expect(candidates('kub')).toEqual(['kubectl'])
    expect(candidates('')).toEqual(expect.arrayContaining(['kubectl', 'k', 'help', 'reset', 'cat', 'vi', 'sleep', 'clear']))
    expect(candidates('kubectl cre')).toEqual(['create'])
    expect(candidates('kubectl create dep')).toEqual(['deployment'])
    expect(candidates('k ap')).toEqual(expect.arrayContaining(['apply', 'api-resources', 'api-versions']))
    expect(candidates('kubectl config use')).toEqual(['use-context'])
  })

  it('completes resource kinds from discovery, then object names from the live cluster', () => {
    expect(candidates('kubectl get dep')).toEqual(['deployments'])
    expect(candidates('kubectl get po')).toEqual(expect.arrayContaining(['pods', 'poddisruptionbudgets']))
    expect(candidates('kubectl get deploy w')).toEqual(['web', 'worker'])
    expect(candidates('kubectl get deployments we')).toEqual(['web'])
    expect(candidates('kubectl get deploy/wo')).toEqual(['deploy/worker'])
    const pods = candidates('kubectl get pods web-')
    expect(pods).toHaveLength(2)
    for (const p of pods) expect(p).toMatch(/^web-[a-z0-9]+-[a-z0-9]{5}$/)
    expect(candidates('kubectl get nodes ')).toEqual(['controlplane', 'node01', 'node02'])
  })

  it('follows -n and -A for names, and completes namespaces after -n', () => {
    expect(candidates('kubectl get pods -n kube-system etc')).toEqual(['etcd-controlplane'])
    expect(candidates('kubectl get pods etc')).toEqual([])
    expect(candidates('kubectl -n kube-system get deploy ')).toEqual(['coredns'])
    expect(candidates('kubectl get deploy -A cor')).toEqual(['coredns'])
    expect(candidates('kubectl get pods -n sh')).toEqual(['shop'])
    expect(candidates('kubectl get pods --namespace=kube-')).toEqual(['--namespace=kube-flannel', '--namespace=kube-node-lease', '--namespace=kube-public', '--namespace=kube-system'])
  })

  it('completes flags of the command and the values of -o and -f', () => {
    expect(candidates('kubectl get pods --sho')).toEqual(['--show-kind', '--show-labels', '--show-managed-fields'])
    expect(candidates('kubectl get pods -o ya')).toEqual(['yaml'])
    expect(candidates('kubectl get pods -o=js')).toEqual(['-o=json', '-o=jsonpath-file=', '-o=jsonpath='])
    expect(candidates('kubectl apply -f ')).toEqual(['k8s/', 'web.yaml'])
    expect(candidates('kubectl apply -f k8s/')).toEqual(['k8s/db.yaml'])
    expect(candidates('cat ')).toEqual(['k8s/', 'notes.txt', 'web.yaml'])
    expect(candidates('kubectl get deploy web -o yaml > we')).toEqual(['web.yaml'])
  })

  it('completes after an alias the session knows', async () => {
    await machine.run('alias kgp="kubectl get pods"')
    expect(candidates('kgp -n kube-sy')).toEqual(['kube-system'])
  })

  it('inserts a single candidate with a space, extends to the shared prefix, and lists on a second Tab', () => {
    const src = machineSource(machine)
    const one = lineOf('kubectl get depl')
    expect(applyCompletion(one, complete(one.text, one.cursor, completionTables, src), false).line.text).toBe('kubectl get deployments ')

    const two = lineOf('kubectl get deploy w')
    const first = applyCompletion(two, complete(two.text, two.cursor, completionTables, src), false)
    expect(first.line.text).toBe('kubectl get deploy w')
    expect(first.list).toBeUndefined()
    const again = applyCompletion(two, complete(two.text, two.cursor, completionTables, src), true)
    expect(again.list).toEqual(['web', 'worker'])

    const shared = lineOf('kubectl get pods web-')
    const extended = applyCompletion(shared, complete(shared.text, shared.cursor, completionTables, src), false).line.text
    expect(extended.startsWith('kubectl get pods web-') && extended.length > shared.text.length).toBe(true)

    const folder = lineOf('cat k8')
    expect(applyCompletion(folder, complete(folder.text, folder.cursor, completionTables, src), false).line.text).toBe('cat k8s/')

    const middle = { text: 'kubectl get dep -o wide', cursor: 15, selection: null }
    const done = applyCompletion(middle, complete(middle.text, middle.cursor, completionTables, src), false).line
    expect(done).toEqual({ text: 'kubectl get deployments -o wide', cursor: 23, selection: null })
  })

  it('lays candidates out in columns sorted down, as bash does', () => {
    expect(columns(['a', 'bb', 'ccc', 'd', 'e'], 12)).toEqual(['a    d', 'bb   e', 'ccc'])
    expect(columns(['only'], 80)).toEqual(['only'])
  })
})

// What a learner reads after "Vérifier", on a real simulated cluster.
import { beforeAll, describe, expect, it } from 'vitest'
import type { Session } from '@shared/kubesim/session'
import { evaluateCheck, evaluateChecks, type Check } from '@shared/practice'
import { parseExercise } from '@shared/practice/loader'
import { freshSession, play } from './sim'

let session: Session

beforeAll(async () => {
  session = freshSession()
  const setup = await play(
    session,
    [
      'kubectl create deployment web --image=nginx:1.25 --replicas=2',
      'kubectl create deployment broken --image=ngnix:1.25',
      'kubectl create service clusterip lonely --tcp=80:80',
      'kubectl expose deployment web --port=80',
      'kubectl create namespace dev',
      "kubectl apply -f - <<'EOF'",
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: stuck',
      '  labels:',
      '    app: stuck',
      'spec:',
      '  nodeSelector:',
      '    disktype: ssd',
      '  containers:',
      '    - name: app',
      '      image: nginx:1.25',
      'EOF',
      'sleep 40'
    ].join('\n')
  )
  expect(setup.failures, setup.transcript).toEqual([])
})

const check = (yaml: string): Check => {
  const { exercise, errors } = parseExercise(
    `id: t\ntitle: t\nchapter: c\nsource: "une phrase"\ntopic: t\ndifficulty: easy\nstatement: s\nhints: [h]\nsolution: { steps: [ { wait: 1 } ] }\nchecks:\n  - ${yaml}\n`
  )
  expect(errors).toEqual([])
  return exercise!.checks[0]
}

const run = (yaml: string) => evaluateCheck(session.cluster, check(yaml))

describe('check messages', () => {
  it('say what exists and what does not', () => {
    expect(run('exists: { kind: deploy, name: web }')).toMatchObject({
      ok: true,
      label: 'Deployment « web » (namespace default) existe'
    })
    expect(run('exists: { kind: svc, name: web, namespace: dev }').message).toBe(
      'Service « web » (namespace dev) est introuvable.'
    )
    expect(run('absent: { kind: deployment, name: web }').message).toBe('Deployment « web » (namespace default) existe encore.')
    expect(run('exists: { kind: node, name: node01 }').label).toBe('Node « node01 » existe')
  })

  it('give the value found against the value expected', () => {
    const result = run('field: { kind: deployment, name: web, path: spec.replicas, equals: 3 }')
    expect(result.ok).toBe(false)
    expect(result.message).toBe('Deployment « web » (namespace default) : spec.replicas vaut 2 — attendu 3.')
    expect(run('field: { kind: deployment, name: web, path: spec.paused, present: true }').message).toContain(
      'spec.paused vaut absent — attendu un champ renseigné'
    )
  })

  it('show the state of the pods when a count is wrong', () => {
    const result = run('pods: { of: { kind: deployment, name: broken }, phase: Running, count: 1 }')
    expect(result.ok).toBe(false)
    expect(result.message).toMatch(
      /^Pods de Deployment « broken » \(namespace default\) : 0 sur 1 en phase Running, attendu exactement 1\. État actuel : broken-\S+ (ImagePullBackOff|ErrImagePull) \(ngnix:1\.25\)\.$/
    )
    expect(run('pods: { selector: app=web, phase: Running, ready: true, count: 2 }')).toMatchObject({ ok: true })
  })

  it('explain an unscheduled pod and a misplaced one', () => {
    expect(run('placement: { name: stuck, onNode: node01 }').message).toBe(
      'Pod « stuck » (namespace default) : attendu tous sur node01, mais stuck n\'est placé sur aucun nœud (Pending).'
    )
    expect(run('placement: { selector: app=web, notOnNode: node01, minPods: 2 }').message).toMatch(/tourne sur node01/)
  })

  it('hint at the selector when a Service has no endpoints', () => {
    const result = run('endpoints: { service: lonely, count: 1 }')
    expect(result.message).toMatch(/^Service « lonely » \(namespace default\) : 0 endpoint\(s\) prêt\(s\), attendu exactement 1\. Le sélecteur/)
    expect(run('endpoints: { service: web, count: 2 }').ok).toBe(true)
    expect(run('endpoints: { service: ghost, count: 1 }').message).toBe('Service « ghost » (namespace default) est introuvable.')
  })

  it('answer can-i for users and ServiceAccounts', () => {
    expect(run("canI: { user: alice, verb: list, resource: pods, allowed: true }").message).toBe(
      "l'utilisateur alice ne peut pas « list pods » dans le namespace default, attendu autorisé."
    )
    expect(run("canI: { serviceAccount: 'dev:default', verb: delete, resource: nodes, allowed: false }")).toMatchObject({
      ok: true,
      label: 'le ServiceAccount dev:default ne peut pas « delete nodes »'
    })
  })

  it('report a rollout that is not finished', () => {
    const result = run('rollout: { deployment: broken, complete: true }')
    expect(result.message).toBe(
      'Deployment « broken » (namespace default) : déploiement non terminé : 0 réplique(s) disponible(s) sur 1.'
    )
  })

  it('never throw: unknown kinds fail with a reason', () => {
    expect(run('exists: { kind: gadget, name: x }')).toMatchObject({
      ok: false,
      message: 'type de ressource inconnu du cluster : « gadget »'
    })
  })

  it('accept any of several answers, append the author’s explanation otherwise', () => {
    const anyOf = run(
      'anyOf:\n      - field: { kind: deployment, name: web, path: spec.replicas, equals: 5 }\n      - field: { kind: deployment, name: web, path: spec.replicas, equals: 2 }'
    )
    expect(anyOf.ok).toBe(true)
    const failing = run(
      'field: { kind: deployment, name: web, path: spec.replicas, equals: 5 }\n    onFail: "Utilise kubectl scale."'
    )
    expect(failing.message.endsWith(' Utilise kubectl scale.')).toBe(true)
  })

  it('pass an exercise only when every check passes', () => {
    const evaluation = evaluateChecks(session.cluster, {
      checks: [check('exists: { kind: deployment, name: web }'), check('exists: { kind: deployment, name: api }')]
    })
    expect(evaluation.passed).toBe(false)
    expect(evaluation.results.map((r) => r.ok)).toEqual([true, false])
  })
})

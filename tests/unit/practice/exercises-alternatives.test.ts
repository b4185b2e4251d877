// Checks grade the cluster, not the keystrokes: other correct ways to solve an exercise
// pass too (a manifest instead of a generator, a patch instead of `set`, an editor…).
import { describe, expect, it } from 'vitest'
import { evaluateChecks, toScript } from '@shared/practice'
import { loadShippedExercises } from './exercise-files'
import { freshSession, play } from './sim'
import { knownGap } from './simulator-gaps'

const byId = new Map(loadShippedExercises().exercises.map((e) => [e.id, e]))

interface Alternative {
  id: string
  how: string
  script: string
  /** What the learner changes in `kubectl edit`. */
  edit?: (content: string) => string
}

const alternatives: Alternative[] = [
  {
    id: 'pods-run',
    how: 'un manifeste YAML',
    script: `kubectl apply -f - <<'EOF'
apiVersion: v1
kind: Pod
metadata:
  name: web
  labels: { tier: frontend, app: web, extra: oui }
spec:
  containers:
    - name: serveur
      image: nginx:1.25
EOF
sleep 15`
  },
  {
    id: 'architecture-imagepullbackoff',
    how: 'kubectl edit',
    script: 'kubectl edit deployment storefront\nsleep 40',
    edit: (content) => content.replace('image: ngnix:1.25', 'image: nginx:1.25')
  },
  {
    id: 'scaling-scale',
    how: 'un patch',
    script: `kubectl patch deployment web -p '{"spec":{"replicas":5}}'\nsleep 20`
  },
  {
    id: 'services-nodeport',
    how: 'un manifeste avec un port nommé',
    script: `kubectl apply -f - <<'EOF'
apiVersion: v1
kind: Service
metadata:
  name: shop
spec:
  type: NodePort
  selector:
    app: shop
  ports:
    - name: http
      port: 80
      targetPort: 80
      nodePort: 30080
EOF
sleep 5`
  },
  {
    id: 'secrets-env',
    how: 'un manifeste avec stringData',
    script: `kubectl apply -f - <<'EOF'
apiVersion: v1
kind: Secret
metadata:
  name: db-credentials
stringData:
  username: admin
  password: S3cr3t!
---
apiVersion: v1
kind: Pod
metadata:
  name: db
spec:
  containers:
    - name: db
      image: postgres:16
      env:
        - name: POSTGRES_PASSWORD
          valueFrom:
            secretKeyRef: { name: db-credentials, key: password }
EOF
sleep 15`
  },
  {
    id: 'maintenance-pdb',
    how: 'maxUnavailable au lieu de minAvailable',
    script: 'kubectl create pdb api-pdb --selector=app=api --max-unavailable=1\nsleep 5'
  },
  {
    id: 'scheduling-nodename',
    how: 'un nodeSelector sur le nom d’hôte',
    script: `kubectl run pinned --image=nginx:1.25 --overrides='{"apiVersion":"v1","spec":{"nodeSelector":{"kubernetes.io/hostname":"node02"}}}'\nsleep 15`
  },
  {
    id: 'security-context',
    how: 'utilisateur et groupe au niveau du conteneur',
    script: `kubectl apply -f - <<'EOF'
apiVersion: v1
kind: Pod
metadata:
  name: secure
spec:
  containers:
    - name: app
      image: busybox:1.36
      command: ["sleep", "3600"]
      securityContext:
        runAsUser: 1000
        runAsGroup: 3000
        readOnlyRootFilesystem: true
        allowPrivilegeEscalation: false
        capabilities: { drop: ["ALL"] }
EOF
sleep 15`
  },
  {
    id: 'resources-requests-limits',
    how: 'des quantités écrites autrement (0.1 et 0.5 CPU)',
    script: 'kubectl set resources deployment api --requests=cpu=0.1,memory=128Mi --limits=cpu=0.5,memory=256Mi\nsleep 30'
  },
  {
    id: 'quotas-resourcequota',
    how: 'kubectl edit sur le quota',
    script: 'kubectl edit quota pods-quota -n team-b\nsleep 30',
    edit: (content) => content.replace(/pods: "2"/, 'pods: "6"')
  }
]

describe.each(alternatives.map((a) => [a.id, a.how, a] as const))('%s, par %s', (id, _how, alternative) => {
  const passes = knownGap(`alternative:${id}`) ? it.fails : it
  passes('passes the same checks', async () => {
    const exercise = byId.get(id)
    expect(exercise, id).toBeDefined()
    const edit = alternative.edit
    const session = freshSession({}, edit ? async (_path, content) => edit(content) : undefined)
    const setup = await play(session, toScript(exercise!.setup))
    expect(setup.failures, setup.transcript).toEqual([])
    const played = await play(session, alternative.script)
    const evaluation = evaluateChecks(session.cluster, exercise!)
    const report = evaluation.results.map((r) => `${r.ok ? '✓' : '✗'} ${r.message}`).join('\n')
    expect(played.failures, played.transcript).toEqual([])
    expect(evaluation.passed, `${report}\n${played.transcript}`).toBe(true)
  })
})

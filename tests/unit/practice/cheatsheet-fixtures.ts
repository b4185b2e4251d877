// What the cheatsheets' placeholders stand for in the acceptance test: a value, and the
// commands that create the object it names on a fresh cluster.

const deploymentManifest = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels:
    app: web
spec:
  replicas: 2
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
        - name: nginx
          image: nginx:1.25
`

const configMapManifest = `apiVersion: v1
kind: ConfigMap
metadata:
  name: reglages
data:
  niveau: debug
`

export const workspaceFiles: Record<string, string> = {
  'web.yaml': deploymentManifest,
  'manifests/web.yaml': deploymentManifest,
  'manifests/reglages.yaml': configMapManifest
}

const apply = (manifest: string) => `kubectl apply -f - <<'EOF'\n${manifest}EOF`

interface Fixture {
  value: string
  /** Placeholders whose objects this one needs. */
  needs?: string[]
  create?: string
}

const runningPod = apply(`apiVersion: v1
kind: Pod
metadata:
  name: pod-demo
  labels:
    app: demo
spec:
  containers:
    - name: nginx
      image: nginx:1.25
`)

/** A pod whose container keeps crashing, so `logs --previous` has a previous container. */
const crashingPod = apply(`apiVersion: v1
kind: Pod
metadata:
  name: pod-demo
spec:
  containers:
    - name: nginx
      image: busybox:1.36
`)

export const fixtures: Record<string, Fixture> = {
  pod: { value: 'pod-demo', create: runningPod },
  deploiement: { value: 'web', create: apply(deploymentManifest) },
  conteneur: { value: 'nginx', needs: ['deploiement'] },
  service: { value: 'web', needs: ['deploiement'], create: 'kubectl create service clusterip web --tcp=80:80' },
  statefulset: {
    value: 'db',
    create: apply(`apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
spec:
  serviceName: db
  replicas: 1
  selector:
    matchLabels:
      app: db
  template:
    metadata:
      labels:
        app: db
    spec:
      containers:
        - name: redis
          image: redis:7
`)
  },
  noeud: { value: 'node01' },
  namespace: { value: 'demo', create: 'kubectl create namespace demo' },
  configmap: { value: 'config-demo', create: 'kubectl create configmap config-demo --from-literal=MODE=test' },
  secret: { value: 'secret-demo', create: "kubectl create secret generic secret-demo --from-literal=password='S3cr3t!'" },
  job: { value: 'job-demo', create: 'kubectl create job job-demo --image=busybox:1.36 -- echo ok' },
  cronjob: { value: 'cron-demo', create: 'kubectl create cronjob cron-demo --image=busybox:1.36 --schedule="0 * * * *" -- date' },
  ingress: { value: 'ingress-demo', create: 'kubectl create ingress ingress-demo --rule="demo.fr/*=web:80"' },
  serviceaccount: { value: 'robot', create: 'kubectl create serviceaccount robot' },
  pdb: { value: 'web-pdb', needs: ['deploiement'], create: 'kubectl create poddisruptionbudget web-pdb --selector=app=web --min-available=1' },
  fichier: { value: 'web.yaml', needs: ['deploiement'] },
  dossier: { value: 'manifests' },
  contexte: { value: 'kubernetes-admin@kubernetes' }
}

export const placeholderValues: Record<string, string> = Object.fromEntries(
  Object.entries(fixtures).map(([name, fixture]) => [name, fixture.value])
)

/** The block creates this object itself (`kubectl run <pod>`, `create deployment <deploiement>`, `--name=<service>`). */
function createdByBlock(code: string, placeholder: string): boolean {
  return new RegExp(String.raw`(\brun\s+|\bcreate(\s+[a-z-]+){1,2}\s+|--name=)<${placeholder}>`).test(code)
}

/** The commands that prepare a fresh cluster for one block, then let it settle. */
export function setupFor(code: string, used: string[]): string {
  const wanted = new Set<string>()
  const visit = (name: string) => {
    if (wanted.has(name)) return
    wanted.add(name)
    for (const need of fixtures[name]?.needs ?? []) visit(need)
  }
  used.forEach(visit)
  const lines: string[] = []
  for (const name of Object.keys(fixtures)) {
    if (!wanted.has(name) || createdByBlock(code, name)) continue
    const create = name === 'pod' && code.includes('--previous') ? crashingPod : fixtures[name].create
    if (create) lines.push(create)
  }
  return lines.length ? `${lines.join('\n')}\nsleep 60\n` : ''
}

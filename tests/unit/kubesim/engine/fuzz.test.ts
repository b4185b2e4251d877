import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ApiException, type KubeObject } from '../../../../src/shared/kubesim/engine/contract'
import { cluster, deployment } from './helpers'

const KINDS: [string, string][] = [
  ['v1', 'Pod'],
  ['v1', 'Service'],
  ['v1', 'ConfigMap'],
  ['v1', 'Secret'],
  ['v1', 'Namespace'],
  ['v1', 'PersistentVolumeClaim'],
  ['v1', 'PersistentVolume'],
  ['v1', 'ResourceQuota'],
  ['v1', 'LimitRange'],
  ['apps/v1', 'Deployment'],
  ['apps/v1', 'StatefulSet'],
  ['apps/v1', 'DaemonSet'],
  ['batch/v1', 'Job'],
  ['batch/v1', 'CronJob'],
  ['networking.k8s.io/v1', 'Ingress'],
  ['networking.k8s.io/v1', 'NetworkPolicy'],
  ['policy/v1', 'PodDisruptionBudget'],
  ['autoscaling/v2', 'HorizontalPodAutoscaler'],
  ['rbac.authorization.k8s.io/v1', 'Role'],
  ['rbac.authorization.k8s.io/v1', 'ClusterRoleBinding'],
  ['v1', 'Nope'],
  ['apps/v1beta1', 'Deployment']
]

const name = fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/)
const scalar = fc.oneof(fc.string({ maxLength: 8 }), fc.oneof(
    { arbitrary: fc.integer({ min: -5, max: 300 }), weight: 30 },
    // Port and range boundaries; rare, since `replicas: 70000` really makes 70,000 pods.
    { arbitrary: fc.constantFrom(65535, 65536, 70000), weight: 1 }
  ), fc.double({ noNaN: true, min: -10, max: 10 }), fc.boolean(), fc.constant(null))
const value = fc.letrec((tie) => ({
  v: fc.oneof({ depthSize: 'small' }, scalar, fc.array(tie('v'), { maxLength: 3 }), fc.dictionary(fc.constantFrom('name', 'image', 'spec', 'replicas', 'selector', 'matchLabels', 'app', 'ports', 'port', 'containers', 'template', 'metadata', 'labels', 'data', 'x', 'command'), tie('v'), { maxKeys: 4 }))
})).v

/** A valid-looking manifest with random damage: fields replaced, dropped or added. */
function damaged(base: KubeObject): fc.Arbitrary<unknown> {
  const paths = ['spec', 'spec.replicas', 'spec.selector', 'spec.template', 'spec.template.spec.containers', 'spec.template.spec.containers.0', 'spec.template.spec.containers.0.image', 'spec.template.metadata.labels', 'metadata', 'metadata.name', 'metadata.labels', 'spec.strategy', 'spec.template.spec.containers.0.ports', 'kind', 'apiVersion']
  return fc.tuple(fc.constantFrom(...paths), value, fc.boolean()).map(([path, v, drop]) => {
    const copy = structuredClone(base) as Record<string, unknown>
    const keys = path.split('.')
    let at: Record<string, unknown> | undefined = copy
    for (const k of keys.slice(0, -1)) at = at && typeof at[k] === 'object' && at[k] !== null ? (at[k] as Record<string, unknown>) : undefined
    if (at) {
      if (drop) delete at[keys[keys.length - 1]]
      else at[keys[keys.length - 1]] = v
    }
    return copy
  })
}

const document = fc.oneof(
  fc.tuple(fc.constantFrom(...KINDS), name, fc.option(fc.constantFrom('default', 'kube-system', 'nowhere')), value).map(([[apiVersion, kind], n, ns, spec]) => ({ apiVersion, kind, metadata: { name: n, namespace: ns ?? undefined }, spec })),
  fc.tuple(fc.constantFrom(...KINDS), value).map(([[apiVersion, kind], body]) => (typeof body === 'object' && body && !Array.isArray(body) ? { ...body, apiVersion, kind } : body)),
  name.chain((n) => damaged(deployment(n, 1))),
  value
)

describe('fuzz', () => {
  it('thousands of random documents into create, update and patch: only ApiException, and the cluster keeps working', () => {
    const c = cluster()
    c.create(deployment('target', 1))
    let refused = 0
    let accepted = 0
    fc.assert(
      fc.property(document, fc.constantFrom('create', 'update', 'strategic', 'merge', 'json'), (doc, verb) => {
        try {
          if (verb === 'create') c.create(doc)
          else if (verb === 'update') c.update(doc)
          else c.patch('deployments', 'default', 'target', doc, verb as 'strategic' | 'merge' | 'json')
          accepted++
        } catch (e) {
          if (!(e instanceof ApiException)) throw e
          expect(e.status.code).toBeGreaterThanOrEqual(400)
          expect(e.message.length).toBeGreaterThan(0)
          expect(e.status.code).not.toBe(500)
          refused++
        }
      }),
      { numRuns: 3000 }
    )
    c.advance(120)
    expect(c.list('pods', undefined).length).toBeGreaterThan(0)
    expect(accepted).toBeGreaterThan(50)
    expect(refused).toBeGreaterThan(accepted)
  }, 60_000)
})

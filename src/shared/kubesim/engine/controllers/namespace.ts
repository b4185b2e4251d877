// Per-namespace housekeeping: the `default` ServiceAccount (serviceaccount controller), the
// kube-root-ca.crt ConfigMap (root-ca-cert-publisher), and namespace deletion (namespace
// controller: delete everything inside, then drop the `kubernetes` finalizer).
import type { KubeObject } from '../contract'
import { ApiException } from '../contract'
import { RESOURCES } from '../api/resources'
import type { Controller } from '../runtime/reconciler'
import { SECOND } from '../runtime/time'
import type { Ctx } from './context'
import { R } from './util'
import { objectMeta } from '../runtime/objects'

export const ROOT_CA = `-----BEGIN CERTIFICATE-----
MIIDBTCCAe2gAwIBAgIIEaBv0WIvoWkwDQYJKoZIhvcNAQELBQAwFTETMBEGA1UE
AxMKa3ViZXJuZXRlczAeFw0yNDA5MDEwMDAwMDBaFw0zNDA4MzAwMDAwMDBaMBUx
EzARBgNVBAMTCmt1YmVybmV0ZXMwggEiMA0GCSqGSIb3DQEBAQUAA4IBDwAwggEK
AoIBAQDKGsS4m3jXv1dQ8b2nIuRhW1gM2qpxyiN8Y9g0hAcFvUa3e1xwCkzS8oLr
-----END CERTIFICATE-----
`

export class NamespaceController implements Controller {
  readonly name = 'namespace'

  constructor(private readonly ctx: Ctx) {
    const { sim } = ctx
    sim.reconciler.register(this)
    sim.store.watch((e) => {
      if (e.resource === R.namespaces && e.type !== 'DELETED') sim.reconciler.enqueue(this.name, e.object.metadata.name)
      else if ((e.resource === R.serviceaccounts || e.resource === R.configmaps) && e.type === 'DELETED') sim.reconciler.enqueue(this.name, e.object.metadata.namespace ?? '')
    }, [R.namespaces, R.serviceaccounts, R.configmaps])
  }

  sync(name: string): void {
    const { sim, server } = this.ctx
    const ns = sim.store.get(R.namespaces, undefined, name)
    if (!ns) return
    if (ns.metadata.deletionTimestamp) return this.finalize(ns)
    if (!sim.store.get(R.serviceaccounts, name, 'default')) {
      server.create(R.serviceaccounts, { apiVersion: 'v1', kind: 'ServiceAccount', metadata: objectMeta({ name: 'default', namespace: name }) })
    }
    if (!sim.store.get(R.configmaps, name, 'kube-root-ca.crt')) {
      server.create(R.configmaps, {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: objectMeta({ name: 'kube-root-ca.crt', namespace: name, annotations: { 'kubernetes.io/description': 'Contains a CA bundle that can be used to verify the kube-apiserver when using internal endpoints such as the internal service IP or kubernetes.default.svc. No other usage is guaranteed across distributions of Kubernetes clusters.' } }),
        data: { 'ca.crt': ROOT_CA }
      })
    }
  }

  private finalize(ns: KubeObject): void {
    const { sim, server } = this.ctx
    const name = ns.metadata.name
    let left = 0
    for (const info of RESOURCES) {
      if (!info.namespaced || !info.verbs.includes('delete')) continue
      for (const obj of [...sim.store.list(info, name)]) {
        left++
        if (obj.metadata.deletionTimestamp) continue
        try {
          server.delete(info, name, obj.metadata.name, { propagationPolicy: 'Background' })
        } catch (e) {
          if (!(e instanceof ApiException)) throw e
        }
      }
    }
    const remaining = RESOURCES.some((info) => info.namespaced && sim.store.list(info, name).length > 0)
    const conditions = [
      { type: 'NamespaceDeletionDiscoveryFailure', status: 'False', reason: 'ResourcesDiscovered', message: 'All resources successfully discovered' },
      { type: 'NamespaceDeletionGroupVersionParsingFailure', status: 'False', reason: 'ParsedGroupVersions', message: 'All legacy kube types successfully parsed' },
      { type: 'NamespaceDeletionContentFailure', status: 'False', reason: 'ContentDeleted', message: 'All content successfully deleted, may be waiting on finalization' },
      remaining
        ? { type: 'NamespaceContentRemaining', status: 'True', reason: 'SomeResourcesRemain', message: `Some resources are remaining: pods. has ${left} resource instances` }
        : { type: 'NamespaceContentRemaining', status: 'False', reason: 'ContentRemoved', message: 'All content successfully removed' },
      { type: 'NamespaceFinalizersRemaining', status: 'False', reason: 'ContentHasNoFinalizers', message: 'All content-preserving finalizers finished' }
    ]
    if (remaining) {
      server.writeStatus(R.namespaces, ns, (d) => {
        d.status = { ...d.status, conditions: conditions.map((c) => ({ ...c, lastTransitionTime: d.metadata.deletionTimestamp })) }
      })
      sim.reconciler.at(sim.now + 2 * SECOND, this.name, name)
      return
    }
    server.remove(R.namespaces, ns)
  }
}

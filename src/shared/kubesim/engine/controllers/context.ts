// What a controller is given: the simulation, the API server it writes through, the recorder.
import type { KubeObject } from '../contract'
import type { ApiServer } from '../api/server'
import type { Sim } from '../runtime/sim'
import { deepClone } from '../runtime/objects'
import type { EventRecorder } from './events'
import { ownerRefTo } from './util'
import { objectMeta } from '../runtime/objects'

export interface Ctx {
  sim: Sim
  server: ApiServer
  events: EventRecorder
}

/** A pod as a controller stamps it from its template (controller.GetPodFromTemplate). */
export function podFromTemplate(owner: KubeObject, template: KubeObject['spec'], extra: { name?: string; generateName?: string; labels?: Record<string, string>; annotations?: Record<string, string> } = {}): KubeObject {
  const meta: KubeObject['metadata'] = objectMeta({
    namespace: owner.metadata.namespace,
    labels: { ...(template?.metadata?.labels ?? {}), ...(extra.labels ?? {}) },
    ownerReferences: [ownerRefTo(owner)]
  })
  if (extra.name) meta.name = extra.name
  else meta.generateName = extra.generateName ?? `${owner.metadata.name}-`
  const annotations = { ...(template?.metadata?.annotations ?? {}), ...(extra.annotations ?? {}) }
  if (Object.keys(annotations).length) meta.annotations = annotations
  if (template?.metadata?.finalizers) meta.finalizers = [...template.metadata.finalizers]
  return { apiVersion: 'v1', kind: 'Pod', metadata: meta, spec: deepClone(template?.spec ?? {}) }
}

// Checks on single objects and on object counts: exists, absent, field, image, objects.
import type { ClusterApi, KubeObject } from '../../kubesim/engine/contract'
import { describeExpectation, unmet, type Expectation } from '../expect'
import { formatValue, fr } from '../messages'
import { resolvePath } from '../path'
import { matches, parseSelector } from '../selector'
import { countHolds, type CountSpec } from './count'
import { getRef, kindName, listLive, namespaceFor, refText, resolveKind, type RefInput } from './context'

export interface Verdict {
  ok: boolean
  message: string
}

export const exists = {
  label: (cluster: ClusterApi, ref: RefInput) => fr.exists(refText(cluster, ref)),
  run(cluster: ClusterApi, ref: RefInput): Verdict {
    const text = refText(cluster, ref)
    const ok = getRef(cluster, ref) !== undefined
    return { ok, message: ok ? fr.exists(text) + '.' : fr.existsFailed(text) }
  }
}

export const absent = {
  label: (cluster: ClusterApi, ref: RefInput) => fr.absent(refText(cluster, ref)),
  run(cluster: ClusterApi, ref: RefInput): Verdict {
    const text = refText(cluster, ref)
    const object = getRef(cluster, ref)
    const ok = object === undefined || Boolean(object.metadata.deletionTimestamp)
    return { ok, message: ok ? fr.absent(text) + '.' : fr.absentFailed(text) }
  }
}

export type FieldSpec = RefInput & Expectation & { path: string }

export const field = {
  label: (cluster: ClusterApi, spec: FieldSpec) =>
    fr.fieldLabel(refText(cluster, spec), spec.path, describeExpectation(spec)),
  run(cluster: ClusterApi, spec: FieldSpec): Verdict {
    const text = refText(cluster, spec)
    const object = getRef(cluster, spec)
    if (!object) return { ok: false, message: fr.objectMissing(text) }
    const resolved = resolvePath(object, spec.path)
    const problems = unmet(resolved, spec)
    const found = resolved.found ? formatValue(resolved.value) : 'absent'
    if (problems.length === 0) return { ok: true, message: `${text} : ${spec.path} vaut ${found}.` }
    return { ok: false, message: fr.fieldFailed(text, spec.path, found, problems.join(', ')) }
  }
}

export type ImageSpec = RefInput & { container?: string; equals?: string; matches?: string }

function containersOf(object: KubeObject): { name: string; image: string }[] {
  const spec = object.spec ?? {}
  if (object.kind === 'Pod') return spec.containers ?? []
  if (object.kind === 'CronJob') return spec.jobTemplate?.spec?.template?.spec?.containers ?? []
  return spec.template?.spec?.containers ?? []
}

function imageWanted(spec: ImageSpec): string {
  return spec.equals !== undefined ? `« ${spec.equals} »` : `/${spec.matches}/`
}

export const image = {
  label: (cluster: ClusterApi, spec: ImageSpec) => fr.imageLabel(refText(cluster, spec), spec.container, imageWanted(spec)),
  run(cluster: ClusterApi, spec: ImageSpec): Verdict {
    const text = refText(cluster, spec)
    const object = getRef(cluster, spec)
    if (!object) return { ok: false, message: fr.objectMissing(text) }
    const all = containersOf(object)
    const chosen = spec.container ? all.filter((c) => c.name === spec.container) : all
    if (spec.container && chosen.length === 0) return { ok: false, message: fr.noContainer(text, spec.container) }
    const images = chosen.map((c) => c.image)
    const fits = (img: string) =>
      (spec.equals === undefined || img === spec.equals) &&
      (spec.matches === undefined || new RegExp(spec.matches).test(img))
    const ok = images.some(fits)
    return {
      ok,
      message: ok ? `${text} : image « ${images.find(fits)} ».` : fr.imageFailed(text, images, imageWanted(spec))
    }
  }
}

export type ObjectsSpec = CountSpec & {
  kind: string
  namespace?: string
  allNamespaces?: boolean
  selector?: string
  fieldSelector?: string
}

function objectsScope(cluster: ClusterApi, spec: ObjectsSpec): string {
  const info = cluster.resolveResource(spec.kind)
  if (info && !info.namespaced) return fr.clusterScope
  return fr.scope(spec.allNamespaces ? undefined : (spec.namespace ?? 'default'))
}

export const objects = {
  label: (cluster: ClusterApi, spec: ObjectsSpec) =>
    fr.objectsLabel(kindName(cluster, spec.kind), objectsScope(cluster, spec), spec.selector, fr.count(spec)),
  run(cluster: ClusterApi, spec: ObjectsSpec): Verdict {
    const info = resolveKind(cluster, spec.kind)
    const ns = spec.allNamespaces ? undefined : namespaceFor(info, spec.namespace)
    const requirements = parseSelector(spec.selector ?? '')
    const listed = spec.fieldSelector
      ? cluster.list(info, ns, { fieldSelector: spec.fieldSelector }).filter((o) => !o.metadata.deletionTimestamp)
      : listLive(cluster, info, ns)
    const found = listed.filter((o) => matches(requirements, o.metadata.labels))
    const names = found.slice(0, 8).map((o) => o.metadata.name)
    const ok = countHolds(found.length, spec)
    const scope = info.namespaced ? fr.scope(ns) : fr.clusterScope
    return {
      ok,
      message: ok
        ? `${info.kind} (${scope}) : ${found.length} trouvé(s).`
        : fr.objectsFailed(info.kind, scope, found.length, fr.count(spec), names)
    }
  }
}

/* eslint-disable @typescript-eslint/no-explicit-any */
import type { KubeObject } from '../../engine/contract'
import { formatLabelSelector } from '../output/tables/format'
import { annotationsMultiline, describeEvents, labelsMultiline, rfc1123z } from './common'
import { DescribeWriter } from './writer'

// HorizontalPodAutoscaler (v2), PodDisruptionBudget and the generic describer (describe.go).

export function describeHPA(hpa: KubeObject, events: KubeObject[] | undefined, now: number): string {
  const w = new DescribeWriter()
  const spec = hpa.spec ?? {}
  const st = hpa.status ?? {}
  w.write(0, `Name:\t${hpa.metadata.name}\n`)
  w.write(0, `Namespace:\t${hpa.metadata.namespace}\n`)
  labelsMultiline(w, 'Labels', hpa.metadata.labels)
  annotationsMultiline(w, 'Annotations', hpa.metadata.annotations)
  w.write(0, `CreationTimestamp:\t${rfc1123z(hpa.metadata.creationTimestamp)}\n`)
  w.write(0, `Reference:\t${spec.scaleTargetRef?.kind}/${spec.scaleTargetRef?.name}\n`)
  w.write(0, 'Metrics:\t( current / target )\n')
  ;(spec.metrics ?? []).forEach((m: any, i: number) => {
    const cur = st.currentMetrics?.[i]
    if (m.type === 'Resource') {
      w.write(1, `resource ${m.resource?.name} on pods`)
      const t = m.resource?.target ?? {}
      if (t.averageValue !== undefined) w.write(0, `:\t${cur?.resource?.current?.averageValue ?? '<unknown>'} / ${t.averageValue}\n`)
      else {
        const current = cur?.resource?.current?.averageUtilization !== undefined ? `${cur.resource.current.averageUtilization}% (${cur.resource.current.averageValue})` : '<unknown>'
        w.write(0, `  (as a percentage of request):\t${current} / ${t.averageUtilization}%\n`)
      }
    } else if (m.type === 'Pods') {
      w.write(1, `"${m.pods?.metric?.name}" on pods:\t${cur?.pods?.current?.averageValue ?? '<unknown>'} / ${m.pods?.target?.averageValue}\n`)
    } else {
      w.write(1, `<unknown metric type "${m.type}">\n`)
    }
  })
  w.write(0, `Min replicas:\t${spec.minReplicas ?? 1}\n`)
  w.write(0, `Max replicas:\t${spec.maxReplicas ?? 0}\n`)
  w.write(0, `${spec.scaleTargetRef?.kind} pods:\t${st.currentReplicas ?? 0} current / ${st.desiredReplicas ?? 0} desired\n`)
  if (st.conditions?.length) {
    w.write(0, 'Conditions:\n')
    w.write(1, 'Type\tStatus\tReason\tMessage\n')
    w.write(1, '----\t------\t------\t-------\n')
    for (const c of st.conditions) w.write(1, `${c.type}\t${c.status}\t${c.reason ?? ''}\t${c.message ?? ''}\n`)
  }
  describeEvents(w, events, now)
  return w.toString()
}

export function describePDB(pdb: KubeObject, events: KubeObject[] | undefined, now: number): string {
  const w = new DescribeWriter()
  const spec = pdb.spec ?? {}
  const st = pdb.status ?? {}
  w.write(0, `Name:\t${pdb.metadata.name}\n`)
  w.write(0, `Namespace:\t${pdb.metadata.namespace}\n`)
  if (spec.minAvailable !== undefined) w.write(0, `Min available:\t${spec.minAvailable}\n`)
  else if (spec.maxUnavailable !== undefined) w.write(0, `Max unavailable:\t${spec.maxUnavailable}\n`)
  w.write(0, spec.selector ? `Selector:\t${formatLabelSelector(spec.selector)}\n` : 'Selector:\t<unset>\n')
  w.write(0, 'Status:\n')
  w.write(2, `Allowed disruptions:\t${st.disruptionsAllowed ?? 0}\n`)
  w.write(2, `Current:\t${st.currentHealthy ?? 0}\n`)
  w.write(2, `Desired:\t${st.desiredHealthy ?? 0}\n`)
  w.write(2, `Total:\t${st.expectedPods ?? 0}\n`)
  describeEvents(w, events, now)
  return w.toString()
}

/** smartLabelFor: camelCase field names as words, common acronyms upper-cased. */
function smartLabel(field: string): string {
  if (/[^A-Za-z-]/.test(field)) return field
  const parts = field.match(/[A-Z]+(?![a-z])|[A-Z]?[a-z]+|-/g) ?? [field]
  return parts
    .map((p) => (['API', 'URL', 'UID', 'OSB', 'GUID'].includes(p.toUpperCase()) ? p.toUpperCase() : p[0].toUpperCase() + p.slice(1)))
    .join(' ')
}

function unstructured(w: DescribeWriter, level: number, content: Record<string, unknown>, prefix: string, skip: string[]): void {
  for (const field of Object.keys(content).sort()) {
    const value = content[field]
    const path = `${prefix}.${field}`
    if (skip.includes(path)) continue
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      w.write(level, `${smartLabel(field)}:\n`)
      unstructured(w, level + 1, value as Record<string, unknown>, path, skip)
    } else if (Array.isArray(value)) {
      w.write(level, `${smartLabel(field)}:\n`)
      for (const child of value) {
        if (child && typeof child === 'object' && !Array.isArray(child)) unstructured(w, level + 1, child as Record<string, unknown>, path, skip)
        else w.write(level + 1, `${Array.isArray(child) ? `[${child.join(' ')}]` : String(child)}\n`)
      }
    } else {
      w.write(level, `${smartLabel(field)}:\t${value === null ? '<nil>' : String(value)}\n`)
    }
  }
}

export function describeGeneric(obj: KubeObject, events: KubeObject[] | undefined, now: number): string {
  const w = new DescribeWriter()
  w.write(0, `Name:\t${obj.metadata.name}\n`)
  w.write(0, `Namespace:\t${obj.metadata.namespace ?? ''}\n`)
  labelsMultiline(w, 'Labels', obj.metadata.labels)
  annotationsMultiline(w, 'Annotations', obj.metadata.annotations)
  unstructured(w, 0, obj as Record<string, unknown>, '', ['.metadata.managedFields', '.metadata.name', '.metadata.namespace', '.metadata.labels', '.metadata.annotations'])
  describeEvents(w, events, now)
  return w.toString()
}

/* eslint-disable @typescript-eslint/no-explicit-any */
import type { KubeObject } from '../../engine/contract'
import { annotationsMultiline, labelsMultiline } from './common'
import { DescribeWriter } from './writer'

// Role, ClusterRole, RoleBinding and ClusterRoleBinding describers (describe.go with
// rbac.BreakdownRule / CompactRules / SortableRuleSlice).

interface Rule {
  apiGroups: string[]
  resources: string[]
  resourceNames: string[]
  nonResourceURLs: string[]
  verbs: string[]
}

/** One line per group/resource/names (or per non-resource URL), verbs gathered in order. */
function compactRules(rules: any[]): Rule[] {
  const out: Rule[] = []
  const find = (group: string, resource: string, names: string[]): Rule | undefined =>
    out.find((r) => r.apiGroups[0] === group && r.resources[0] === resource && r.resourceNames.join('\0') === names.join('\0') && !r.nonResourceURLs.length)
  for (const rule of rules) {
    for (const group of rule.apiGroups ?? []) {
      for (const resource of rule.resources ?? []) {
        const names: string[] = rule.resourceNames ?? []
        const existing = find(group, resource, names)
        if (existing) {
          for (const v of rule.verbs ?? []) if (!existing.verbs.includes(v)) existing.verbs.push(v)
        } else out.push({ apiGroups: [group], resources: [resource], resourceNames: names, nonResourceURLs: [], verbs: [...(rule.verbs ?? [])] })
      }
    }
    for (const url of rule.nonResourceURLs ?? []) {
      out.push({ apiGroups: [], resources: [], resourceNames: [], nonResourceURLs: [url], verbs: [...(rule.verbs ?? [])] })
    }
  }
  const key = (r: Rule): string => `PolicyRule{APIGroups:[${r.apiGroups.join(' ')}], Resources:[${r.resources.join(' ')}], ResourceNames:[${r.resourceNames.join(' ')}], NonResourceURLs:[${r.nonResourceURLs.join(' ')}], Verbs:[${r.verbs.join(' ')}]}`
  return out.map((r, i) => ({ r, i })).sort((a, b) => (key(a.r) < key(b.r) ? -1 : key(a.r) > key(b.r) ? 1 : a.i - b.i)).map((x) => x.r)
}

export function describeRole(role: KubeObject): string {
  const w = new DescribeWriter()
  w.write(0, `Name:\t${role.metadata.name}\n`)
  labelsMultiline(w, 'Labels', role.metadata.labels)
  annotationsMultiline(w, 'Annotations', role.metadata.annotations)
  w.write(0, 'PolicyRule:\n')
  w.write(1, 'Resources\tNon-Resource URLs\tResource Names\tVerbs\n')
  w.write(1, '---------\t-----------------\t--------------\t-----\n')
  for (const r of compactRules(role.rules ?? [])) {
    const resources = r.resources.map((res) => (r.apiGroups[0] ? `${res}.${r.apiGroups[0]}` : res)).join(', ')
    w.write(1, `${resources}\t[${r.nonResourceURLs.join(' ')}]\t[${r.resourceNames.join(' ')}]\t[${r.verbs.join(' ')}]\n`)
  }
  return w.toString()
}

export function describeRoleBinding(rb: KubeObject): string {
  const w = new DescribeWriter()
  w.write(0, `Name:\t${rb.metadata.name}\n`)
  labelsMultiline(w, 'Labels', rb.metadata.labels)
  annotationsMultiline(w, 'Annotations', rb.metadata.annotations)
  w.write(0, 'Role:\n')
  w.write(1, `Kind:\t${rb.roleRef?.kind ?? ''}\n`)
  w.write(1, `Name:\t${rb.roleRef?.name ?? ''}\n`)
  w.write(0, 'Subjects:\n')
  w.write(1, 'Kind\tName\tNamespace\n')
  w.write(1, '----\t----\t---------\n')
  for (const s of rb.subjects ?? []) w.write(1, `${s.kind}\t${s.name}\t${s.namespace ?? ''}\n`)
  return w.toString()
}

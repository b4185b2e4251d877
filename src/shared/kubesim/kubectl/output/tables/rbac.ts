/* eslint-disable @typescript-eslint/no-explicit-any */
import { since } from '../age'
import { NAME, type TableHandler } from './types'

// printers.go printRoleBinding / printClusterRoleBinding (rbac.SubjectsStrings for -o wide).

function subjectsStrings(subjects: any[] | undefined): [string, string, string] {
  const users: string[] = []
  const groups: string[] = []
  const sas: string[] = []
  for (const s of subjects ?? []) {
    if (s.kind === 'ServiceAccount') sas.push(s.namespace ? `${s.namespace}/${s.name}` : s.name)
    else if (s.kind === 'User') users.push(s.name)
    else if (s.kind === 'Group') groups.push(s.name)
  }
  return [users.join(', '), groups.join(', '), sas.join(', ')]
}

export const roleBindingTable: TableHandler = {
  columns: [
    NAME,
    { name: 'Role' },
    { name: 'Age' },
    { name: 'Users', priority: 1 },
    { name: 'Groups', priority: 1 },
    { name: 'ServiceAccounts', priority: 1 }
  ],
  row(rb: any, { now }) {
    return [
      rb.metadata.name,
      `${rb.roleRef?.kind}/${rb.roleRef?.name}`,
      since(rb.metadata.creationTimestamp, now),
      ...subjectsStrings(rb.subjects)
    ]
  }
}

/** What the API server prints for kinds without a printer (roles, limitranges…): rest.NewDefaultTableConvertor. */
export const defaultTable: TableHandler = {
  columns: [NAME, { name: 'Created At' }],
  row(obj: any) {
    return [obj.metadata.name, obj.metadata.creationTimestamp ?? '']
  }
}

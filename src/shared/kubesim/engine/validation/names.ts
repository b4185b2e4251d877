// apimachinery's util/validation: the exact texts of name, label and annotation errors.
import type { NameRule } from '../api/strategy'

const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/
const DNS1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/
const QUALIFIED_NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/

const MSG_LABEL =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')"
const MSG_SUBDOMAIN =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')"
const MSG_DNS1035 =
  "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')"
const MSG_QUALIFIED =
  "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')"
const MSG_LABEL_VALUE =
  "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')"

const maxLen = (n: number): string => `must be no more than ${n} characters`

export function dns1123Label(value: string): string[] {
  const out: string[] = []
  if (value.length > 63) out.push(maxLen(63))
  if (!DNS1123_LABEL.test(value)) out.push(MSG_LABEL)
  return out
}

export function dns1123Subdomain(value: string): string[] {
  const out: string[] = []
  if (value.length > 253) out.push(maxLen(253))
  if (!DNS1123_SUBDOMAIN.test(value)) out.push(MSG_SUBDOMAIN)
  return out
}

export function dns1035Label(value: string): string[] {
  const out: string[] = []
  if (value.length > 63) out.push(maxLen(63))
  if (!DNS1035_LABEL.test(value)) out.push(MSG_DNS1035)
  return out
}

/** path.IsValidPathSegmentName: what RBAC object names must satisfy. */
export function pathSegment(value: string): string[] {
  if (value === '.' || value === '..') return [`may not be '${value}'`]
  for (const bad of ['/', '%']) if (value.includes(bad)) return [`may not contain '${bad}'`]
  return []
}

export function validateName(rule: NameRule, value: string): string[] {
  switch (rule) {
    case 'label':
      return dns1123Label(value)
    case 'dns1035':
      return dns1035Label(value)
    case 'path':
      return pathSegment(value)
    default:
      return dns1123Subdomain(value)
  }
}

/** A label or annotation key: optional DNS-subdomain prefix and a qualified name. */
export function qualifiedName(value: string): string[] {
  const parts = value.split('/')
  let name = value
  const out: string[] = []
  if (parts.length === 2) {
    const [prefix, n] = parts
    name = n
    if (!prefix) out.push('prefix part must be non-empty')
    else for (const m of dns1123Subdomain(prefix)) out.push(`prefix part ${m}`)
  } else if (parts.length > 2) {
    return [
      "a qualified name must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]') with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')"
    ]
  }
  if (!name) out.push('name part must be non-empty')
  else {
    if (name.length > 63) out.push(`name part ${maxLen(63)}`)
    if (!QUALIFIED_NAME.test(name)) out.push(MSG_QUALIFIED)
  }
  return out
}

export function labelValue(value: string): string[] {
  const out: string[] = []
  if (value.length > 63) out.push(maxLen(63))
  if (!LABEL_VALUE.test(value)) out.push(MSG_LABEL_VALUE)
  return out
}

/** IsConfigMapKey: keys of ConfigMap and Secret data. */
export function configMapKey(value: string): string[] {
  const out: string[] = []
  if (value.length > 253) out.push(maxLen(253))
  if (!/^[-._a-zA-Z0-9]+$/.test(value))
    out.push("a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')")
  if (value === '.') out.push("must not be '.'")
  else if (value === '..') out.push("must not be '..'")
  else if (value.startsWith('..')) out.push("must not start with '..'")
  return out
}

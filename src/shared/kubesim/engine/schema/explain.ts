// `kubectl explain`: field documentation from the schema.
import type { FieldDoc, ResourceInfo } from '../contract'

export function explainField(resource: ResourceInfo, fieldPath: string[]): FieldDoc | undefined {
  void resource
  void fieldPath
  return undefined
}

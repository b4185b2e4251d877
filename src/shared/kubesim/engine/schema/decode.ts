// Decoding a request body into an object of the resource's kind.
import type { KubeObject, ResourceInfo } from '../contract'
import { badRequest } from '../api/errors'
import { deepClone, isPlainObject } from '../runtime/objects'

export function decodeObject(info: ResourceInfo, input: Record<string, unknown>): KubeObject {
  if (input.metadata !== undefined && !isPlainObject(input.metadata))
    throw badRequest(`${info.kind} in version "${info.version}" cannot be handled as a ${info.kind}: json: cannot unmarshal ${typeof input.metadata} into Go struct field ${info.kind}.metadata of type v1.ObjectMeta`)
  return deepClone(input) as KubeObject
}

// pod-template-hash / controller-revision-hash: FNV-32a of the template, rendered through
// the name alphabet as apimachinery's SafeEncodeString does.
import { canonicalJson } from '../runtime/objects'
import { fnv32a, safeEncode } from '../runtime/random'

export function templateHash(template: unknown, collisionCount = 0): string {
  const text = canonicalJson(template) + (collisionCount ? `#${collisionCount}` : '')
  return safeEncode(String(fnv32a(text)))
}

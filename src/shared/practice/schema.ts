// The exercise format (content/exercises/*.yaml), as a zod schema: the single source of
// truth for what a file may contain. The format is documented for authors in
// content/exercises/README.md; keep both in step.
import { z } from 'zod'

const name = z.string().min(1).max(253)
const kind = z.string().min(1).max(100)
const namespace = z.string().min(1).max(63)

/** One step of a setup or a solution; rendered to a console script by `toScript`. */
export const stepSchema = z.union([
  z.object({ run: z.string().min(1) }).strict(),
  z.object({ apply: z.string().min(1) }).strict(),
  z.object({ wait: z.number().int().positive().max(3600) }).strict()
])

const objectRef = {
  kind,
  name,
  /** Defaults to `default` for namespaced kinds; ignored for cluster-scoped ones. */
  namespace: namespace.optional()
}

const workloadRef = z.object({ kind, name }).strict()

/** What a value must satisfy; at least one operator. All given operators must hold. */
const expectation = {
  equals: z.unknown().optional(),
  notEquals: z.unknown().optional(),
  /** Substring of a string, element of a list (objects match partially), subset of an object. */
  contains: z.unknown().optional(),
  notContains: z.unknown().optional(),
  /** Regular expression a string (or number) must match. */
  matches: z.string().optional(),
  /** `true`: the field is set; `false`: it is absent. */
  present: z.boolean().optional(),
  /** `true`: absent, null, "", [] or {}; `false`: anything else. */
  empty: z.boolean().optional(),
  gte: z.number().optional(),
  lte: z.number().optional(),
  /** Compares Kubernetes quantities: `500m` equals `0.5`, `1Gi` equals `1024Mi`. */
  quantity: z.union([z.string(), z.number()]).optional(),
  /** Base64 value (a Secret's data) that must decode to this text. */
  decodesTo: z.string().optional()
}
const expectationKeys = Object.keys(expectation)

const hasOperator = (value: Record<string, unknown>): boolean =>
  expectationKeys.some((key) => key in value && value[key] !== undefined)

const count = {
  count: z.number().int().min(0).optional(),
  min: z.number().int().min(0).optional(),
  max: z.number().int().min(0).optional()
}
const hasCount = (value: { count?: number; min?: number; max?: number }): boolean =>
  value.count !== undefined || value.min !== undefined || value.max !== undefined

/** Which pods a check looks at: by label selector or by the selector of a workload. */
const podQuery = {
  namespace: namespace.optional(),
  allNamespaces: z.boolean().optional(),
  selector: z.string().min(1).optional(),
  of: workloadRef.optional(),
  /** One pod, by name. */
  name: name.optional(),
  /** Only pods scheduled on this node. */
  node: name.optional(),
  /** Leave out pods owned by a DaemonSet (what `kubectl drain` leaves behind). */
  exceptDaemonSets: z.boolean().optional()
}

const sources = (q: { selector?: string; of?: unknown; name?: string }) =>
  [q.selector, q.of, q.name].filter((v) => v !== undefined).length
const atMostOneSource = (q: { selector?: string; of?: unknown; name?: string }) => sources(q) <= 1
const exactlyOneSource = (q: { selector?: string; of?: unknown; name?: string }) => sources(q) === 1

const common = {
  /** Overrides the generated French label of the check. */
  description: z.string().min(1).optional(),
  /** French explanation appended to the message when the check fails. */
  onFail: z.string().min(1).optional()
}

const checkVariants = {
  exists:   z.object({ exists: z.object(objectRef).strict(), ...common }).strict(),
  absent: z.object({ absent: z.object(objectRef).strict(), ...common }).strict(),
  field: z
    .object({
      field: z
        .object({ ...objectRef, path: z.string().min(1), ...expectation })
        .strict()
        .refine(hasOperator, 'au moins un opérateur (equals, contains, matches, present, …)'),
      ...common
    })
    .strict(),
  pods: z
    .object({
      pods: z
        .object({
          ...podQuery,
          phase: z.enum(['Pending', 'Running', 'Succeeded', 'Failed', 'Unknown']).optional(),
          ready: z.boolean().optional(),
          /** Every container of the pod runs this image. */
          image: z.string().min(1).optional(),
          /** A container waits with this reason (ImagePullBackOff, CrashLoopBackOff, …). */
          waitingReason: z.string().min(1).optional(),
          ...count
        })
        .strict()
        .refine(atMostOneSource, 'selector, of ou name (un seul)')
        .refine(hasCount, 'count, min ou max'),
      ...common
    })
    .strict(),
  placement: z
    .object({
      placement: z
        .object({
          ...podQuery,
          /** Every pod runs on a node matching this label selector. */
          nodeSelector: z.string().min(1).optional(),
          onNode: name.optional(),
          notOnNode: name.optional(),
          /** No two pods share a node. */
          distinctNodes: z.boolean().optional(),
          /** Fewer pods than this fails (default 1): an empty set proves nothing. */
          minPods: z.number().int().min(1).optional()
        })
        .strict()
        .refine(exactlyOneSource, 'selector, of ou name (un seul)')
        .refine(
          (q) => q.nodeSelector || q.onNode || q.notOnNode || q.distinctNodes,
          'nodeSelector, onNode, notOnNode ou distinctNodes'
        ),
      ...common
    })
    .strict(),
  endpoints: z
    .object({
      endpoints: z
        .object({ service: name, namespace: namespace.optional(), ...count })
        .strict()
        .refine(hasCount, 'count, min ou max'),
      ...common
    })
    .strict(),
  objects: z
    .object({
      objects: z
        .object({
          kind,
          namespace: namespace.optional(),
          allNamespaces: z.boolean().optional(),
          selector: z.string().min(1).optional(),
          fieldSelector: z.string().min(1).optional(),
          ...count
        })
        .strict()
        .refine(hasCount, 'count, min ou max'),
      ...common
    })
    .strict(),
  canI: z
    .object({
      canI: z
        .object({
          /** A user name (`alice`) … */
          user: z.string().min(1).optional(),
          groups: z.array(z.string().min(1)).optional(),
          /** … or a ServiceAccount as `namespace:name`. */
          serviceAccount: z
            .string()
            .regex(/^[a-z0-9.-]+:[a-z0-9.-]+$/, 'serviceAccount: « namespace:nom »')
            .optional(),
          verb: z.string().min(1),
          resource: kind,
          subresource: z.string().min(1).optional(),
          namespace: namespace.optional(),
          name: name.optional(),
          allowed: z.boolean()
        })
        .strict()
        .refine((q) => Boolean(q.user) !== Boolean(q.serviceAccount), 'user ou serviceAccount (un seul)'),
      ...common
    })
    .strict(),
  rollout: z
    .object({
      rollout: z
        .object({
          deployment: name,
          namespace: namespace.optional(),
          minRevision: z.number().int().min(1).optional(),
          /** Every replica updated and available, as `kubectl rollout status` waits for. */
          complete: z.boolean().optional()
        })
        .strict()
        .refine((q) => q.minRevision !== undefined || q.complete !== undefined, 'minRevision ou complete'),
      ...common
    })
    .strict(),
  image: z
    .object({
      image: z
        .object({
          ...objectRef,
          container: name.optional(),
          equals: z.string().min(1).optional(),
          matches: z.string().min(1).optional()
        })
        .strict()
        .refine((q) => q.equals !== undefined || q.matches !== undefined, 'equals ou matches'),
      ...common
    })
    .strict()
}

export type CheckType = keyof typeof checkVariants
export const checkTypes = Object.keys(checkVariants) as CheckType[]
export type LeafCheck = z.infer<(typeof checkVariants)[CheckType]>
/** Passes when one of its checks passes: for tasks with several correct answers. */
export interface AnyOfCheck {
  anyOf: Check[]
  description?: string
  onFail?: string
}
export type Check = LeafCheck | AnyOfCheck

const anyOfSchema: z.ZodType<AnyOfCheck> = z
  .object({ anyOf: z.array(z.lazy(() => checkSchema)).min(2), ...common })
  .strict()

/**
 * A check is an object keyed by its type (`exists:`, `field:`, …). Dispatching on that
 * key, rather than trying every variant of a union, gives authors the one error that
 * matters instead of ten.
 */
export const checkSchema: z.ZodType<Check, unknown> = z.unknown().transform((value, ctx): Check => {
  const isObject = value !== null && typeof value === 'object' && !Array.isArray(value)
  const type = isObject ? checkTypes.find((key) => key in value) : undefined
  const schema = isObject && 'anyOf' in value ? anyOfSchema : type ? checkVariants[type] : undefined
  if (!schema) {
    ctx.addIssue({ code: 'custom', message: `vérification inconnue : une clé parmi ${[...checkTypes, 'anyOf'].join(', ')}` })
    return z.NEVER
  }
  const parsed = schema.safeParse(value)
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path as PropertyKey[] })
    }
    return z.NEVER
  }
  return parsed.data as Check
})

export const difficulties = ['easy', 'medium', 'hard'] as const

export const exerciseSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'minuscules, chiffres et tirets'),
    title: z.string().min(1).max(120),
    /** Title of the course chapter (its `layout: section` slide). */
    chapter: z.string().min(1),
    /** A short verbatim phrase found in exactly one slide: the slide the exercise practises. */
    source: z.string().min(8),
    /** Theme used to group exercises (pods, deployments, services, rbac, …). */
    topic: z.string().regex(/^[a-z-]+$/),
    difficulty: z.enum(difficulties),
    statement: z.string().min(1),
    setup: z.array(stepSchema).optional(),
    hints: z.array(z.string().min(1)).min(1),
    solution: z
      .object({
        explanation: z.string().min(1).optional(),
        steps: z.array(stepSchema).min(1)
      })
      .strict(),
    checks: z.array(checkSchema).min(1),
    /** Plausible mistakes that the checks must reject; used by the tests. */
    wrongAttempts: z
      .array(z.object({ description: z.string().min(1), steps: z.array(stepSchema).min(1) }).strict())
      .optional()
  })
  .strict()

export type Step = z.infer<typeof stepSchema>
export type Exercise = z.infer<typeof exerciseSchema>
export type Difficulty = (typeof difficulties)[number]

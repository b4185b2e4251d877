// The boundary between the simulated cluster (engine/) and the kubectl client
// (kubectl/). kubectl talks to the engine only through `ClusterApi`, the way the
// real kubectl only talks to the API server: it never reaches into controllers,
// the scheduler or the store.
//
// Pure TypeScript: no DOM, no Node, no Electron. Deterministic: all randomness comes
// from the seeded generator given at creation; all time from the simulated clock.

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue }

export interface OwnerReference {
  apiVersion: string
  kind: string
  name: string
  uid: string
  controller?: boolean
  blockOwnerDeletion?: boolean
}

export interface ObjectMeta {
  name: string
  generateName?: string
  namespace?: string
  uid: string
  resourceVersion: string
  generation?: number
  /** RFC 3339, second precision, UTC ("2026-01-01T10:00:00Z"), as the API server writes it. */
  creationTimestamp: string
  deletionTimestamp?: string
  deletionGracePeriodSeconds?: number
  labels?: Record<string, string>
  annotations?: Record<string, string>
  ownerReferences?: OwnerReference[]
  finalizers?: string[]
  managedFields?: JsonValue[]
}

/** Any API object, as the API server stores and returns it. Kind-specific shapes live in engine/types. */
export interface KubeObject {
  apiVersion: string
  kind: string
  metadata: ObjectMeta
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  [field: string]: any
}

/** One row of `kubectl api-resources`; also how kubectl resolves `po`, `deploy`, `deployments.apps`. */
export interface ResourceInfo {
  /** Plural resource name: `pods`, `deployments`. */
  name: string
  singularName: string
  shortNames: string[]
  group: string // '' for core
  version: string
  kind: string
  namespaced: boolean
  verbs: string[]
  categories?: string[]
}

/** metav1.Status, as the API server returns it on failure. */
export interface ApiStatus {
  kind: 'Status'
  apiVersion: 'v1'
  status: 'Failure'
  message: string
  reason:
    | 'NotFound'
    | 'AlreadyExists'
    | 'Invalid'
    | 'Forbidden'
    | 'Conflict'
    | 'BadRequest'
    | 'MethodNotAllowed'
    | 'TooManyRequests'
    | 'InternalError'
  details?: {
    name?: string
    group?: string
    kind?: string
    causes?: { reason: string; message: string; field?: string }[]
  }
  code: number
}

/** Thrown by every ClusterApi call that the real API server would refuse. */
export class ApiException extends Error {
  constructor(readonly status: ApiStatus) {
    super(status.message)
    this.name = 'ApiException'
  }
}

/** Who makes the request: kubernetes-admin by default, or `--as` impersonation. */
export interface UserInfo {
  username: string
  groups?: string[]
}

export interface WriteOptions {
  user?: UserInfo
  /** `--dry-run=server`: validate and admit, store nothing. */
  dryRun?: boolean
  fieldManager?: string
}

export interface ListOptions {
  labelSelector?: string
  fieldSelector?: string
}

export interface DeleteOptions extends WriteOptions {
  propagationPolicy?: 'Foreground' | 'Background' | 'Orphan'
  gracePeriodSeconds?: number
}

export type PatchType = 'strategic' | 'merge' | 'json'

export interface ExecResult {
  stdout: string
  stderr: string
  exitCode: number
}

export interface LogOptions {
  container?: string
  previous?: boolean
  tail?: number
  timestamps?: boolean
  sinceSeconds?: number
}

export interface ContainerUsage {
  name: string
  cpuMilli: number
  memoryBytes: number
}
export interface PodMetrics {
  namespace: string
  name: string
  containers: ContainerUsage[]
}
export interface NodeMetrics {
  name: string
  cpuMilli: number
  memoryBytes: number
}

/** Field documentation for `kubectl explain`. */
export interface FieldDoc {
  name: string
  type: string // 'string', 'integer', 'boolean', 'Object', '[]Container', 'map[string]string', …
  description: string
  required?: boolean
  fields?: FieldDoc[]
}

/** A resource reference as kubectl resolves it from the command line. */
export type ResourceRef = ResourceInfo | string

export interface ClusterApi {
  /** Simulated time, epoch milliseconds. */
  now(): number
  /** Moves the clock forward, running kubelets, controllers and the scheduler as time passes. */
  advance(seconds: number): void

  // discovery
  resources(): ResourceInfo[]
  /** `po`, `pods`, `pod`, `Pod`, `deploy`, `deployments.apps`, `deployments.v1.apps` → info; undefined if unknown. */
  resolveResource(name: string): ResourceInfo | undefined
  explain(resource: ResourceInfo, fieldPath: string[]): FieldDoc | undefined

  // the API server verbs; every one throws ApiException as the real server would refuse.
  // Returned objects are read-only snapshots shared with the store: clone before modifying
  // (get/create/update/patch/delete return them deep-frozen; list freezes each item's top
  // level and metadata).
  get(resource: ResourceRef, namespace: string | undefined, name: string, user?: UserInfo): KubeObject
  /** namespace undefined = all namespaces. Ordered as the API server lists (namespace, then name). */
  list(resource: ResourceRef, namespace: string | undefined, options?: ListOptions, user?: UserInfo): KubeObject[]
  create(object: unknown, options?: WriteOptions): KubeObject
  /** PUT: replaces the object (409 Conflict on a stale metadata.resourceVersion). */
  update(object: unknown, options?: WriteOptions): KubeObject
  patch(
    resource: ResourceRef,
    namespace: string | undefined,
    name: string,
    patch: unknown,
    type: PatchType,
    options?: WriteOptions
  ): KubeObject
  delete(resource: ResourceRef, namespace: string | undefined, name: string, options?: DeleteOptions): KubeObject
  /** Eviction API (drain): 429 TooManyRequests when a PodDisruptionBudget forbids it. */
  evict(namespace: string, podName: string, options?: WriteOptions): void

  // what kubelets and metrics-server answer
  logs(namespace: string, podName: string, options?: LogOptions): string
  exec(namespace: string, podName: string, container: string | undefined, argv: string[]): ExecResult
  podMetrics(namespace: string | undefined): PodMetrics[]
  nodeMetrics(): NodeMetrics[]

  // authorization (SubjectAccessReview)
  canI(
    user: UserInfo,
    verb: string,
    resource: ResourceInfo | undefined,
    namespace: string | undefined,
    name?: string,
    subresource?: string
  ): { allowed: boolean; reason?: string }

  // simulator-only: the course's "Panne de Node"
  failNode(name: string): void
  recoverNode(name: string): void

  /** Versioned JSON snapshot; restore with the engine's `restoreCluster`. */
  save(): JsonValue
}

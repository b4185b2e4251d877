// apps/v1 and batch/v1 workloads.
import { any, array, boolean, f, type Field, int32, int64, intstr, observed, string, struct } from '../dsl'
import { apiVersionField, kindField, LabelSelector, metadataField, ObjectMeta } from './meta'
import { PodTemplateSpec, statusField } from './pod'
import { DaemonSetStatus, DeploymentStatus, JobStatus, ReplicaSetStatus, StatefulSetStatus } from './status-apps'
import { PersistentVolumeClaimSpec } from './volume'

const selector = (what: string) => f(LabelSelector, `Label selector for pods. Existing ReplicaSets whose pods are selected by this will be the ones affected by this ${what}. It must match the pod template's labels.`, true)
const minReady = f(int32, 'Minimum number of seconds for which a newly created pod should be ready without any of its container crashing, for it to be considered available. Defaults to 0 (pod will be considered available as soon as it is ready)')
const history = f(int32, 'The number of old history to retain to allow rollback. This is a pointer to distinguish between explicit zero and not specified. Defaults to 10.')

function root(kind: string, description: string, spec: ReturnType<typeof struct>, specText: string, status: Field = statusField(kind)): ReturnType<typeof struct> {
  return struct(kind, description, () => ({ apiVersion: apiVersionField, kind: kindField, metadata: metadataField, spec: f(spec, specText), status }))
}

const RollingUpdateDeployment = struct('RollingUpdateDeployment', 'Spec to control the desired behavior of rolling update.', () => ({
  maxSurge: f(intstr, 'The maximum number of pods that can be scheduled above the desired number of pods. Value can be an absolute number (ex: 5) or a percentage of desired pods (ex: 10%). This can not be 0 if MaxUnavailable is 0. Absolute number is calculated from percentage by rounding up. Defaults to 25%.'),
  maxUnavailable: f(intstr, 'The maximum number of pods that can be unavailable during the update. Value can be an absolute number (ex: 5) or a percentage of desired pods (ex: 10%). Absolute number is calculated from percentage by rounding down. This can not be 0 if MaxSurge is 0. Defaults to 25%.')
}))

const DeploymentStrategy = struct('DeploymentStrategy', 'DeploymentStrategy describes how to replace existing pods with new ones.', () => ({
  rollingUpdate: f(RollingUpdateDeployment, 'Rolling update config params. Present only if DeploymentStrategyType = RollingUpdate.'),
  type: f(string, 'Type of deployment. Can be "Recreate" or "RollingUpdate". Default is RollingUpdate.')
}))

const DeploymentSpec = struct('DeploymentSpec', 'DeploymentSpec is the specification of the desired behavior of the Deployment.', () => ({
  minReadySeconds: minReady,
  paused: f(boolean, 'Indicates that the deployment is paused.'),
  progressDeadlineSeconds: f(int32, 'The maximum time in seconds for a deployment to make progress before it is considered to be failed. The deployment controller will continue to process failed deployments and a condition with a ProgressDeadlineExceeded reason will be surfaced in the deployment status. Note that progress will not be estimated during the time a deployment is paused. Defaults to 600s.'),
  replicas: f(int32, 'Number of desired pods. This is a pointer to distinguish between explicit zero and not specified. Defaults to 1.'),
  revisionHistoryLimit: history,
  selector: selector('deployment'),
  strategy: f(DeploymentStrategy, 'The deployment strategy to use to replace existing pods with new ones.'),
  template: f(PodTemplateSpec, 'Template describes the pods that will be created. The only allowed template.spec.restartPolicy value is "Always".', true)
}))

export const Deployment = root('Deployment', 'Deployment enables declarative updates for Pods and ReplicaSets.', DeploymentSpec, 'Specification of the desired behavior of the Deployment.', observed(DeploymentStatus, 'Most recently observed status of the Deployment.'))

const ReplicaSetSpec = struct('ReplicaSetSpec', 'ReplicaSetSpec is the specification of a ReplicaSet.', () => ({
  minReadySeconds: minReady,
  replicas: f(int32, 'Replicas is the number of desired pods. This is a pointer to distinguish between explicit zero and unspecified. Defaults to 1. More info: https://kubernetes.io/docs/concepts/workloads/controllers/replicaset/#how-a-replicaset-works'),
  selector: f(LabelSelector, 'Selector is a label query over pods that should match the replica count. Label keys and values that must match in order to be controlled by this replica set. It must match the pod template\'s labels.', true),
  template: f(PodTemplateSpec, 'Template is the object that describes the pod that will be created if insufficient replicas are detected. More info: https://kubernetes.io/docs/concepts/workloads/controllers/replicaset/#pod-template')
}))

export const ReplicaSet = root('ReplicaSet', 'ReplicaSet ensures that a specified number of pod replicas are running at any given time.', ReplicaSetSpec, 'Spec defines the specification of the desired behavior of the ReplicaSet.', observed(ReplicaSetStatus, 'Status is the most recently observed status of the ReplicaSet. This data may be out of date by some window of time. Populated by the system. Read-only. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status'))

const DaemonSetSpec = struct('DaemonSetSpec', 'DaemonSetSpec is the specification of a daemon set.', () => ({
  minReadySeconds: f(int32, 'The minimum number of seconds for which a newly created DaemonSet pod should be ready without any of its container crashing, for it to be considered available. Defaults to 0.'),
  revisionHistoryLimit: history,
  selector: f(LabelSelector, 'A label query over pods that are managed by the daemon set. Must match in order to be controlled. It must match the pod template\'s labels.', true),
  template: f(PodTemplateSpec, "An object that describes the pod that will be created. The DaemonSet will create exactly one copy of this pod on every node that matches the template's node selector (or on every node if no node selector is specified). The only allowed template.spec.restartPolicy value is \"Always\".", true),
  updateStrategy: f(struct('DaemonSetUpdateStrategy', 'DaemonSetUpdateStrategy is a struct used to control the update strategy for a DaemonSet.', () => ({
    rollingUpdate: f(struct('RollingUpdateDaemonSet', 'Spec to control the desired behavior of daemon set rolling update.', () => ({ maxSurge: f(intstr, 'The maximum number of nodes with an existing available DaemonSet pod that can have an updated DaemonSet pod during during an update.'), maxUnavailable: f(intstr, 'The maximum number of DaemonSet pods that can be unavailable during the update. Default is 1.') })), 'Rolling update config params. Present only if type = "RollingUpdate".'),
    type: f(string, 'Type of daemon set update. Can be "RollingUpdate" or "OnDelete". Default is RollingUpdate.')
  })), 'An update strategy to replace existing DaemonSet pods with new pods.')
}))

export const DaemonSet = root('DaemonSet', 'DaemonSet represents the configuration of a daemon set.', DaemonSetSpec, 'The desired behavior of this daemon set.', observed(DaemonSetStatus, 'The current status of this daemon set. This data may be out of date by some window of time. Populated by the system. Read-only. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status'))

const PersistentVolumeClaimTemplate = struct('PersistentVolumeClaim', 'PersistentVolumeClaim is a user\'s request for and claim to a persistent volume', () => ({
  apiVersion: apiVersionField,
  kind: kindField,
  metadata: f(ObjectMeta, "Standard object's metadata."),
  spec: f(PersistentVolumeClaimSpec, 'spec defines the desired characteristics of a volume requested by a pod author.'),
  status: f(any, 'status represents the current information/status of a persistent volume claim.')
}))

const StatefulSetSpec = struct('StatefulSetSpec', 'A StatefulSetSpec is the specification of a StatefulSet.', () => ({
  minReadySeconds: minReady,
  ordinals: f(struct('StatefulSetOrdinals', 'StatefulSetOrdinals describes the policy used for replica ordinal assignment in this StatefulSet.', () => ({ start: f(int32, 'start is the number representing the first replica\'s index.') })), 'ordinals controls the numbering of replica indices in a StatefulSet.'),
  persistentVolumeClaimRetentionPolicy: f(struct('StatefulSetPersistentVolumeClaimRetentionPolicy', 'StatefulSetPersistentVolumeClaimRetentionPolicy describes the policy used for PVCs created from the StatefulSet VolumeClaimTemplates.', () => ({ whenDeleted: f(string, 'WhenDeleted specifies what happens to PVCs created from StatefulSet VolumeClaimTemplates when the StatefulSet is deleted.'), whenScaled: f(string, 'WhenScaled specifies what happens to PVCs created from StatefulSet VolumeClaimTemplates when the StatefulSet is scaled down.') })), 'persistentVolumeClaimRetentionPolicy describes the lifecycle of persistent volume claims created from volumeClaimTemplates.'),
  podManagementPolicy: f(string, 'podManagementPolicy controls how pods are created during initial scale up, when replacing pods on nodes, or when scaling down. The default policy is `OrderedReady`, where pods are created in increasing order (pod-0, then pod-1, etc) and the controller will wait until each pod is ready before continuing. When scaling down, the pods are removed in the opposite order. The alternative policy is `Parallel` which will create pods in parallel to match the desired scale without waiting, and on scale down will delete all pods at once.'),
  replicas: f(int32, 'replicas is the desired number of replicas of the given Template. These are replicas in the sense that they are instantiations of the same Template, but individual replicas also have a consistent identity. If unspecified, defaults to 1.'),
  revisionHistoryLimit: f(int32, "revisionHistoryLimit is the maximum number of revisions that will be maintained in the StatefulSet's revision history. The revision history consists of all revisions not represented by a currently applied StatefulSetSpec version. The default value is 10."),
  selector: f(LabelSelector, "selector is a label query over pods that should match the replica count. It must match the pod template's labels.", true),
  serviceName: f(string, 'serviceName is the name of the service that governs this StatefulSet. This service must exist before the StatefulSet, and is responsible for the network identity of the set. Pods get DNS/hostnames that follow the pattern: pod-specific-string.serviceName.default.svc.cluster.local where "pod-specific-string" is managed by the StatefulSet controller.'),
  template: f(PodTemplateSpec, 'template is the object that describes the pod that will be created if insufficient replicas are detected. Each pod stamped out by the StatefulSet will fulfill this Template, but have a unique identity from the rest of the StatefulSet.', true),
  updateStrategy: f(struct('StatefulSetUpdateStrategy', 'StatefulSetUpdateStrategy indicates the strategy that the StatefulSet controller will use to perform updates.', () => ({ rollingUpdate: f(struct('RollingUpdateStatefulSetStrategy', 'RollingUpdateStatefulSetStrategy is used to communicate parameter for RollingUpdateStatefulSetStrategyType.', () => ({ maxUnavailable: f(intstr, 'The maximum number of pods that can be unavailable during the update.'), partition: f(int32, 'Partition indicates the ordinal at which the StatefulSet should be partitioned for updates. Default value is 0.') })), 'RollingUpdate is used to communicate parameters when Type is RollingUpdateStatefulSetStrategyType.'), type: f(string, 'Type indicates the type of the StatefulSetUpdateStrategy. Default is RollingUpdate.') })), 'updateStrategy indicates the StatefulSetUpdateStrategy that will be employed to update Pods in the StatefulSet when a revision is made to Template.'),
  volumeClaimTemplates: f(array(PersistentVolumeClaimTemplate), 'volumeClaimTemplates is a list of claims that pods are allowed to reference. The StatefulSet controller is responsible for mapping network identities to claims in a way that maintains the identity of a pod. Every claim in this list must have at least one matching (by name) volumeMount in one container in the template.')
}))

export const StatefulSet = root('StatefulSet', 'StatefulSet represents a set of pods with consistent identities. Identities are defined as: - Network: A single stable DNS and hostname. - Storage: As many VolumeClaims as requested. The StatefulSet guarantees that a given network identity will always map to the same storage identity.', StatefulSetSpec, 'Spec defines the desired identities of pods in this set.', observed(StatefulSetStatus, 'Status is the current status of Pods in this StatefulSet. This data may be out of date by some window of time.'))

export const JobSpec = struct('JobSpec', 'JobSpec describes how the job execution will look like.', () => ({
  activeDeadlineSeconds: f(int64, 'Specifies the duration in seconds relative to the startTime that the job may be continuously active before the system tries to terminate it; value must be positive integer.'),
  backoffLimit: f(int32, 'Specifies the number of retries before marking this job failed. Defaults to 6'),
  backoffLimitPerIndex: f(int32, 'Specifies the limit for the number of retries within an index before marking this index as failed.'),
  completionMode: f(string, 'completionMode specifies how Pod completions are tracked. It can be `NonIndexed` (default) or `Indexed`.'),
  completions: f(int32, 'Specifies the desired number of successfully finished pods the job should be run with.  Setting to null means that the success of any pod signals the success of all pods, and allows parallelism to have any positive value.  Setting to 1 means that parallelism is limited to 1 and the success of that pod signals the success of the job.'),
  managedBy: f(string, 'ManagedBy field indicates the controller that manages a Job.'),
  manualSelector: f(boolean, 'manualSelector controls generation of pod labels and pod selectors. Leave `manualSelector` unset unless you are certain what you are doing.'),
  maxFailedIndexes: f(int32, 'Specifies the maximal number of failed indexes before marking the Job as failed, when backoffLimitPerIndex is set.'),
  parallelism: f(int32, 'Specifies the maximum desired number of pods the job should run at any given time. The actual number of pods running in steady state will be less than this number when ((.spec.completions - .status.successful) < .spec.parallelism), i.e. when the work left to do is less than max parallelism.'),
  podFailurePolicy: f(any, 'Specifies the policy of handling failed pods.'),
  podReplacementPolicy: f(string, 'podReplacementPolicy specifies when to create replacement Pods.'),
  selector: f(LabelSelector, 'A label query over pods that should match the pod count. Normally, the system sets this field for you.'),
  successPolicy: f(any, 'successPolicy specifies the policy when the Job can be declared as succeeded.'),
  suspend: f(boolean, 'suspend specifies whether the Job controller should create Pods or not.'),
  template: f(PodTemplateSpec, 'Describe the pod that will be created when executing a job. The only allowed template.spec.restartPolicy values are "Never" or "OnFailure".', true),
  ttlSecondsAfterFinished: f(int32, 'ttlSecondsAfterFinished limits the lifetime of a Job that has finished execution (either Complete or Failed). If this field is set, ttlSecondsAfterFinished after the Job finishes, it is eligible to be automatically deleted.')
}))

export const Job = root('Job', 'Job represents the configuration of a single job.', JobSpec, 'Specification of the desired behavior of a job.', observed(JobStatus, 'Current status of a job. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status'))

const JobTemplateSpec = struct('JobTemplateSpec', 'JobTemplateSpec describes the data a Job should have when created from a template', () => ({
  metadata: f(ObjectMeta, 'Standard object\'s metadata of the jobs created from this template.'),
  spec: f(JobSpec, 'Specification of the desired behavior of the job.')
}))

const CronJobSpec = struct('CronJobSpec', 'CronJobSpec describes how the job execution will look like and when it will actually run.', () => ({
  concurrencyPolicy: f(string, 'Specifies how to treat concurrent executions of a Job. Valid values are: - "Allow" (default): allows CronJobs to run concurrently; - "Forbid": forbids concurrent runs, skipping next run if previous run hasn\'t finished yet; - "Replace": cancels currently running job and replaces it with a new one'),
  failedJobsHistoryLimit: f(int32, 'The number of failed finished jobs to retain. Value must be non-negative integer. Defaults to 1.'),
  jobTemplate: f(JobTemplateSpec, 'Specifies the job that will be created when executing a CronJob.', true),
  schedule: f(string, 'The schedule in Cron format, see https://en.wikipedia.org/wiki/Cron.', true),
  startingDeadlineSeconds: f(int64, 'Optional deadline in seconds for starting the job if it misses scheduled time for any reason.  Missed jobs executions will be counted as failed ones.'),
  successfulJobsHistoryLimit: f(int32, 'The number of successful finished jobs to retain. Value must be non-negative integer. Defaults to 3.'),
  suspend: f(boolean, 'This flag tells the controller to suspend subsequent executions, it does not apply to already started executions.  Defaults to false.'),
  timeZone: f(string, 'The time zone name for the given schedule, see https://en.wikipedia.org/wiki/List_of_tz_database_time_zones.')
}))

export const CronJob = root('CronJob', 'CronJob represents the configuration of a single cron job.', CronJobSpec, 'Specification of the desired behavior of a cron job, including the schedule.')

export const ControllerRevision = struct('ControllerRevision', 'ControllerRevision implements an immutable snapshot of state data.', () => ({
  apiVersion: apiVersionField,
  data: f(any, 'Data is the serialized representation of the state.'),
  kind: kindField,
  metadata: metadataField,
  revision: f(int64, 'Revision indicates the revision of the state represented by Data.', true)
}))

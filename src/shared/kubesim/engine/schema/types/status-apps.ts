// Generated from the Kubernetes v1.31 OpenAPI definitions (apps/v1 and batch/v1 workload status): field names, types,
// required marks and descriptions are the API's own. Explain-only: decoding never walks them.
import { array, int32, int64, string, time, f, struct, type Schema } from '../dsl'

export const DeploymentStatus: Schema = struct('DeploymentStatus', 'DeploymentStatus is the most recently observed status of the Deployment.', () => ({
  availableReplicas: f(int32, 'Total number of available pods (ready for at least minReadySeconds) targeted by this deployment.'),
  collisionCount: f(int32, 'Count of hash collisions for the Deployment. The Deployment controller uses this field as a collision avoidance mechanism when it needs to create the name for the newest ReplicaSet.'),
  conditions: f(array(DeploymentCondition), "Represents the latest available observations of a deployment's current state."),
  observedGeneration: f(int64, 'The generation observed by the deployment controller.'),
  readyReplicas: f(int32, 'readyReplicas is the number of pods targeted by this Deployment with a Ready Condition.'),
  replicas: f(int32, 'Total number of non-terminated pods targeted by this deployment (their labels match the selector).'),
  unavailableReplicas: f(int32, 'Total number of unavailable pods targeted by this deployment. This is the total number of pods that are still required for the deployment to have 100% available capacity. They may either be pods that are running but not yet available or pods that still have not been created.'),
  updatedReplicas: f(int32, 'Total number of non-terminated pods targeted by this deployment that have the desired template spec.')
}))

const DeploymentCondition: Schema = struct('DeploymentCondition', 'DeploymentCondition describes the state of a deployment at a certain point.', () => ({
  lastTransitionTime: f(time, 'Last time the condition transitioned from one status to another.'),
  lastUpdateTime: f(time, 'The last time this condition was updated.'),
  message: f(string, 'A human readable message indicating details about the transition.'),
  reason: f(string, "The reason for the condition's last transition."),
  status: f(string, 'Status of the condition, one of True, False, Unknown.', true),
  type: f(string, 'Type of deployment condition.', true)
}))

export const ReplicaSetStatus: Schema = struct('ReplicaSetStatus', 'ReplicaSetStatus represents the current status of a ReplicaSet.', () => ({
  availableReplicas: f(int32, 'The number of available replicas (ready for at least minReadySeconds) for this replica set.'),
  conditions: f(array(ReplicaSetCondition), "Represents the latest available observations of a replica set's current state."),
  fullyLabeledReplicas: f(int32, 'The number of pods that have labels matching the labels of the pod template of the replicaset.'),
  observedGeneration: f(int64, 'ObservedGeneration reflects the generation of the most recently observed ReplicaSet.'),
  readyReplicas: f(int32, 'readyReplicas is the number of pods targeted by this ReplicaSet with a Ready Condition.'),
  replicas: f(int32, 'Replicas is the most recently observed number of replicas. More info: https://kubernetes.io/docs/concepts/workloads/controllers/replicationcontroller/#what-is-a-replicationcontroller', true)
}))

const ReplicaSetCondition: Schema = struct('ReplicaSetCondition', 'ReplicaSetCondition describes the state of a replica set at a certain point.', () => ({
  lastTransitionTime: f(time, 'The last time the condition transitioned from one status to another.'),
  message: f(string, 'A human readable message indicating details about the transition.'),
  reason: f(string, "The reason for the condition's last transition."),
  status: f(string, 'Status of the condition, one of True, False, Unknown.', true),
  type: f(string, 'Type of replica set condition.', true)
}))

export const StatefulSetStatus: Schema = struct('StatefulSetStatus', 'StatefulSetStatus represents the current state of a StatefulSet.', () => ({
  availableReplicas: f(int32, 'Total number of available pods (ready for at least minReadySeconds) targeted by this statefulset.'),
  collisionCount: f(int32, 'collisionCount is the count of hash collisions for the StatefulSet. The StatefulSet controller uses this field as a collision avoidance mechanism when it needs to create the name for the newest ControllerRevision.'),
  conditions: f(array(StatefulSetCondition), "Represents the latest available observations of a statefulset's current state."),
  currentReplicas: f(int32, 'currentReplicas is the number of Pods created by the StatefulSet controller from the StatefulSet version indicated by currentRevision.'),
  currentRevision: f(string, 'currentRevision, if not empty, indicates the version of the StatefulSet used to generate Pods in the sequence [0,currentReplicas).'),
  observedGeneration: f(int64, "observedGeneration is the most recent generation observed for this StatefulSet. It corresponds to the StatefulSet's generation, which is updated on mutation by the API Server."),
  readyReplicas: f(int32, 'readyReplicas is the number of pods created for this StatefulSet with a Ready Condition.'),
  replicas: f(int32, 'replicas is the number of Pods created by the StatefulSet controller.', true),
  updateRevision: f(string, 'updateRevision, if not empty, indicates the version of the StatefulSet used to generate Pods in the sequence [replicas-updatedReplicas,replicas)'),
  updatedReplicas: f(int32, 'updatedReplicas is the number of Pods created by the StatefulSet controller from the StatefulSet version indicated by updateRevision.')
}))

const StatefulSetCondition: Schema = struct('StatefulSetCondition', 'StatefulSetCondition describes the state of a statefulset at a certain point.', () => ({
  lastTransitionTime: f(time, 'Last time the condition transitioned from one status to another.'),
  message: f(string, 'A human readable message indicating details about the transition.'),
  reason: f(string, "The reason for the condition's last transition."),
  status: f(string, 'Status of the condition, one of True, False, Unknown.', true),
  type: f(string, 'Type of statefulset condition.', true)
}))

export const DaemonSetStatus: Schema = struct('DaemonSetStatus', 'DaemonSetStatus represents the current status of a daemon set.', () => ({
  collisionCount: f(int32, 'Count of hash collisions for the DaemonSet. The DaemonSet controller uses this field as a collision avoidance mechanism when it needs to create the name for the newest ControllerRevision.'),
  conditions: f(array(DaemonSetCondition), "Represents the latest available observations of a DaemonSet's current state."),
  currentNumberScheduled: f(int32, 'The number of nodes that are running at least 1 daemon pod and are supposed to run the daemon pod. More info: https://kubernetes.io/docs/concepts/workloads/controllers/daemonset/', true),
  desiredNumberScheduled: f(int32, 'The total number of nodes that should be running the daemon pod (including nodes correctly running the daemon pod). More info: https://kubernetes.io/docs/concepts/workloads/controllers/daemonset/', true),
  numberAvailable: f(int32, 'The number of nodes that should be running the daemon pod and have one or more of the daemon pod running and available (ready for at least spec.minReadySeconds)'),
  numberMisscheduled: f(int32, 'The number of nodes that are running the daemon pod, but are not supposed to run the daemon pod. More info: https://kubernetes.io/docs/concepts/workloads/controllers/daemonset/', true),
  numberReady: f(int32, 'numberReady is the number of nodes that should be running the daemon pod and have one or more of the daemon pod running with a Ready Condition.', true),
  numberUnavailable: f(int32, 'The number of nodes that should be running the daemon pod and have none of the daemon pod running and available (ready for at least spec.minReadySeconds)'),
  observedGeneration: f(int64, 'The most recent generation observed by the daemon set controller.'),
  updatedNumberScheduled: f(int32, 'The total number of nodes that are running updated daemon pod')
}))

const DaemonSetCondition: Schema = struct('DaemonSetCondition', 'DaemonSetCondition describes the state of a DaemonSet at a certain point.', () => ({
  lastTransitionTime: f(time, 'Last time the condition transitioned from one status to another.'),
  message: f(string, 'A human readable message indicating details about the transition.'),
  reason: f(string, "The reason for the condition's last transition."),
  status: f(string, 'Status of the condition, one of True, False, Unknown.', true),
  type: f(string, 'Type of DaemonSet condition.', true)
}))

export const JobStatus: Schema = struct('JobStatus', 'JobStatus represents the current state of a Job.', () => ({
  active: f(int32, 'The number of pending and running pods which are not terminating (without a deletionTimestamp). The value is zero for finished jobs.'),
  completedIndexes: f(string, 'completedIndexes holds the completed indexes when .spec.completionMode = "Indexed" in a text format. The indexes are represented as decimal integers separated by commas. The numbers are listed in increasing order. Three or more consecutive numbers are compressed and represented by the first and last element of the series, separated by a hyphen. For example, if the completed indexes are 1, 3, 4, 5 and 7, they are represented as "1,3-5,7".'),
  completionTime: f(time, 'Represents time when the job was completed. It is not guaranteed to be set in happens-before order across separate operations. It is represented in RFC3339 form and is in UTC. The completion time is set when the job finishes successfully, and only then. The value cannot be updated or removed. The value indicates the same or later point in time as the startTime field.'),
  conditions: f(array(JobCondition), "The latest available observations of an object's current state. When a Job fails, one of the conditions will have type \"Failed\" and status true. When a Job is suspended, one of the conditions will have type \"Suspended\" and status true; when the Job is resumed, the status of this condition will become false. When a Job is completed, one of the conditions will have type \"Complete\" and status true.\n\nA job is considered finished when it is in a terminal condition, either \"Complete\" or \"Failed\". A Job cannot have both the \"Complete\" and \"Failed\" conditions. Additionally, it cannot be in the \"Complete\" and \"FailureTarget\" conditions. The \"Complete\", \"Failed\" and \"FailureTarget\" conditions cannot be disabled.\n\nMore info: https://kubernetes.io/docs/concepts/workloads/controllers/jobs-run-to-completion/"),
  failed: f(int32, 'The number of pods which reached phase Failed. The value increases monotonically.'),
  failedIndexes: f(string, 'FailedIndexes holds the failed indexes when spec.backoffLimitPerIndex is set. The indexes are represented in the text format analogous as for the `completedIndexes` field, ie. they are kept as decimal integers separated by commas. The numbers are listed in increasing order. Three or more consecutive numbers are compressed and represented by the first and last element of the series, separated by a hyphen. For example, if the failed indexes are 1, 3, 4, 5 and 7, they are represented as "1,3-5,7". The set of failed indexes cannot overlap with the set of completed indexes.\n\nThis field is beta-level. It can be used when the `JobBackoffLimitPerIndex` feature gate is enabled (enabled by default).'),
  ready: f(int32, 'The number of active pods which have a Ready condition and are not terminating (without a deletionTimestamp).'),
  startTime: f(time, 'Represents time when the job controller started processing a job. When a Job is created in the suspended state, this field is not set until the first time it is resumed. This field is reset every time a Job is resumed from suspension. It is represented in RFC3339 form and is in UTC.\n\nOnce set, the field can only be removed when the job is suspended. The field cannot be modified while the job is unsuspended or finished.'),
  succeeded: f(int32, 'The number of pods which reached phase Succeeded. The value increases monotonically for a given spec. However, it may decrease in reaction to scale down of elastic indexed jobs.'),
  terminating: f(int32, 'The number of pods which are terminating (in phase Pending or Running and have a deletionTimestamp).\n\nThis field is beta-level. The job controller populates the field when the feature gate JobPodReplacementPolicy is enabled (enabled by default).'),
  uncountedTerminatedPods: f(UncountedTerminatedPods, "uncountedTerminatedPods holds the UIDs of Pods that have terminated but the job controller hasn't yet accounted for in the status counters.\n\nThe job controller creates pods with a finalizer. When a pod terminates (succeeded or failed), the controller does three steps to account for it in the job status:\n\n1. Add the pod UID to the arrays in this field. 2. Remove the pod finalizer. 3. Remove the pod UID from the arrays while increasing the corresponding\n    counter.\n\nOld jobs might not be tracked using this field, in which case the field remains null. The structure is empty for finished jobs.")
}))

const JobCondition: Schema = struct('JobCondition', 'JobCondition describes current state of a job.', () => ({
  lastProbeTime: f(time, 'Last time the condition was checked.'),
  lastTransitionTime: f(time, 'Last time the condition transit from one status to another.'),
  message: f(string, 'Human readable message indicating details about last transition.'),
  reason: f(string, "(brief) reason for the condition's last transition."),
  status: f(string, 'Status of the condition, one of True, False, Unknown.', true),
  type: f(string, 'Type of job condition, Complete or Failed.', true)
}))

const UncountedTerminatedPods: Schema = struct('UncountedTerminatedPods', "UncountedTerminatedPods holds UIDs of Pods that have terminated but haven't been accounted in Job status counters.", () => ({
  failed: f(array(string), 'failed holds UIDs of failed Pods.'),
  succeeded: f(array(string), 'succeeded holds UIDs of succeeded Pods.')
}))


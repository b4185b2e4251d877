// Assembles a simulated cluster: API server with its admission chain, the controllers in
// the order they settle, the scheduler, the kubelets and the node-side services.
import { ApiServer } from './api/server'
import { defaultStorageClass, defaultTolerationSeconds, namespaceLifecycle, priority, serviceAccount, storageProtection } from './admission/core'
import { limitRanger } from './admission/limits'
import { resourceQuota } from './admission/quota'
import { SimCluster } from './cluster'
import type { Ctx } from './controllers/context'
import { CronJobController } from './controllers/cronjob'
import { DaemonSetController } from './controllers/daemonset'
import { DeploymentController } from './controllers/deployment'
import { DisruptionController } from './controllers/disruption'
import { EndpointsController } from './controllers/endpoints'
import { EventRecorder } from './controllers/events'
import { GarbageCollector } from './controllers/gc'
import { HpaController } from './controllers/hpa'
import { JobController } from './controllers/job'
import { NamespaceController } from './controllers/namespace'
import { NodeLifecycleController } from './controllers/nodelifecycle'
import { QuotaController } from './controllers/quota'
import { ReplicaSetController } from './controllers/replicaset'
import { StatefulSetController } from './controllers/statefulset'
import { TaintEvictionController } from './controllers/tainteviction'
import { VolumeController } from './controllers/volumes'
import { NodeHeartbeats } from './kubelet/heartbeat'
import { Kubelet } from './kubelet/kubelet'
import { KubeletServices } from './kubelet/services'
import type { Sim } from './runtime/sim'
import { Scheduler } from './scheduler/scheduler'
import './kinds/index'

export interface Assembly {
  cluster: SimCluster
  ctx: Ctx
  events: EventRecorder
  scheduler: Scheduler
  kubelet: Kubelet
  heartbeats: NodeHeartbeats
}

export function assemble(sim: Sim): Assembly {
  const server = new ApiServer(sim)
  server.admission.push(namespaceLifecycle, limitRanger, serviceAccount, priority, defaultTolerationSeconds, defaultStorageClass, storageProtection, resourceQuota)
  const events = new EventRecorder(sim)
  const ctx: Ctx = { sim, server, events }
  new NamespaceController(ctx)
  new GarbageCollector(ctx)
  new DeploymentController(ctx)
  new ReplicaSetController(ctx)
  new DaemonSetController(ctx)
  new StatefulSetController(ctx)
  new JobController(ctx)
  new CronJobController(ctx)
  new VolumeController(ctx)
  const scheduler = new Scheduler(ctx)
  const kubelet = new Kubelet(ctx)
  new EndpointsController(ctx)
  const disruption = new DisruptionController(ctx)
  const lifecycle = new NodeLifecycleController(ctx, kubelet)
  const heartbeats = new NodeHeartbeats(ctx, kubelet)
  new TaintEvictionController(ctx)
  const services = new KubeletServices(ctx, kubelet, lifecycle, disruption)
  new QuotaController(ctx)
  new HpaController(ctx, services)
  return { cluster: new SimCluster(sim, server, services), ctx, events, scheduler, kubelet, heartbeats }
}

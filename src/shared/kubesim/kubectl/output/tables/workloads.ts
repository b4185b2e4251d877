/* eslint-disable @typescript-eslint/no-explicit-any */
import { humanDuration, since } from '../age'
import { containerCells, formatLabels, formatLabelSelector, num, selectorString } from './format'
import { NAME, type TableHandler } from './types'

// printers.go: printDeployment, printReplicaSet, printDaemonSet, printStatefulSet,
// printJob, printCronJob, printHorizontalPodAutoscaler, printReplicationController.

const WIDE_TEMPLATE = [
  { name: 'Containers', priority: 1 as const },
  { name: 'Images', priority: 1 as const },
  { name: 'Selector', priority: 1 as const }
]

export const deploymentTable: TableHandler = {
  columns: [NAME, { name: 'Ready' }, { name: 'Up-to-date' }, { name: 'Available' }, { name: 'Age' }, ...WIDE_TEMPLATE],
  row(d: any, { now }) {
    const [names, images] = containerCells(d.spec?.template?.spec?.containers)
    return [
      d.metadata.name,
      `${d.status?.readyReplicas ?? 0}/${d.spec?.replicas ?? 0}`,
      num(d.status?.updatedReplicas),
      num(d.status?.availableReplicas),
      since(d.metadata.creationTimestamp, now),
      names,
      images,
      selectorString(d.spec?.selector)
    ]
  }
}

export const replicaSetTable: TableHandler = {
  columns: [NAME, { name: 'Desired' }, { name: 'Current' }, { name: 'Ready' }, { name: 'Age' }, ...WIDE_TEMPLATE],
  row(rs: any, { now }) {
    const [names, images] = containerCells(rs.spec?.template?.spec?.containers)
    return [
      rs.metadata.name,
      num(rs.spec?.replicas),
      num(rs.status?.replicas),
      num(rs.status?.readyReplicas),
      since(rs.metadata.creationTimestamp, now),
      names,
      images,
      formatLabelSelector(rs.spec?.selector)
    ]
  }
}

export const replicationControllerTable: TableHandler = {
  columns: replicaSetTable.columns,
  row(rc: any, { now }) {
    const [names, images] = containerCells(rc.spec?.template?.spec?.containers)
    return [
      rc.metadata.name,
      num(rc.spec?.replicas),
      num(rc.status?.replicas),
      num(rc.status?.readyReplicas),
      since(rc.metadata.creationTimestamp, now),
      names,
      images,
      formatLabels(rc.spec?.selector)
    ]
  }
}

export const daemonSetTable: TableHandler = {
  columns: [
    NAME,
    { name: 'Desired' },
    { name: 'Current' },
    { name: 'Ready' },
    { name: 'Up-to-date' },
    { name: 'Available' },
    { name: 'Node Selector' },
    { name: 'Age' },
    ...WIDE_TEMPLATE
  ],
  row(ds: any, { now }) {
    const s = ds.status ?? {}
    const [names, images] = containerCells(ds.spec?.template?.spec?.containers)
    return [
      ds.metadata.name,
      num(s.desiredNumberScheduled),
      num(s.currentNumberScheduled),
      num(s.numberReady),
      num(s.updatedNumberScheduled),
      num(s.numberAvailable),
      formatLabels(ds.spec?.template?.spec?.nodeSelector),
      since(ds.metadata.creationTimestamp, now),
      names,
      images,
      formatLabelSelector(ds.spec?.selector)
    ]
  }
}

export const statefulSetTable: TableHandler = {
  columns: [NAME, { name: 'Ready' }, { name: 'Age' }, WIDE_TEMPLATE[0], WIDE_TEMPLATE[1]],
  row(ss: any, { now }) {
    const [names, images] = containerCells(ss.spec?.template?.spec?.containers)
    return [
      ss.metadata.name,
      `${ss.status?.readyReplicas ?? 0}/${ss.spec?.replicas ?? 0}`,
      since(ss.metadata.creationTimestamp, now),
      names,
      images
    ]
  }
}

function hasCondition(obj: any, type: string): boolean {
  const c = (obj.status?.conditions ?? []).find((x: any) => x.type === type)
  return c?.status === 'True'
}

export const jobTable: TableHandler = {
  columns: [NAME, { name: 'Status' }, { name: 'Completions' }, { name: 'Duration' }, { name: 'Age' }, ...WIDE_TEMPLATE],
  row(job: any, { now }) {
    const spec = job.spec ?? {}
    const st = job.status ?? {}
    const succeeded = st.succeeded ?? 0
    let completions: string
    if (spec.completions !== undefined && spec.completions !== null) completions = `${succeeded}/${spec.completions}`
    else if ((spec.parallelism ?? 0) > 1) completions = `${succeeded}/1 of ${spec.parallelism}`
    else completions = `${succeeded}/1`
    let duration = ''
    if (st.startTime && !st.completionTime) duration = humanDuration(now - Date.parse(st.startTime))
    else if (st.startTime) duration = humanDuration(Date.parse(st.completionTime) - Date.parse(st.startTime))
    let status = 'Running'
    if (hasCondition(job, 'Complete')) status = 'Complete'
    else if (hasCondition(job, 'Failed')) status = 'Failed'
    else if (job.metadata.deletionTimestamp) status = 'Terminating'
    else if (hasCondition(job, 'Suspended')) status = 'Suspended'
    else if (hasCondition(job, 'FailureTarget')) status = 'FailureTarget'
    const [names, images] = containerCells(spec.template?.spec?.containers)
    return [
      job.metadata.name,
      status,
      completions,
      duration,
      since(job.metadata.creationTimestamp, now),
      names,
      images,
      formatLabelSelector(spec.selector)
    ]
  }
}

export const cronJobTable: TableHandler = {
  columns: [
    NAME,
    { name: 'Schedule' },
    { name: 'Timezone' },
    { name: 'Suspend' },
    { name: 'Active' },
    { name: 'Last Schedule' },
    { name: 'Age' },
    ...WIDE_TEMPLATE
  ],
  row(cj: any, { now }) {
    const spec = cj.spec ?? {}
    const jobSpec = spec.jobTemplate?.spec ?? {}
    const [names, images] = containerCells(jobSpec.template?.spec?.containers)
    return [
      cj.metadata.name,
      spec.schedule ?? '',
      spec.timeZone ?? '<none>',
      spec.suspend === undefined || spec.suspend === null ? '<unset>' : spec.suspend ? 'True' : 'False',
      String((cj.status?.active ?? []).length),
      cj.status?.lastScheduleTime ? since(cj.status.lastScheduleTime, now) : '<none>',
      since(cj.metadata.creationTimestamp, now),
      names,
      images,
      formatLabelSelector(jobSpec.selector)
    ]
  }
}

function hpaMetrics(hpa: any): string {
  const specs: any[] = hpa.spec?.metrics ?? []
  const statuses: any[] = hpa.status?.currentMetrics ?? []
  if (!specs.length) return '<none>'
  const list = specs.map((spec, i) => {
    const cur = statuses[i]
    if (spec.type === 'Resource') {
      const t = spec.resource?.target ?? {}
      if (t.averageValue !== undefined) {
        return `${spec.resource.name}: ${cur?.resource?.current?.averageValue ?? '<unknown>'}/${t.averageValue}`
      }
      const current =
        cur?.resource?.current?.averageUtilization !== undefined ? `${cur.resource.current.averageUtilization}%` : '<unknown>'
      const target = t.averageUtilization !== undefined ? `${t.averageUtilization}%` : '<auto>'
      return `${spec.resource?.name}: ${current}/${target}`
    }
    if (spec.type === 'Pods') {
      return `${cur?.pods?.current?.averageValue ?? '<unknown>'}/${spec.pods?.target?.averageValue}`
    }
    return '<unknown type>'
  })
  if (list.length > 2) return `${list.slice(0, 2).join(', ')} + ${list.length - 2} more...`
  return list.join(', ')
}

export const hpaTable: TableHandler = {
  columns: [
    NAME,
    { name: 'Reference' },
    { name: 'Targets' },
    { name: 'MinPods' },
    { name: 'MaxPods' },
    { name: 'Replicas' },
    { name: 'Age' }
  ],
  row(hpa: any, { now }) {
    const ref = hpa.spec?.scaleTargetRef ?? {}
    return [
      hpa.metadata.name,
      `${ref.kind}/${ref.name}`,
      hpaMetrics(hpa),
      hpa.spec?.minReplicas !== undefined ? String(hpa.spec.minReplicas) : '<unset>',
      num(hpa.spec?.maxReplicas),
      num(hpa.status?.currentReplicas),
      since(hpa.metadata.creationTimestamp, now)
    ]
  }
}

export const controllerRevisionTable: TableHandler = {
  columns: [NAME, { name: 'Controller' }, { name: 'Revision' }, { name: 'Age' }],
  row(cr: any, { now }) {
    const owner = (cr.metadata.ownerReferences ?? []).find((o: any) => o.controller)
    let controller = '<none>'
    if (owner) {
      const group = String(owner.apiVersion).includes('/') ? String(owner.apiVersion).split('/')[0] : ''
      controller = `${String(owner.kind).toLowerCase()}${group ? '.' + group : ''}/${owner.name}`
    }
    return [cr.metadata.name, controller, num(cr.revision), since(cr.metadata.creationTimestamp, now)]
  }
}

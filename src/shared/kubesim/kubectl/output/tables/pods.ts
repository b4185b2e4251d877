/* eslint-disable @typescript-eslint/no-explicit-any */
import { since } from '../age'
import { NAME, type TableHandler } from './types'

// printers.go printPod: the STATUS column is worked out from the container states in
// this order: pod phase or reason, init containers, then app containers from last to first.

function isRestartableInit(c: any): boolean {
  return c?.restartPolicy === 'Always'
}

function later(a: string | undefined, b: string | undefined): string | undefined {
  if (!b) return a
  if (!a) return b
  return Date.parse(b) > Date.parse(a) ? b : a
}

export interface PodSummary {
  ready: string
  status: string
  restarts: number
  lastRestart?: string
}

export function podSummary(pod: any): PodSummary {
  const spec = pod.spec ?? {}
  const status = pod.status ?? {}
  const initSpecs: any[] = spec.initContainers ?? []
  const initByName = new Map(initSpecs.map((c) => [c.name, c]))
  let restarts = 0
  let restartableInitRestarts = 0
  let totalContainers = (spec.containers ?? []).length
  let readyContainers = 0
  let lastRestart: string | undefined
  let lastRestartableInit: string | undefined
  let reason: string = status.reason || status.phase || ''
  for (const c of status.conditions ?? []) {
    if (c.type === 'PodScheduled' && c.reason === 'SchedulingGated') reason = 'SchedulingGated'
  }
  for (const c of initSpecs) if (isRestartableInit(c)) totalContainers++

  let initializing = false
  const initStatuses: any[] = status.initContainerStatuses ?? []
  for (let i = 0; i < initStatuses.length; i++) {
    const c = initStatuses[i]
    restarts += c.restartCount ?? 0
    const finished = c.lastState?.terminated?.finishedAt
    lastRestart = later(lastRestart, finished)
    const restartable = isRestartableInit(initByName.get(c.name))
    if (restartable) {
      restartableInitRestarts += c.restartCount ?? 0
      lastRestartableInit = later(lastRestartableInit, finished)
    }
    const term = c.state?.terminated
    const waiting = c.state?.waiting
    if (term && term.exitCode === 0) continue
    if (restartable && c.started) {
      if (c.ready) readyContainers++
      continue
    }
    if (term) {
      reason = !term.reason
        ? term.signal
          ? `Init:Signal:${term.signal}`
          : `Init:ExitCode:${term.exitCode}`
        : `Init:${term.reason}`
    } else if (waiting?.reason && waiting.reason !== 'PodInitializing') {
      reason = `Init:${waiting.reason}`
    } else {
      reason = `Init:${i}/${initSpecs.length}`
    }
    initializing = true
    break
  }

  const initialized = (status.conditions ?? []).some((c: any) => c.type === 'Initialized' && c.status === 'True')
  if (!initializing || initialized) {
    restarts = restartableInitRestarts
    lastRestart = lastRestartableInit
    let hasRunning = false
    const statuses: any[] = status.containerStatuses ?? []
    for (let i = statuses.length - 1; i >= 0; i--) {
      const c = statuses[i]
      restarts += c.restartCount ?? 0
      lastRestart = later(lastRestart, c.lastState?.terminated?.finishedAt)
      const waiting = c.state?.waiting
      const term = c.state?.terminated
      if (waiting?.reason) reason = waiting.reason
      else if (term?.reason) reason = term.reason
      else if (term) reason = term.signal ? `Signal:${term.signal}` : `ExitCode:${term.exitCode}`
      else if (c.ready && c.state?.running) {
        hasRunning = true
        readyContainers++
      }
    }
    if (reason === 'Completed' && hasRunning) {
      const podReady = (status.conditions ?? []).some((c: any) => c.type === 'Ready' && c.status === 'True')
      reason = podReady ? 'Running' : 'NotReady'
    }
  }

  const deleting = !!pod.metadata?.deletionTimestamp
  if (deleting && status.reason === 'NodeLost') reason = 'Unknown'
  else if (deleting && status.phase !== 'Succeeded' && status.phase !== 'Failed') reason = 'Terminating'

  return { ready: `${readyContainers}/${totalContainers}`, status: reason, restarts, lastRestart }
}

export const podTable: TableHandler = {
  columns: [
    NAME,
    { name: 'Ready' },
    { name: 'Status' },
    { name: 'Restarts' },
    { name: 'Age' },
    { name: 'IP', priority: 1 },
    { name: 'Node', priority: 1 },
    { name: 'Nominated Node', priority: 1 },
    { name: 'Readiness Gates', priority: 1 }
  ],
  row(pod: any, { now }) {
    const s = podSummary(pod)
    const restarts = s.restarts !== 0 && s.lastRestart ? `${s.restarts} (${since(s.lastRestart, now)} ago)` : String(s.restarts)
    const gates: any[] = pod.spec?.readinessGates ?? []
    let readinessGates = '<none>'
    if (gates.length) {
      const conds: any[] = pod.status?.conditions ?? []
      const trueCount = gates.filter((g) => conds.find((c) => c.type === g.conditionType)?.status === 'True').length
      readinessGates = `${trueCount}/${gates.length}`
    }
    return [
      pod.metadata.name,
      s.ready,
      s.status,
      restarts,
      since(pod.metadata.creationTimestamp, now),
      pod.status?.podIPs?.[0]?.ip || pod.status?.podIP || '<none>',
      pod.spec?.nodeName || '<none>',
      pod.status?.nominatedNodeName || '<none>',
      readinessGates
    ]
  }
}

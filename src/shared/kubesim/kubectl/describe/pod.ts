/* eslint-disable @typescript-eslint/no-explicit-any */
import type { KubeObject } from '../../engine/contract'
import { since } from '../output/age'
import { annotationsMultiline, controllerOf, describeEvents, labelsMultiline, rfc1123z, tolerationsMultiline } from './common'
import { describeContainers, describeVolumes } from './containers'
import { DescribeWriter } from './writer'

// describePod (describe.go) and qos.GetPodQOS.

function podQOS(pod: any): string {
  const containers: any[] = [...(pod.spec?.initContainers ?? []), ...(pod.spec?.containers ?? [])]
  let anySet = false
  let guaranteed = true
  for (const c of containers) {
    const req = c.resources?.requests ?? {}
    const lim = c.resources?.limits ?? {}
    for (const r of ['cpu', 'memory']) {
      if (req[r] !== undefined || lim[r] !== undefined) anySet = true
      const request = req[r] ?? lim[r]
      if (lim[r] === undefined || request !== lim[r]) guaranteed = false
    }
  }
  if (!anySet) return 'BestEffort'
  return guaranteed ? 'Guaranteed' : 'Burstable'
}

export function describePod(pod: KubeObject, events: KubeObject[] | undefined, now: number): string {
  const w = new DescribeWriter()
  const spec = pod.spec ?? {}
  const status = pod.status ?? {}
  w.write(0, `Name:\t${pod.metadata.name}\n`)
  w.write(0, `Namespace:\t${pod.metadata.namespace}\n`)
  if (spec.priority !== undefined) w.write(0, `Priority:\t${spec.priority}\n`)
  if (spec.priorityClassName) w.write(0, `Priority Class Name:\t${spec.priorityClassName}\n`)
  if (spec.runtimeClassName) w.write(0, `Runtime Class Name:\t${spec.runtimeClassName}\n`)
  if (spec.serviceAccountName) w.write(0, `Service Account:\t${spec.serviceAccountName}\n`)
  w.write(0, spec.nodeName ? `Node:\t${spec.nodeName}/${status.hostIP ?? ''}\n` : 'Node:\t<none>\n')
  if (status.startTime) w.write(0, `Start Time:\t${rfc1123z(status.startTime)}\n`)
  labelsMultiline(w, 'Labels', pod.metadata.labels)
  annotationsMultiline(w, 'Annotations', pod.metadata.annotations)
  if (pod.metadata.deletionTimestamp && status.phase !== 'Failed' && status.phase !== 'Succeeded') {
    w.write(0, `Status:\tTerminating (lasts ${since(pod.metadata.deletionTimestamp, now)})\n`)
    w.write(0, `Termination Grace Period:\t${pod.metadata.deletionGracePeriodSeconds ?? 30}s\n`)
  } else {
    w.write(0, `Status:\t${status.phase ?? ''}\n`)
  }
  if (status.reason) w.write(0, `Reason:\t${status.reason}\n`)
  if (status.message) w.write(0, `Message:\t${status.message}\n`)
  w.write(0, `IP:\t${status.podIP ?? ''}\n`)
  const ips: any[] = status.podIPs ?? []
  if (!ips.length) w.write(0, 'IPs:\t<none>\n')
  else {
    w.write(0, 'IPs:\n')
    for (const ip of ips) w.write(1, `IP:\t${ip.ip}\n`)
  }
  const controlledBy = controllerOf(pod)
  if (controlledBy) w.write(0, `Controlled By:\t${controlledBy}\n`)
  if (status.nominatedNodeName) w.write(0, `NominatedNodeName:\t${status.nominatedNodeName}\n`)
  if (spec.initContainers?.length) describeContainers(w, 'Init Containers', spec.initContainers, status.initContainerStatuses, pod, '')
  describeContainers(w, 'Containers', spec.containers, status.containerStatuses, pod, '')
  if (spec.readinessGates?.length) {
    w.write(0, 'Readiness Gates:\n  Type\tStatus\n')
    for (const g of spec.readinessGates) {
      const c = (status.conditions ?? []).find((x: any) => x.type === g.conditionType)
      w.write(1, `${g.conditionType} \t${c ? c.status : '<none>'} \n`)
    }
  }
  if (status.conditions?.length) {
    w.write(0, 'Conditions:\n  Type\tStatus\n')
    for (const c of status.conditions) w.write(1, `${c.type} \t${c.status} \n`)
  }
  describeVolumes(w, spec.volumes, '')
  w.write(0, `QoS Class:\t${podQOS(pod)}\n`)
  labelsMultiline(w, 'Node-Selectors', spec.nodeSelector)
  tolerationsMultiline(w, 'Tolerations', spec.tolerations)
  describeEvents(w, events, now)
  return w.toString()
}

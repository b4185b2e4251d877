/* eslint-disable @typescript-eslint/no-explicit-any */
import { labelsMultiline, annotationsMultiline, printBool, rfc1123z, tolerationsMultiline } from './common'
import type { DescribeWriter } from './writer'

// describeContainers, describeVolumes and DescribePodTemplate (describe.go).

const RESOURCE_ORDER = ['cpu', 'memory', 'ephemeral-storage', 'storage']

/** SortedResourceNames: the standard resources first, then by name. */
export function sortedResourceNames(list: Record<string, unknown> | undefined): string[] {
  return Object.keys(list ?? {}).sort((a, b) => {
    const ia = RESOURCE_ORDER.indexOf(a)
    const ib = RESOURCE_ORDER.indexOf(b)
    if (ia >= 0 || ib >= 0) return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib)
    return a < b ? -1 : a > b ? 1 : 0
  })
}

function probeText(p: any): string {
  const attrs = `delay=${p.initialDelaySeconds ?? 0}s timeout=${p.timeoutSeconds ?? 1}s period=${p.periodSeconds ?? 10}s #success=${p.successThreshold ?? 1} #failure=${p.failureThreshold ?? 3}`
  if (p.exec) return `exec [${(p.exec.command ?? []).join(' ')}] ${attrs}`
  if (p.httpGet) {
    const scheme = String(p.httpGet.scheme ?? 'HTTP').toLowerCase()
    const port = p.httpGet.port !== undefined ? String(p.httpGet.port) : ''
    const host = port ? `${p.httpGet.host ?? ''}:${port}` : p.httpGet.host ?? ''
    return `http-get ${scheme}://${host}${p.httpGet.path ?? ''} ${attrs}`
  }
  if (p.tcpSocket) return `tcp-socket ${p.tcpSocket.host ?? ''}:${p.tcpSocket.port} ${attrs}`
  if (p.grpc) return `grpc <pod>:${p.grpc.port} ${p.grpc.service ?? ''} ${attrs}`
  return `unknown ${attrs}`
}

function describeState(w: DescribeWriter, name: string, state: any): void {
  if (state?.running) {
    w.write(2, `${name}:\tRunning\n`)
    w.write(3, `Started:\t${rfc1123z(state.running.startedAt)}\n`)
  } else if (state?.waiting) {
    w.write(2, `${name}:\tWaiting\n`)
    if (state.waiting.reason) w.write(3, `Reason:\t${state.waiting.reason}\n`)
  } else if (state?.terminated) {
    const t = state.terminated
    w.write(2, `${name}:\tTerminated\n`)
    if (t.reason) w.write(3, `Reason:\t${t.reason}\n`)
    if (t.message) w.write(3, `Message:\t${t.message}\n`)
    w.write(3, `Exit Code:\t${t.exitCode ?? 0}\n`)
    if (t.signal > 0) w.write(3, `Signal:\t${t.signal}\n`)
    w.write(3, `Started:\t${rfc1123z(t.startedAt)}\n`)
    w.write(3, `Finished:\t${rfc1123z(t.finishedAt)}\n`)
  } else {
    w.write(2, `${name}:\tWaiting\n`)
  }
}

function envValue(pod: any, e: any): string {
  const path: string = e.valueFrom.fieldRef.fieldPath
  const simple: Record<string, () => unknown> = {
    'metadata.name': () => pod?.metadata?.name,
    'metadata.namespace': () => pod?.metadata?.namespace,
    'metadata.uid': () => pod?.metadata?.uid,
    'spec.nodeName': () => pod?.spec?.nodeName,
    'spec.serviceAccountName': () => pod?.spec?.serviceAccountName,
    'status.podIP': () => pod?.status?.podIP,
    'status.hostIP': () => pod?.status?.hostIP
  }
  const m = /^metadata\.(labels|annotations)\['(.*)'\]$/.exec(path)
  if (m) return String(pod?.metadata?.[m[1]]?.[m[2]] ?? '')
  return String(simple[path]?.() ?? '')
}

export function describeContainers(w: DescribeWriter, label: string, containers: any[] | undefined, statuses: any[] | undefined, pod: any, space: string): void {
  const list = containers ?? []
  w.write(0, `${space}${label}:${list.length ? '' : ' <none>'}\n`)
  const byName = new Map((statuses ?? []).map((s) => [s.name, s]))
  for (const c of list) {
    const status = byName.get(c.name)
    w.write(1, `${space ? ' ' : ''}${c.name}:\n`)
    if (status) w.write(2, `Container ID:\t${status.containerID ?? ''}\n`)
    w.write(2, `Image:\t${c.image ?? ''}\n`)
    if (status) w.write(2, `Image ID:\t${status.imageID ?? ''}\n`)
    const ports = (c.ports ?? []).map((p: any) => `${p.containerPort}/${p.protocol ?? 'TCP'}`).join(', ')
    w.write(2, ports.includes(',') ? `Ports:\t${ports}\n` : `Port:\t${ports || '<none>'}\n`)
    const hostPorts = (c.ports ?? []).map((p: any) => `${p.hostPort ?? 0}/${p.protocol ?? 'TCP'}`).join(', ')
    w.write(2, hostPorts.includes(',') ? `Host Ports:\t${hostPorts}\n` : `Host Port:\t${hostPorts || '<none>'}\n`)
    if (c.command?.length) {
      w.write(2, 'Command:\n')
      for (const x of c.command) for (const s of String(x).split('\n')) w.write(3, `${s}\n`)
    }
    if (c.args?.length) {
      w.write(2, 'Args:\n')
      for (const x of c.args) for (const s of String(x).split('\n')) w.write(3, `${s}\n`)
    }
    if (status) {
      describeState(w, 'State', status.state)
      if (status.lastState?.terminated) describeState(w, 'Last State', status.lastState)
      w.write(2, `Ready:\t${printBool(status.ready)}\n`)
      w.write(2, `Restart Count:\t${status.restartCount ?? 0}\n`)
    }
    const res = c.resources ?? {}
    if (Object.keys(res.limits ?? {}).length) w.write(2, 'Limits:\n')
    for (const n of sortedResourceNames(res.limits)) w.write(3, `${n}:\t${res.limits[n]}\n`)
    if (Object.keys(res.requests ?? {}).length) w.write(2, 'Requests:\n')
    for (const n of sortedResourceNames(res.requests)) w.write(3, `${n}:\t${res.requests[n]}\n`)
    if (c.livenessProbe) w.write(2, `Liveness:\t${probeText(c.livenessProbe)}\n`)
    if (c.readinessProbe) w.write(2, `Readiness:\t${probeText(c.readinessProbe)}\n`)
    if (c.startupProbe) w.write(2, `Startup:\t${probeText(c.startupProbe)}\n`)
    if (c.envFrom?.length) {
      w.write(2, 'Environment Variables from:\n')
      for (const e of c.envFrom) {
        const from = e.configMapRef ? 'ConfigMap' : 'Secret'
        const ref = e.configMapRef ?? e.secretRef ?? {}
        const kind = e.prefix ? `${from} with prefix '${e.prefix}'` : from
        w.write(3, `${ref.name}\t${kind}\tOptional: ${!!ref.optional}\n`)
      }
    }
    w.write(2, `Environment:${c.env?.length ? '' : '\t<none>'}\n`)
    for (const e of c.env ?? []) {
      if (!e.valueFrom) {
        String(e.value ?? '')
          .split('\n')
          .forEach((s, i) => w.write(3, i === 0 ? `${e.name}:\t${s}\n` : `\t${s}\n`))
      } else if (e.valueFrom.fieldRef) {
        w.write(3, `${e.name}:\t${pod ? envValue(pod, e) : ''} (${e.valueFrom.fieldRef.apiVersion ?? 'v1'}:${e.valueFrom.fieldRef.fieldPath})\n`)
      } else if (e.valueFrom.resourceFieldRef) {
        w.write(3, `${e.name}:\t (${e.valueFrom.resourceFieldRef.resource})\n`)
      } else if (e.valueFrom.secretKeyRef) {
        const r = e.valueFrom.secretKeyRef
        w.write(3, `${e.name}:\t<set to the key '${r.key}' in secret '${r.name}'>\tOptional: ${!!r.optional}\n`)
      } else if (e.valueFrom.configMapKeyRef) {
        const r = e.valueFrom.configMapKeyRef
        w.write(3, `${e.name}:\t<set to the key '${r.key}' of config map '${r.name}'>\tOptional: ${!!r.optional}\n`)
      }
    }
    const mounts = [...(c.volumeMounts ?? [])].sort((a, b) => (a.mountPath < b.mountPath ? -1 : 1))
    w.write(2, `Mounts:${mounts.length ? '' : '\t<none>'}\n`)
    for (const m of mounts) {
      const flags = [m.readOnly ? 'ro' : 'rw', ...(m.subPath ? [`path=${JSON.stringify(m.subPath)}`] : [])]
      w.write(3, `${m.mountPath} from ${m.name} (${flags.join(',')})\n`)
    }
  }
}

export function describeVolumes(w: DescribeWriter, volumes: any[] | undefined, space: string): void {
  if (!volumes?.length) {
    w.write(0, `${space}Volumes:\t<none>\n`)
    return
  }
  w.write(0, `${space}Volumes:\n`)
  for (const v of volumes) {
    w.write(1, `${space ? ' ' : ''}${v.name}:\n`)
    if (v.hostPath) {
      w.write(2, `Type:\tHostPath (bare host directory volume)\n    Path:\t${v.hostPath.path}\n    HostPathType:\t${v.hostPath.type || '<none>'}\n`)
    } else if (v.emptyDir) {
      w.write(2, `Type:\tEmptyDir (a temporary directory that shares a pod's lifetime)\n    Medium:\t${v.emptyDir.medium ?? ''}\n    SizeLimit:\t${v.emptyDir.sizeLimit ?? '<unset>'}\n`)
    } else if (v.secret) {
      w.write(2, `Type:\tSecret (a volume populated by a Secret)\n    SecretName:\t${v.secret.secretName}\n    Optional:\t${!!v.secret.optional}\n`)
    } else if (v.configMap) {
      w.write(2, `Type:\tConfigMap (a volume populated by a ConfigMap)\n    Name:\t${v.configMap.name}\n    Optional:\t${!!v.configMap.optional}\n`)
    } else if (v.persistentVolumeClaim) {
      w.write(2, `Type:\tPersistentVolumeClaim (a reference to a PersistentVolumeClaim in the same namespace)\n    ClaimName:\t${v.persistentVolumeClaim.claimName}\n    ReadOnly:\t${!!v.persistentVolumeClaim.readOnly}\n`)
    } else if (v.projected) {
      w.write(2, 'Type:\tProjected (a volume that contains injected data from multiple sources)\n')
      for (const s of v.projected.sources ?? []) {
        if (s.secret) w.write(2, `SecretName:\t${s.secret.name}\n    SecretOptionalName:\t${s.secret.optional === undefined ? '<nil>' : s.secret.optional}\n`)
        else if (s.downwardAPI) w.write(2, 'DownwardAPI:\ttrue\n')
        else if (s.configMap) w.write(2, `ConfigMapName:\t${s.configMap.name}\n    ConfigMapOptional:\t${s.configMap.optional === undefined ? '<nil>' : s.configMap.optional}\n`)
        else if (s.serviceAccountToken) w.write(2, `TokenExpirationSeconds:\t${s.serviceAccountToken.expirationSeconds ?? 3600}\n`)
      }
    } else if (v.downwardAPI) {
      w.write(2, 'Type:\tDownwardAPI (a volume populated by information about the pod)\n    Items:\n')
      for (const item of v.downwardAPI.items ?? []) {
        if (item.fieldRef) w.write(3, `${item.fieldRef.fieldPath} -> ${item.path}\n`)
        if (item.resourceFieldRef) w.write(3, `${item.resourceFieldRef.resource} -> ${item.path}\n`)
      }
    } else if (v.nfs) {
      w.write(2, `Type:\tNFS (an NFS mount that lasts the lifetime of a pod)\n    Server:\t${v.nfs.server}\n    Path:\t${v.nfs.path}\n    ReadOnly:\t${!!v.nfs.readOnly}\n`)
    } else {
      w.write(1, '<unknown>\n')
    }
  }
}

export function describePodTemplate(w: DescribeWriter, template: any): void {
  w.write(0, 'Pod Template:\n')
  if (!template) {
    w.write(1, '<unset>')
    return
  }
  const meta = template.metadata ?? {}
  const spec = template.spec ?? {}
  labelsMultiline(w, '  Labels', meta.labels)
  if (Object.keys(meta.annotations ?? {}).length) annotationsMultiline(w, '  Annotations', meta.annotations)
  if (spec.serviceAccountName) w.write(1, `Service Account:\t${spec.serviceAccountName}\n`)
  if (spec.initContainers?.length) describeContainers(w, 'Init Containers', spec.initContainers, undefined, undefined, '  ')
  describeContainers(w, 'Containers', spec.containers, undefined, undefined, '  ')
  describeVolumes(w, spec.volumes, '  ')
  if (spec.priorityClassName) w.write(1, `Priority Class Name:\t${spec.priorityClassName}\n`)
  labelsMultiline(w, '  Node-Selectors', spec.nodeSelector)
  tolerationsMultiline(w, '  Tolerations', spec.tolerations)
}

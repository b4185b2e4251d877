import { describe, expect, it } from 'vitest'
import { alignColumns } from '../../../../src/shared/kubesim/kubectl/output/tabwriter'
import { parseCustomColumns, renderCustomColumns } from '../../../../src/shared/kubesim/kubectl/output/custom-columns'
import { podSummary } from '../../../../src/shared/kubesim/kubectl/output/tables/pods'
import { formatLabelSelector } from '../../../../src/shared/kubesim/kubectl/output/tables/format'

describe('tabwriter (cli-runtime printers/tabwriter.go: minwidth 6, padding 3)', () => {
  it('pads every column but the last by 3, never under 6', () => {
    expect(alignColumns([['NAME', 'READY', 'AGE'], ['web-1', '1/1', '5s']])).toBe('NAME    READY   AGE\nweb-1   1/1     5s\n')
    expect(alignColumns([['A', 'B'], ['x', '']])).toBe('A     B\nx     \n')
  })
})

describe('custom-columns (kubectl get/customcolumn.go)', () => {
  it('prints <none> for missing values and joins lists with commas', () => {
    const cols = parseCustomColumns('NAME:.metadata.name,IMAGES:.spec.containers[*].image,NODE:.spec.nodeName')
    const pods = [{ metadata: { name: 'web' }, spec: { containers: [{ image: 'nginx' }, { image: 'busybox' }] } }]
    expect(renderCustomColumns(cols, pods, false)).toBe('NAME   IMAGES          NODE\nweb    nginx,busybox   <none>\n')
  })
  it('rejects a spec without a colon', () => {
    expect(() => parseCustomColumns('NAME')).toThrow('unexpected custom-columns spec: NAME, expected <header>:<json-path-expr>')
  })
})

describe('pod STATUS (printers.go printPod)', () => {
  const base = { metadata: { name: 'p' }, spec: { containers: [{ name: 'c' }] } }
  it('shows the waiting reason of a container', () => {
    const pod = { ...base, status: { phase: 'Pending', containerStatuses: [{ name: 'c', ready: false, restartCount: 0, state: { waiting: { reason: 'ImagePullBackOff' } } }] } }
    expect(podSummary(pod)).toMatchObject({ ready: '0/1', status: 'ImagePullBackOff', restarts: 0 })
  })
  it('shows Init:0/1 while an init container runs', () => {
    const pod = {
      metadata: { name: 'p' },
      spec: { initContainers: [{ name: 'i' }], containers: [{ name: 'c' }] },
      status: {
        phase: 'Pending',
        initContainerStatuses: [{ name: 'i', ready: false, restartCount: 0, state: { running: {} } }],
        containerStatuses: [{ name: 'c', ready: false, restartCount: 0, state: { waiting: { reason: 'PodInitializing' } } }]
      }
    }
    expect(podSummary(pod).status).toBe('Init:0/1')
  })
  it('counts restarts and remembers the last one, and shows Terminating when deleted', () => {
    const pod = {
      metadata: { name: 'p', deletionTimestamp: '2024-01-01T00:00:00Z' },
      spec: base.spec,
      status: {
        phase: 'Running',
        containerStatuses: [
          { name: 'c', ready: true, restartCount: 3, state: { running: {} }, lastState: { terminated: { finishedAt: '2024-01-01T00:00:00Z' } } }
        ]
      }
    }
    expect(podSummary(pod)).toMatchObject({ ready: '1/1', status: 'Terminating', restarts: 3, lastRestart: '2024-01-01T00:00:00Z' })
  })
  it('shows Completed for a finished container', () => {
    const pod = { ...base, status: { phase: 'Succeeded', containerStatuses: [{ name: 'c', ready: false, restartCount: 0, state: { terminated: { reason: 'Completed', exitCode: 0 } } }] } }
    expect(podSummary(pod).status).toBe('Completed')
  })
})

describe('label selectors (metav1.FormatLabelSelector)', () => {
  it('sorts requirements by key', () => {
    expect(formatLabelSelector({ matchLabels: { tier: 'web', app: 'shop' }, matchExpressions: [{ key: 'env', operator: 'In', values: ['prod', 'dev'] }] })).toBe('app=shop,env in (dev,prod),tier=web')
    expect(formatLabelSelector({})).toBe('<none>')
  })
})

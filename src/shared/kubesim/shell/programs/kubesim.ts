import { ApiException, type ClusterApi } from '../../engine/contract'
import { apiErrorMessage } from '../../kubectl/errors'
import type { CommandOutput } from '../types'

// The simulator's own command, for what a real cluster does without asking: a node
// that stops answering (the course's "Panne de Node") and comes back.

const KUBESIM_HELP = `kubesim drives the simulated cluster itself.

Available Commands:
  node fail NODE      Stop the node's kubelet: the node turns NotReady, gets the
                      node.kubernetes.io/unreachable taints, and its pods are evicted
                      and rescheduled elsewhere once the eviction timeout has passed
                      (use "sleep" to let time go by).
  node recover NODE   Start the node's kubelet again: the node turns Ready and the
                      taints are removed.
  help                Show this help.

Usage:
  kubesim node (fail|recover) NODE
`

export function kubesimCommand(cluster: ClusterApi, argv: string[]): CommandOutput {
  const [group, action, node, ...extra] = argv
  if (!group || group === 'help' || group === '--help' || group === '-h') {
    return { stdout: KUBESIM_HELP, stderr: '', exitCode: 0 }
  }
  if (group !== 'node' || (action !== 'fail' && action !== 'recover')) {
    return { stdout: '', stderr: `error: unknown command "${argv.join(' ')}" for "kubesim"\nRun 'kubesim help' for usage.\n`, exitCode: 1 }
  }
  if (!node || extra.length) {
    return { stdout: '', stderr: `error: exactly one NODE is required\nRun 'kubesim help' for usage.\n`, exitCode: 1 }
  }
  try {
    if (action === 'fail') cluster.failNode(node)
    else cluster.recoverNode(node)
    return { stdout: `node/${node} ${action === 'fail' ? 'failed' : 'recovered'}\n`, stderr: '', exitCode: 0 }
  } catch (e) {
    if (e instanceof ApiException) return { stdout: '', stderr: apiErrorMessage(e.status) + '\n', exitCode: 1 }
    throw e
  }
}

// The session's kubeconfig (~/.kube/config of the kubeadm control plane): contexts,
// the current one and its namespace. Plain data, so the console can save it.

export interface KubeContext {
  name: string
  cluster: string
  user: string
  namespace?: string
}

export interface Kubeconfig {
  currentContext: string
  contexts: KubeContext[]
  clusters: { name: string; server: string }[]
  users: { name: string }[]
}

export function defaultKubeconfig(server: string): Kubeconfig {
  return {
    currentContext: 'kubernetes-admin@kubernetes',
    contexts: [{ name: 'kubernetes-admin@kubernetes', cluster: 'kubernetes', user: 'kubernetes-admin' }],
    clusters: [{ name: 'kubernetes', server }],
    users: [{ name: 'kubernetes-admin' }]
  }
}

export function currentContext(config: Kubeconfig, override?: string): KubeContext | undefined {
  const name = override || config.currentContext
  return config.contexts.find((c) => c.name === name)
}

export function serverOf(config: Kubeconfig, ctx: KubeContext | undefined): string {
  return config.clusters.find((c) => c.name === ctx?.cluster)?.server ?? ''
}

/** Who the admin.conf client certificate authenticates as (kubeadm 1.29+). */
export const ADMIN_USER = { username: 'kubernetes-admin', groups: ['kubeadm:cluster-admins', 'system:authenticated'] }

// The configuration objects kubeadm and flannel leave in the cluster.
import type { KubeObject } from '../contract'
import { objectMeta } from '../runtime/objects'

const cm = (namespace: string, name: string, data: Record<string, string>, labels?: Record<string, string>): KubeObject => ({
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: objectMeta({ name, namespace, ...(labels ? { labels } : {}) }),
  data
})

export function systemConfigMaps(apiIP: string, serviceCidr: string, clusterCidr: string): KubeObject[] {
  const server = `https://${apiIP}:6443`
  return [
    cm('kube-system', 'coredns', {
      Corefile: '.:53 {\n    errors\n    health {\n       lameduck 5s\n    }\n    ready\n    kubernetes cluster.local in-addr.arpa ip6.arpa {\n       pods insecure\n       fallthrough in-addr.arpa ip6.arpa\n       ttl 30\n    }\n    prometheus :9153\n    forward . /etc/resolv.conf {\n       max_concurrent 1000\n    }\n    cache 30 {\n       disable success cluster.local\n       disable denial cluster.local\n    }\n    loop\n    reload\n    loadbalance\n}\n'
    }),
    cm('kube-system', 'kube-proxy', {
      'config.conf': `apiVersion: kubeproxy.config.k8s.io/v1alpha1\nbindAddress: 0.0.0.0\nclientConnection:\n  kubeconfig: /var/lib/kube-proxy/kubeconfig.conf\nclusterCIDR: ${clusterCidr}\nkind: KubeProxyConfiguration\nmode: ""\n`,
      'kubeconfig.conf': `apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    certificate-authority: /var/run/secrets/kubernetes.io/serviceaccount/ca.crt\n    server: ${server}\n  name: default\ncontexts:\n- context:\n    cluster: default\n    namespace: default\n    user: default\n  name: default\ncurrent-context: default\nusers:\n- name: default\n  user:\n    tokenFile: /var/run/secrets/kubernetes.io/serviceaccount/token\n`
    }, { app: 'kube-proxy' }),
    cm('kube-system', 'kubeadm-config', {
      ClusterConfiguration: `apiServer: {}\napiVersion: kubeadm.k8s.io/v1beta4\ncaCertificateValidityPeriod: 87600h0m0s\ncertificateValidityPeriod: 8760h0m0s\ncertificatesDir: /etc/kubernetes/pki\nclusterName: kubernetes\ncontrollerManager: {}\ndns: {}\nencryptionAlgorithm: RSA-2048\netcd:\n  local:\n    dataDir: /var/lib/etcd\nimageRepository: registry.k8s.io\nkind: ClusterConfiguration\nkubernetesVersion: v1.31.0\nnetworking:\n  dnsDomain: cluster.local\n  podSubnet: ${clusterCidr}\n  serviceSubnet: ${serviceCidr}\nproxy: {}\nscheduler: {}\n`
    }),
    cm('kube-system', 'kubelet-config', {
      kubelet: 'apiVersion: kubelet.config.k8s.io/v1beta1\nauthentication:\n  anonymous:\n    enabled: false\n  webhook:\n    cacheTTL: 0s\n    enabled: true\n  x509:\n    clientCAFile: /etc/kubernetes/pki/ca.crt\nauthorization:\n  mode: Webhook\ncgroupDriver: systemd\nclusterDNS:\n- 10.96.0.10\nclusterDomain: cluster.local\ncontainerRuntimeEndpoint: ""\nkind: KubeletConfiguration\nrotateCertificates: true\nstaticPodPath: /etc/kubernetes/manifests\n'
    }),
    cm('kube-system', 'extension-apiserver-authentication', {
      'client-ca-file': '-----BEGIN CERTIFICATE-----\n(kubernetes CA)\n-----END CERTIFICATE-----\n',
      'requestheader-allowed-names': '["front-proxy-client"]',
      'requestheader-client-ca-file': '-----BEGIN CERTIFICATE-----\n(front-proxy CA)\n-----END CERTIFICATE-----\n',
      'requestheader-extra-headers-prefix': '["X-Remote-Extra-"]',
      'requestheader-group-headers': '["X-Remote-Group"]',
      'requestheader-username-headers': '["X-Remote-User"]'
    }),
    cm('kube-system', 'kube-apiserver-legacy-service-account-token-tracking', { since: '' }),
    cm('kube-public', 'cluster-info', {
      kubeconfig: `apiVersion: v1\nclusters:\n- cluster:\n    certificate-authority-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t\n    server: ${server}\n  name: ""\ncontexts: null\ncurrent-context: ""\nkind: Config\npreferences: {}\nusers: null\n`
    }),
    cm('kube-flannel', 'kube-flannel-cfg', {
      'cni-conf.json': '{\n  "name": "cbr0",\n  "cniVersion": "0.3.1",\n  "plugins": [\n    {\n      "type": "flannel",\n      "delegate": {\n        "hairpinMode": true,\n        "isDefaultGateway": true\n      }\n    },\n    {\n      "type": "portmap",\n      "capabilities": {\n        "portMappings": true\n      }\n    }\n  ]\n}\n',
      'net-conf.json': `{\n  "Network": "${clusterCidr}",\n  "EnableNFTables": false,\n  "Backend": {\n    "Type": "vxlan"\n  }\n}\n`
    }, { app: 'flannel', 'k8s-app': 'flannel', tier: 'node' })
  ]
}

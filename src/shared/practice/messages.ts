// Every French sentence the check evaluator produces, in one place, so the wording stays
// consistent and another language can be added beside it.

export function formatValue(value: unknown): string {
  if (value === undefined) return 'absent'
  if (typeof value === 'string') return `« ${value} »`
  if (value === null || typeof value !== 'object') return String(value)
  const json = JSON.stringify(value)
  return json.length > 160 ? `${json.slice(0, 157)}…` : json
}

export const fr = {
  object: (kind: string, name: string, namespace: string | undefined) =>
    namespace ? `${kind} « ${name} » (namespace ${namespace})` : `${kind} « ${name} »`,
  scope: (namespace: string | undefined) => (namespace ? `namespace ${namespace}` : 'tous les namespaces'),
  unknownKind: (kind: string) => `type de ressource inconnu du cluster : « ${kind} »`,
  apiError: (message: string) => `le serveur d'API a répondu : ${message}`,
  invalidCheck: (why: string) => `vérification mal écrite : ${why}`,
  internalError: (why: string) => `erreur interne pendant la vérification : ${why}`,
  clusterScope: 'cluster',

  anyOfLabel: (labels: string[]) => labels.join(' — ou — '),
  anyOfFailed: (messages: string[]) => `Aucune des solutions acceptées n'est en place : ${messages.join(' / ')}`,

  exists: (object: string) => `${object} existe`,
  existsFailed: (object: string) => `${object} est introuvable.`,
  absent: (object: string) => `${object} n'existe pas`,
  absentFailed: (object: string) => `${object} existe encore.`,

  fieldLabel: (object: string, path: string, wanted: string) => `${object} : ${path} ${wanted}`,
  fieldFailed: (object: string, path: string, found: string, why: string) =>
    `${object} : ${path} vaut ${found} — ${why}.`,
  objectMissing: (object: string) => `${object} est introuvable, impossible de lire ce champ.`,

  want: {
    equals: (v: string) => `= ${v}`,
    notEquals: (v: string) => `≠ ${v}`,
    contains: (v: string) => `contient ${v}`,
    notContains: (v: string) => `ne contient pas ${v}`,
    matches: (v: string) => `correspond à /${v}/`,
    present: (v: boolean) => (v ? 'est renseigné' : "n'est pas renseigné"),
    empty: (v: boolean) => (v ? 'est vide ou absent' : "n'est pas vide"),
    gte: (v: number) => `≥ ${v}`,
    lte: (v: number) => `≤ ${v}`,
    quantity: (v: string) => `= ${v} (quantité)`,
    decodesTo: (v: string) => `décodé depuis base64 = ${v}`
  },
  why: {
    equals: (v: string) => `attendu ${v}`,
    notEquals: (v: string) => `attendu une autre valeur que ${v}`,
    contains: (v: string) => `attendu qu'il contienne ${v}`,
    notContains: (v: string) => `attendu qu'il ne contienne pas ${v}`,
    matches: (v: string) => `attendu une valeur correspondant à /${v}/`,
    present: (v: boolean) => (v ? 'attendu un champ renseigné' : 'attendu un champ absent'),
    empty: (v: boolean) => (v ? 'attendu vide ou absent' : 'attendu non vide'),
    gte: (v: number) => `attendu au moins ${v}`,
    lte: (v: number) => `attendu au plus ${v}`,
    quantity: (v: string) => `attendu la quantité ${v}`,
    decodesTo: (v: string, decoded: string | undefined) =>
      decoded === undefined ? `attendu du base64 décodant ${v}` : `décodé : « ${decoded} », attendu ${v}`
  },

  count: (c: { count?: number; min?: number; max?: number }) =>
    c.count !== undefined
      ? `exactement ${c.count}`
      : c.min !== undefined && c.max !== undefined
        ? `entre ${c.min} et ${c.max}`
        : c.min !== undefined
          ? `au moins ${c.min}`
          : `au plus ${c.max}`,

  podsOf: (workload: string) => `Pods de ${workload}`,
  podsSelected: (selector: string, scope: string) =>
    selector ? `Pods ${selector} (${scope})` : `Pods (${scope})`,
  podsOnNode: (node: string) => `sur ${node}`,
  exceptDaemonSets: 'hors DaemonSets',
  podConditions: (c: { phase?: string; ready?: boolean; image?: string; waitingReason?: string }) =>
    [
      c.phase && `en phase ${c.phase}`,
      c.ready === true && 'prêts',
      c.ready === false && 'non prêts',
      c.image && `avec l'image ${c.image}`,
      c.waitingReason && `en attente ${c.waitingReason}`
    ]
      .filter(Boolean)
      .join(', '),
  podsLabel: (pods: string, wanted: string, conditions: string) =>
    `${pods} : ${wanted}${conditions ? ` ${conditions}` : ''}`,
  podsFailed: (pods: string, total: number, matching: number, wanted: string, conditions: string) =>
    conditions
      ? `${pods} : ${matching} sur ${total} ${conditions}, attendu ${wanted}.`
      : `${pods} : ${total} trouvé(s), attendu ${wanted}.`,
  podStates: (states: string) => `État actuel : ${states}.`,
  noWorkloadSelector: (workload: string) => `${workload} n'a pas de sélecteur de Pods`,

  placementLabel: (pods: string, rule: string) => `${pods} : ${rule}`,
  rule: {
    nodeSelector: (s: string) => `tous sur des nœuds ${s}`,
    onNode: (n: string) => `tous sur ${n}`,
    notOnNode: (n: string) => `aucun sur ${n}`,
    distinctNodes: 'chacun sur un nœud différent'
  },
  tooFewPods: (pods: string, found: number, min: number) =>
    `${pods} : ${found} Pod(s) trouvé(s), il en faut au moins ${min} pour juger du placement.`,
  notScheduled: (pod: string) => `${pod} n'est placé sur aucun nœud (Pending)`,
  misplaced: (pod: string, node: string) => `${pod} tourne sur ${node}`,
  sharedNode: (pods: string[], node: string) => `${pods.join(' et ')} partagent ${node}`,
  placementFailed: (pods: string, rule: string, problems: string[]) =>
    `${pods} : attendu ${rule}, mais ${problems.join(' ; ')}.`,

  endpointsLabel: (service: string, wanted: string) => `${service} : ${wanted} endpoint(s) prêt(s)`,
  endpointsFailed: (service: string, found: number, wanted: string) =>
    `${service} : ${found} endpoint(s) prêt(s), attendu ${wanted}.`,
  serviceMissing: (service: string) => `${service} est introuvable.`,
  endpointsHint:
    'Le sélecteur du Service doit correspondre aux labels de Pods prêts (kubectl get endpoints, kubectl get pods --show-labels).',

  objectsLabel: (kind: string, scope: string, selector: string | undefined, wanted: string) =>
    `${kind} (${scope}${selector ? `, ${selector}` : ''}) : ${wanted}`,
  objectsFailed: (kind: string, scope: string, found: number, wanted: string, names: string[]) =>
    `${kind} (${scope}) : ${found} trouvé(s)${names.length ? ` (${names.join(', ')})` : ''}, attendu ${wanted}.`,

  subject: (q: { user?: string; serviceAccount?: string }) =>
    q.serviceAccount ? `le ServiceAccount ${q.serviceAccount}` : `l'utilisateur ${q.user}`,
  canILabel: (subject: string, action: string, where: string, allowed: boolean) =>
    `${subject} ${allowed ? 'peut' : 'ne peut pas'} ${action}${where}`,
  canIFailed: (subject: string, action: string, where: string, allowed: boolean, reason?: string) =>
    `${subject} ${allowed ? 'peut' : 'ne peut pas'} ${action}${where}, attendu ${allowed ? 'refusé' : 'autorisé'}${reason ? ` (${reason})` : ''}.`,
  inNamespace: (ns: string) => ` dans le namespace ${ns}`,

  rolloutLabel: (deployment: string, minRevision?: number, complete?: boolean) =>
    [
      `${deployment} :`,
      minRevision !== undefined && `révision ≥ ${minRevision}`,
      complete === true && 'déploiement terminé',
      complete === false && 'déploiement non terminé'
    ]
      .filter(Boolean)
      .join(' '),
  revisionTooLow: (found: number, min: number) => `révision ${found}, attendu au moins ${min}`,
  rolloutIncomplete: (why: string) => `déploiement non terminé : ${why}`,
  rolloutComplete: 'le déploiement est terminé',
  rolloutWhy: {
    generation: 'le contrôleur n’a pas encore pris en compte la dernière modification',
    updated: (u: number, want: number) => `${u} réplique(s) à jour sur ${want}`,
    old: (old: number) => `${old} ancienne(s) réplique(s) en cours d’arrêt`,
    available: (a: number, want: number) => `${a} réplique(s) disponible(s) sur ${want}`
  },
  rolloutFailed: (deployment: string, problems: string[]) => `${deployment} : ${problems.join(' ; ')}.`,

  imageLabel: (object: string, container: string | undefined, wanted: string) =>
    `${object} : image${container ? ` du conteneur « ${container} »` : ''} ${wanted}`,
  imageFailed: (object: string, found: string[], wanted: string) =>
    `${object} : image(s) trouvée(s) ${found.map((i) => `« ${i} »`).join(', ') || 'aucune'}, attendu ${wanted}.`,
  noContainer: (object: string, container: string) => `${object} n'a pas de conteneur « ${container} ».`
}

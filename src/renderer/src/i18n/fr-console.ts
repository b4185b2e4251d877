// Strings of the kubectl console: its view, its cluster picture, its workspace and
// what its own commands (help, reset) print in the terminal.
const help = `Console kubectl : un cluster kubeadm simulé (controlplane, node01,
node02) qui tourne dans l’application.

  kubectl …                  les commandes de kubectl ; k est son alias
  kubectl apply -f - <<EOF   un manifeste tapé ou collé, fini par EOF
  kubectl edit TYPE/NOM      modifie un objet dans l’éditeur
  vi FICHIER                 ouvre un fichier dans l’éditeur
  cat ls grep sed head tail wc sort uniq cut awk base64 echo
                             lisent fichiers et sorties ; | > >> && ||
                             $(…) et $VAR fonctionnent
  export, alias              variables et alias, gardés entre sessions
  sleep N                    attend N secondes (en temps réel)
  clear                      efface l’écran (ou Ctrl+L)
  reset                      un cluster neuf, après confirmation
  help                       cette aide

Clavier
  Tab          complète commandes, options, types et noms d’objets
  Tab Tab      liste les choix possibles
  ↑ ↓          parcourent l’historique
  Ctrl+A / E   début / fin de la ligne
  Ctrl+U / K   efface avant / après le curseur
  Ctrl+W       efface le mot précédent
  Ctrl+C       annule la ligne, ou interrompt sleep

Les fichiers du panneau « Manifestes » sont dans le répertoire courant
(/root) : kubectl apply -f web.yaml les lit, et
kubectl get deploy web -o yaml > web.yaml en écrit un.
Cluster, historique et fichiers sont gardés d’une session à l’autre.`

export const frConsole = {
  console: {
    nav: 'Console',
    title: 'Console kubectl',
    loading: 'Démarrage du cluster…',
    loadFailed: 'La console n’a pas pu démarrer : {error}',
    restoreFailed: 'L’état enregistré du cluster n’a pas pu être relu ({error}) ; un cluster neuf a été créé.',
    terminalLabel: 'Terminal du nœud controlplane',
    help,
    resetQuestion: 'Réinitialiser le cluster ? Tout ce qui y a été créé sera perdu. [o/N] ',
    resetDone: 'Cluster réinitialisé : controlplane, node01 et node02 sont prêts.',
    resetCancelled: 'Réinitialisation annulée.',
    resetNotice: 'Cluster réinitialisé.',
    save: {
      idle: '',
      dirty: 'Modifié',
      saving: 'Enregistrement…',
      saved: 'Enregistré',
      error: 'Échec de l’enregistrement : {error}'
    },
    picture: {
      title: 'Cluster',
      namespace: 'Namespace',
      allNamespaces: 'Tous',
      system: 'Pods système',
      systemHint: 'Afficher les pods de kube-system et kube-flannel',
      unscheduled: 'Pods non placés',
      noPods: 'Aucun pod',
      hidden: '+{count} masqués',
      cordoned: 'cordonné',
      cordonedHint: 'SchedulingDisabled : aucun nouveau pod n’y est placé',
      taints: 'Taints',
      cpu: 'CPU',
      memory: 'Mémoire',
      requests: '{requested} demandés sur {allocatable}',
      pod: '{name}\nNamespace : {namespace}\nStatut : {status}\nConteneurs prêts : {ready}\nRedémarrages : {restarts}',
      owner: 'Créé par : {owner}',
      legend: {
        running: 'En marche',
        waiting: 'Démarrage',
        error: 'Erreur',
        done: 'Terminé',
        terminating: 'Suppression'
      }
    },
    workspace: {
      title: 'Manifestes',
      hint: 'dans /root, le répertoire courant',
      newFile: 'Nouveau fichier',
      newName: 'Nom du nouveau fichier',
      defaultName: 'manifeste.yaml',
      rename: 'Renommer',
      renameLabel: 'Nouveau nom de {path}',
      delete: 'Supprimer',
      deleteConfirm: 'Supprimer {path} ?',
      deleteYes: 'Supprimer',
      cancel: 'Annuler',
      empty: 'Aucun fichier. Créez-en un ici, ou depuis le terminal : kubectl create deploy web --image=nginx --dry-run=client -o yaml > web.yaml',
      apply: 'Appliquer',
      applyHint: 'Lance kubectl apply -f {path} dans le terminal',
      close: 'Fermer',
      invalidName: 'Nom invalide : lettres, chiffres, « . », « - », « _ » et « / » seulement.',
      nameTaken: '{path} existe déjà.',
      editorLabel: 'Contenu de {path}'
    },
    editor: {
      title: 'Édition de {path}',
      note: 'La commande attend : enregistrer lui rend le texte (kubectl edit applique alors les changements), quitter ne change rien.',
      save: 'Enregistrer et quitter',
      cancel: 'Quitter sans enregistrer',
      hint: 'Ctrl+S enregistre, Échap quitte sans enregistrer.'
    }
  }
} as const

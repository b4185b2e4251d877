// Every string the UI shows. Another language would be a sibling file with the same keys.
import { frStudy } from './fr-study'
import { frConsole } from './fr-console'
import { frPractice } from './fr-practice'
import { defaultMarkdownLabels } from '@shared/markdown/labels'

export const fr = {
  app: {
    name: 'KubeStudy',
    loading: 'Chargement…',
    error: 'Une erreur est survenue : {message}',
    retry: 'Réessayer',
    noAccess:
      'Accès refusé : ouvrez l’adresse complète affichée par « npm run web » (elle contient le jeton de cette session).'
  },
  nav: {
    label: 'Navigation principale',
    courses: 'Cours',
    search: 'Rechercher',
    searchShortcut: 'Ctrl+K',
    themeToDark: 'Passer en mode sombre',
    themeToLight: 'Passer en mode clair',
    about: 'À propos'
  },
  library: {
    title: 'Bibliothèque',
    courses: 'Cours',
    noCourses: 'Aucun cours pour le moment.',
    slides: '{count} diapositives',
    chapters: '{count} chapitres',
    open: 'Ouvrir',
    resume: 'Reprendre',
    repaired: 'Encodage réparé : ce fichier était mal encodé ({encoding}) et a été corrigé à la lecture.',
    folders: 'Dossiers de cours',
    builtin: 'intégré',
    addFolder: 'Ajouter un dossier…',
    addFolderPath: 'Chemin du dossier',
    addFolderPlaceholder: '/chemin/vers/mes/cours',
    add: 'Ajouter',
    remove: 'Retirer',
    removeFolder: 'Retirer le dossier {path}',
    problems: 'Fichiers illisibles',
    problemsHint: 'Ces fichiers n’ont pas pu être lus ; tous les autres sont chargés.',
    indexing: 'Indexation en cours…',
    indexingProgress: 'Indexation : {done} / {total} fichiers',
    seen: '{seen} / {total} vues'
  },
  encodings: {
    'mac-roman': 'Mac Roman',
    'windows-1252': 'Windows-1252'
  },
  course: {
    chapters: 'Chapitres',
    opening: 'Introduction',
    seen: '{seen} / {total} vues',
    progress: 'Progression du chapitre',
    notFound: 'Ce cours est introuvable.',
    back: 'Bibliothèque',
    start: 'Commencer',
    resume: 'Reprendre à la diapositive {n}'
  },
  slide: {
    position: '{n} / {total}',
    previous: 'Diapositive précédente',
    next: 'Diapositive suivante',
    overview: 'Vue d’ensemble',
    fullscreen: 'Plein écran',
    goto: 'Aller à la diapositive',
    gotoLabel: 'Numéro de diapositive (1 à {total})',
    gotoHint: 'Entrée pour y aller, Échap pour fermer',
    toc: 'Table des matières',
    tocHint: 'Cliquez sur un chapitre pour l’ouvrir.',
    chapterSlides: '{count} diapositives',
    notFound: 'Cette diapositive n’existe pas.',
    diagramError: 'Le diagramme n’a pas pu être dessiné.',
    untitled: 'Sans titre',
    close: 'Fermer',
    updated: 'Diapositive mise à jour'
  },
  // The markdown pipeline's own French words, shared with the main process's search text.
  markdown: defaultMarkdownLabels,
  search: {
    title: 'Rechercher dans le cours',
    placeholder: 'Rechercher… (ex. déploiement, service)',
    empty: 'Aucun résultat pour « {query} ».',
    hint: '↑ ↓ pour choisir, Entrée pour ouvrir, Échap pour fermer',
    results: '{count} résultats',
    kinds: {
      slide: 'Diapositives',
      note: 'Notes',
      card: 'Cartes',
      cheatsheet: 'Aide-mémoire',
      exercise: 'Exercices'
    },
    slideNumber: 'diapositive {n}'
  },
  about: {
    title: 'À propos de KubeStudy',
    version: 'Version {version}',
    mode: { electron: 'application de bureau', web: 'mode navigateur' },
    dataDir: 'Données : {path}',
    attribution: 'Contenus',
    license: 'Licence',
    licenseLink: 'texte de la licence',
    shortcuts: 'Raccourcis clavier',
    keys: {
      next: '→, Espace, Page suivante : diapositive suivante',
      previous: '←, Page précédente : diapositive précédente',
      ends: 'Début / Fin : première / dernière diapositive',
      goto: 'g : aller à une diapositive',
      overview: 'o : vue d’ensemble',
      fullscreen: 'f : plein écran',
      theme: 'd : mode sombre / clair',
      notes: 'n : notes de la diapositive',
      card: 'c : créer une carte depuis la diapositive',
      review: 'Révisions : Espace ou Entrée pour la réponse, 1 à 4 pour noter, Ctrl+Z pour annuler',
      search: 'Ctrl+K ou / : rechercher',
      close: 'Échap : fermer'
    }
  },
  ...frStudy,
  ...frConsole,
  ...frPractice
} as const

export type Messages = typeof fr

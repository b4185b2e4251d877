// Every string the main process shows: the application menu, the native dialogs and the
// start-up error box. Another language is a sibling file of type MainMessages.

export const fr = {
  menu: {
    file: 'Fichier',
    library: 'Bibliothèque',
    addFolder: 'Ajouter un dossier de cours…',
    quit: 'Quitter',
    edit: 'Édition',
    undo: 'Annuler',
    redo: 'Rétablir',
    cut: 'Couper',
    copy: 'Copier',
    paste: 'Coller',
    selectAll: 'Tout sélectionner',
    go: 'Aller',
    search: 'Rechercher…',
    nextSlide: 'Diapositive suivante',
    previousSlide: 'Diapositive précédente',
    firstSlide: 'Première diapositive',
    lastSlide: 'Dernière diapositive',
    gotoSlide: 'Aller à la diapositive…',
    view: 'Affichage',
    overview: 'Vue d’ensemble',
    theme: 'Thème sombre ou clair',
    fullscreen: 'Plein écran',
    zoomIn: 'Zoom avant',
    zoomOut: 'Zoom arrière',
    resetZoom: 'Taille réelle',
    devTools: 'Outils de développement',
    help: 'Aide',
    about: 'À propos de KubeStudy',
    hide: 'Masquer KubeStudy',
    hideOthers: 'Masquer les autres',
    unhide: 'Tout afficher',
    quitApp: 'Quitter KubeStudy'
  },
  dialogs: {
    courseFolder: 'Choisir un dossier de cours',
    notesFolder: 'Dossier des notes',
    ankiImport: 'Importer un fichier texte Anki',
    ankiExport: 'Exporter les cartes',
    ankiFiles: 'Texte Anki',
    ankiExportName: 'kubestudy-cartes.txt',
    reviewLog: 'Exporter le journal de révision',
    reviewLogFiles: 'CSV',
    reviewLogName: 'kubestudy-revlog.csv'
  },
  startup: {
    title: 'KubeStudy ne peut pas démarrer',
    noNativeBinding:
      'La base de données SQLite n’est pas prête pour Electron {version}.\n' +
      'Lancez « npm run electron:native » dans le dossier de KubeStudy (connexion Internet requise une fois), puis « npm start ».'
  }
}

export type MainMessages = typeof fr

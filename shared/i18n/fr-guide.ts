import type { enGuide } from './en-guide'

/** Messages français de l’éditeur de guide. */
export const frGuide: Record<keyof typeof enGuide, string> = {
  'guideEdit.add': 'Ajouter une question',
  'guideEdit.edit': 'Modifier',
  'guideEdit.editTitle': 'Modifier la question',
  'guideEdit.addTitle': 'Nouvelle question',
  'guideEdit.moveUp': 'Monter (Alt+↑)',
  'guideEdit.moveDown': 'Descendre (Alt+↓)',
  'guideEdit.delete': 'Supprimer',
  'guideEdit.confirmDelete': 'Supprimer la question « {text} » ?',
  'guideEdit.answered':
    'Des réponses ont été données à cette question : elle reste dans le guide. Reformulez-la plutôt.',
  'guideEdit.keyboardHint':
    'Sélectionnez une question, puis Alt+↑ / Alt+↓ pour la déplacer, Entrée pour la modifier, Suppr pour la retirer ; ou faites-la glisser.',
  'guideEdit.duplicate': 'Dupliquer pour un autre groupe…',
  'guideEdit.duplicateTitle': 'Dupliquer le guide « {name} »',
  'guideEdit.duplicateGroup': 'Pour le groupe',
  'guideEdit.duplicateNameFr': 'Nom (français)',
  'guideEdit.duplicateNameEn': 'Nom (anglais)',
  'guideEdit.copyOf': '{name} (copie)',
  'guideEdit.textFr': 'Question (français)',
  'guideEdit.textEn': 'Question (anglais)',
  'guideEdit.probesFr': 'Relances (français), une par ligne',
  'guideEdit.probesEn': 'Relances (anglais), une par ligne',
  'guideEdit.type': 'Type',
  'guideEdit.scaleMin': 'De',
  'guideEdit.scaleMax': 'À',
  'guideEdit.labels':
    'Libellés, un par ligne depuis le point le plus bas : français | anglais (chaque point, les deux extrémités, ou aucun)',
  'guideEdit.problem.labels':
    'Donnez un libellé à chaque point de l’échelle, ou à ses deux extrémités seulement, ou aucun.',
  'guideEdit.items': 'Éléments, un par ligne : libellé français | libellé anglais',
  'guideEdit.multiple': 'Plusieurs éléments peuvent être cochés',
  'guideEdit.stance': 'Sur qui porte la question',
  'guideEdit.stance.SELF': 'La personne interrogée',
  'guideEdit.stance.ATTR': 'Un autre groupe (ce qu’elle pense que ce groupe attend)',
  'guideEdit.target': 'Groupe',
  'guideEdit.expectedCodes': 'Codes attendus, séparés par des virgules',
  'guideEdit.save': 'Enregistrer',
  'guideEdit.cancel': 'Annuler',
  'guideEdit.problem.text': 'Rédigez la question dans au moins une langue.',
  'guideEdit.problem.scale':
    'Une échelle va d’un nombre à un nombre plus grand, entre 0 et 10, avec au plus dix points (une touche chacun).',
  'guideEdit.problem.items': 'Indiquez au moins deux éléments, chacun sur sa ligne.',
  'guideEdit.problem.target': 'Choisissez le groupe sur lequel porte la question.',
  'guideEdit.saved': 'Question enregistrée.',
  'guideEdit.duplicated': 'Guide dupliqué : {name}.',
}

import type { enCoding } from './en-coding'

/** L’atelier de codage : onglets, codage des documents, attributs, annulation. */
export const frCoding: Record<keyof typeof enCoding, string> = {
  'coding.tab.code': 'Coder',
  'coding.tab.retrieve': 'Extraits',
  'coding.tab.search': 'Rechercher',
  'coding.tab.autocode': 'Codage automatique',
  'coding.tab.collectives': 'Collectifs',

  'coding.documents': 'Documents',
  'coding.filterDocuments': 'Filtrer par répondant ou question',
  'coding.noRespondent': 'Sans répondant',
  'coding.reviewCount': '{n} codages à revoir',
  'coding.kind.answer': 'Réponse',
  'coding.kind.transcript': 'Transcription',
  'coding.kind.notes': 'Notes',
  'coding.kind.imported': 'Extrait importé',
  'coding.pickDocument': 'Choisissez un document à coder',
  'coding.pickDocumentHint':
    'Choisissez une réponse ou une transcription à gauche. Sélectionnez des mots, puis cliquez sur un code ou tapez sa touche.',

  'coding.editorLabel': 'Texte du document',
  'coding.editText': 'Modifier le texte (Ctrl+E)',
  'coding.editingText': 'Modification du texte : terminer (Ctrl+E)',
  'coding.editTextHint': 'Corrigez le texte ; les codages restent sur leurs mots.',
  'coding.modeCoding':
    'Sélectionnez des mots, puis cliquez sur un code ou tapez sa touche. + − 0 règlent la valence, Suppr retire, Ctrl+Z annule.',
  'coding.modeEditing': 'Modification du texte : les codages suivent leurs mots. Ctrl+E pour revenir au codage.',
  'coding.selectFirst': 'Sélectionnez d’abord les mots à coder.',
  'coding.alreadyCoded': 'Ces mots portent déjà ce code.',
  'coding.defaultStanceHint':
    'La question porte sur un autre groupe : les nouveaux codages sont ATTR avec cette cible.',

  'coding.palette': 'Grille de codage',
  'coding.filterCodes': 'Filtrer les codes',
  'coding.noFamily': 'Autres codes',
  'coding.applyHint': 'Cliquez pour appliquer à la sélection ; Maj+clic pour réunir plusieurs codes.',
  'coding.applyGathered': 'Appliquer {n} codes',

  'coding.inspector': 'Codages ici',
  'coding.inspectorEmpty': 'Cliquez sur des mots codés pour voir, modifier ou retirer leurs codages.',
  'coding.remove': 'Retirer',
  'coding.needsReview': 'Ses mots ont été supprimés : vérifiez où il se trouve maintenant.',
  'coding.confirmHere': 'Confirmer ici',
  'coding.stance': 'Posture',
  'coding.stance.SELF': 'SELF (son propre avis)',
  'coding.stance.ATTR': 'ATTR (sur les autres)',
  'coding.target': 'À propos de',
  'coding.valence': 'Valence',
  'coding.valence.+': 'Positive',
  'coding.valence.-': 'Négative',
  'coding.valence.0': 'Neutre',
  'coding.intensity': 'Intensité',
  'coding.memo': 'Mémo',

  'coding.codingAs': 'Codé par',
  'coding.undo': 'Annuler',
  'coding.redo': 'Rétablir',
  'coding.nothingToUndo': 'Rien à annuler',
  'coding.nothingToRedo': 'Rien à rétablir',
  'coding.history.apply': 'Appliquer {n} codages',
  'coding.history.remove': 'Retirer {n} codages',
  'coding.history.change': 'Modifier un codage',
  'coding.history.mergeCodes': 'Fusionner des codes ({n} codages)',
  'coding.history.autocode': 'Codage automatique de {n} passages',
  'coding.history.codeHits': 'Coder {n} résultats de recherche',
  'coding.history.clearReview': 'Confirmer un codage',
}

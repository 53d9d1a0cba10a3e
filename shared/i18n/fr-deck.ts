import type { enDeck } from './en-deck'

/** French messages of the PowerPoint deck. */
export const frDeck: Record<keyof typeof enDeck, string> = {
  'deck.page': 'page',
  'deck.sample': 'Qui nous avons entendu\u202f: l’échantillon et ses seuils de preuve',
  'deck.recommendationsKicker': 'Recommandation {n} sur {total}',
  'deck.notes.chart': 'Chiffres du graphique',
  'deck.notes.table': 'Tableau',
  'deck.notes.quotes': 'Verbatims',
  'deck.notes.cut': 'Texte raccourci sur la diapositive\u202f; en entier\u202f:',
  'deck.percentFormat': '0"\u202f%"',
  'deck.cooccurrence.kicker': 'Thèmes codés ensemble',
  'deck.cooccurrence.title': 'Les besoins que les gens expriment d’un même souffle',
  'deck.cooccurrence.notes':
    'Chaque case compte les passages codés d’un thème qui recoupent un passage de l’autre, sur tous les entretiens\u202f; les dix thèmes le plus souvent codés ensemble.',
}

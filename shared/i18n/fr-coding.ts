import type { enCoding } from './en-coding'

/** L’atelier de codage : onglets, codage des documents, attributs, annulation. */
export const frCoding: Record<keyof typeof enCoding, string> = {
  'coding.tab.code': 'Coder',
  'coding.tab.retrieve': 'Extraits',
  'coding.tab.search': 'Rechercher',
  'coding.tab.autocode': 'Codage automatique',
  'coding.tab.collectives': 'Collectifs',
}

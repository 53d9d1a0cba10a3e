/** The coding workbench: tabs, document coder, attributes, undo. */
export const enCoding = {
  'coding.tab.code': 'Code',
  'coding.tab.retrieve': 'Retrieve',
  'coding.tab.search': 'Search',
  'coding.tab.autocode': 'Autocode',
  'coding.tab.collectives': 'Collectives',
} as const

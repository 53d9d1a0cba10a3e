/** English messages of the PowerPoint deck. */
export const enDeck = {
  'deck.page': 'page',
  'deck.sample': 'Who we heard: the sample and its evidence floors',
  'deck.recommendationsKicker': 'Recommendation {n} of {total}',
  'deck.notes.chart': 'Figures of the chart',
  'deck.notes.table': 'Table',
  'deck.notes.quotes': 'Verbatims',
  'deck.notes.cut': 'Text shortened on the slide; in full:',
  'deck.percentFormat': '0"%"',
} as const

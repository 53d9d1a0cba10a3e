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
  'deck.cooccurrence.kicker': 'Themes coded together',
  'deck.cooccurrence.title': 'Which needs people raise in the same breath',
  'deck.cooccurrence.notes':
    'Each cell counts the coded passages of one theme that overlap a passage of the other, across all interviews; the ten themes most often coded together.',
} as const

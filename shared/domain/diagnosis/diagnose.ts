import { Corpus } from './corpus'
import type { DiagnosisInput } from './input'
import { groupFloors, hypothesisFloor } from './floors'
import { pragmatism } from './pragmatism'
import { motiveCardGaps, perceptionGaps } from './perception-gap'
import { idealismBand, idealismIndex } from './idealism'
import { collectives } from './collectives'
import { executionMaturity } from './execution'
import { attentionLoad } from './attention'
import { enabler } from './enablers'
import { reliabilityMarks } from './reliability'
import { recommendations } from './recommendations'
import type { Diagnosis } from './result'

/** The whole diagnosis of method/DIAGNOSIS.md, from an engagement's data, as a pure function. */
export function diagnose(input: DiagnosisInput): Diagnosis {
  const corpus = new Corpus(input)
  const floors = groupFloors(corpus)
  const hFloor = hypothesisFloor(corpus)
  const gaps = perceptionGaps(corpus, floors, hFloor.under)
  const ideal = idealismIndex(corpus, gaps)
  const staffUnder = floors.employee.under || floors.manager.under
  // H. Customer value alignment: B and C restricted to customers and the CLI codes.
  const cliCodes = new Set(corpus.familyKeys('CLI'))
  const customerGaps = gaps.customer.filter((g) => cliCodes.has(g.code))
  const customerIndex = idealismIndex(corpus, { customer: customerGaps }, ['customer'])
  const measures = {
    floors,
    hypothesisFloor: hFloor,
    pragmatism: pragmatism(corpus, floors),
    perceptionGap: gaps,
    motiveCards: motiveCardGaps(corpus, floors, hFloor.under),
    idealismIndex: ideal,
    collectives: collectives(corpus),
    executionMaturity: executionMaturity(
      corpus,
      Object.values(floors).some((f) => f.under),
    ),
    attentionLoad: attentionLoad(corpus, staffUnder),
    enablers: { 'RH.POL': enabler(corpus, 'RH.POL', staffUnder), 'MGT.PRA': enabler(corpus, 'MGT.PRA', staffUnder) },
    customerValue: {
      gaps: customerGaps,
      idealismIndex: customerIndex.value,
      band: idealismBand(customerIndex.value, input.settings.idealism),
      indicative: customerIndex.indicative,
    },
  }
  const shown = shownMeasures(measures)
  return {
    ...measures,
    reliability: reliabilityMarks(corpus, shown),
    recommendations: recommendations(corpus, measures, shown),
  }
}

/** The measures that have a value, by the names the reliability gate uses. */
function shownMeasures(m: Omit<Diagnosis, 'reliability' | 'recommendations'>): Set<string> {
  const shown = new Set<string>()
  if (Object.values(m.pragmatism.byGroup).some((g) => g.label !== null)) shown.add('pragmatism')
  if (m.idealismIndex.value !== null) shown.add('idealismIndex')
  if (m.attentionLoad.value !== null) shown.add('attentionLoad')
  if (m.executionMaturity.value !== null) shown.add('executionMaturity')
  for (const code of ['RH.POL', 'MGT.PRA'] as const) if (m.enablers[code].nv !== null) shown.add(`enablers.${code}`)
  for (const rows of Object.values(m.perceptionGap))
    for (const r of rows) if (r.gap !== null) shown.add(`perceptionGap.${r.code}`)
  return shown
}

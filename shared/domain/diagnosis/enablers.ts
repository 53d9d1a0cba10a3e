import type { Corpus } from './corpus'
import { SELF } from './corpus'
import { gte, lte } from './compare'
import { refOf, type Enabler, type EnablerBand } from './result'
import { ignoredForValence } from './ignored-valence'

/** G. Enablers: NV = (n+ - n-) / (n+ + n-) over the capped excerpts of employees and managers. */
export function enabler(corpus: Corpus, code: 'RH.POL' | 'MGT.PRA', underFloor: boolean): Enabler {
  const people = [...corpus.population('employee'), ...corpus.population('manager')]
  const excerpts = people.flatMap((r) => corpus.capped(r.id, code, SELF))
  const positive = excerpts.filter((x) => corpus.valencesFor(x, code).includes('+'))
  const negative = excerpts.filter((x) => corpus.valencesFor(x, code).includes('-'))
  const total = positive.length + negative.length
  const nv = total > 0 ? (positive.length - negative.length) / total : null
  const band = enablerBand(nv, corpus.settings.enablers)
  const [supporting, counter] = band === 'enabler' ? [positive, negative] : [negative, positive]
  return {
    code,
    nv,
    band,
    indicative: nv !== null && underFloor,
    positive: positive.length,
    negative: negative.length,
    supporting: supporting.map(refOf),
    counter: counter.map(refOf),
    ignored: ignoredForValence(corpus, excerpts, [code], ['+', '-']),
  }
}

export function enablerBand(nv: number | null, t: { barrierAt: number; enablerAt: number }): EnablerBand | null {
  if (nv === null) return null
  if (lte(nv, t.barrierAt)) return 'barrier'
  if (gte(nv, t.enablerAt)) return 'enabler'
  return 'neutral'
}

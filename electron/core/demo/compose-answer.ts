import type { Language } from '../../../shared/domain/groups'
import type { DemoFragment } from './demo-content'
import type { SeededRandom } from './seeded-random'

export interface PlannedCoding {
  key: string
  start: number
  end: number
  stance: DemoFragment['codes'][number]['stance']
  target: DemoFragment['codes'][number]['target']
  valence: DemoFragment['codes'][number]['valence']
  intensity: DemoFragment['codes'][number]['intensity']
  flags: string[]
  /** The fragment the coding sits in (the demo links a collective's evidence by its name there). */
  fragment: string
}

/** Picks fragments that fit the respondent's profile (others when too few fit). */
export function pickFragments(
  bank: readonly DemoFragment[],
  profile: string,
  count: number,
  rng: SeededRandom,
): DemoFragment[] {
  const fitting = bank.filter((f) => f.profiles.includes(profile))
  const pool =
    fitting.length >= count
      ? fitting
      : [
          ...fitting,
          ...rng.sample(
            bank.filter((f) => !fitting.includes(f)),
            count - fitting.length,
          ),
        ]
  return rng.sample(pool, count)
}

/** Joins fragments into one answer and places each fragment's codings on its quoted words. */
export function composeAnswer(
  fragments: readonly DemoFragment[],
  lang: Language,
): { text: string; codings: PlannedCoding[] } {
  let text = ''
  const codings: PlannedCoding[] = []
  for (const f of fragments) {
    if (text) text += ' '
    const base = text.length
    const body = f[lang]
    text += body
    for (const c of f.codes) {
      const at = body.indexOf(c.quote[lang])
      // A quote that is not in its fragment codes the whole fragment rather than nothing.
      const [s, e] = at >= 0 ? [at, at + c.quote[lang].length] : [0, body.length]
      codings.push({
        key: c.key,
        start: base + s,
        end: base + e,
        stance: c.stance,
        target: c.stance === 'ATTR' ? c.target : null,
        valence: c.valence,
        intensity: c.intensity,
        flags: c.flags ?? [],
        fragment: body,
      })
    }
  }
  return { text, codings }
}

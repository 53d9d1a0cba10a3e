import type { Group, Language } from '../../../shared/domain/groups'
import { GROUPS, STANCES, VALENCES } from '../../../shared/domain/groups'
import type { Engagement } from '../engagement/engagement'
import { createEngagementFile } from '../engagement/create-engagement'
import { demoAnswers } from './demo-content'
import { composeAnswer, pickFragments } from './compose-answer'
import { SeededRandom } from './seeded-random'

export interface GenerateOptions {
  respondents: number
  codings: number
  language: Language
  seed?: number
  onProgress?: (done: number, total: number) => void
  /** Plain unless asked: a scale test rarely needs encryption, but measuring it does. */
  passphrase?: string
}

/** Share of each group in a generated study; every group is present. */
const GROUP_WEIGHTS: Record<Group, number> = {
  employee: 0.45,
  manager: 0.2,
  leadership: 0.08,
  customer: 0.2,
  other: 0.07,
}
const SITES = ['Paris', 'Lyon', 'Nantes', 'Lille', 'Bordeaux', 'Toulouse']
const UNITS = ['Claims', 'Sales', 'IT', 'HR', 'Finance', 'Operations', 'Marketing']

/**
 * A large synthetic engagement for scale tests: realistic answer lengths (several demo fragments
 * per answer), all groups, every code used, and exactly `codings` codings.
 */
export function generateEngagement(file: string, o: GenerateOptions): Engagement {
  return createEngagementFile(
    file,
    {
      language: o.language,
      client: 'Synthetic client',
      title: `Scale test: ${o.respondents} respondents`,
      passphrase: o.passphrase,
    },
    (e) => fill(e, o),
  )
}

function fill(e: Engagement, o: GenerateOptions): void {
  const rng = new SeededRandom(o.seed ?? 42)
  const bank = demoAnswers()
  const allFragments = Object.values(bank).flat()
  const coder = e.coders.add('Synthetic coder')
  const codes = e.codebook.codes()
  const guides = e.guides.list()
  const groups = assignGroups(o.respondents)
  const documents: { id: string; length: number }[] = []
  // Progress counts respondents, then codings by the thousand.
  const total = o.respondents + Math.ceil(o.codings / 1000)

  groups.forEach((group, i) => {
    const r = e.respondents.add({
      code: `R${String(i + 1).padStart(4, '0')}`,
      group,
      unit: group === 'customer' ? null : rng.pick(UNITS),
      site: rng.pick(SITES),
      role: null,
    })
    const guide = guides.find((g) => g.group === group) ?? guides[0]!
    const interview = e.interviews.add({
      respondentId: r.id,
      guideId: guide.id,
      interviewerId: coder.id,
      status: 'completed',
      consentGiven: true,
      place: r.site,
    })
    for (const q of guide.questions) {
      if (q.type !== 'open') continue
      const own = bank[q.key ?? ''] ?? []
      const picked = pickFragments(
        own.length ? own : allFragments,
        rng.pick(['pragmatic', 'mixed', 'relational', 'idealist']),
        rng.int(3, 6),
        rng,
      )
      const { text } = composeAnswer(picked, o.language)
      const doc = e.documents.add({
        kind: 'answer',
        interviewId: interview.id,
        respondentId: r.id,
        questionId: q.id,
        title: q.text[o.language],
        text,
      })
      documents.push({ id: doc.id, length: text.length })
    }
    o.onProgress?.(i + 1, total)
  })

  for (let n = 0; n < o.codings && documents.length > 0; n++) {
    const doc = documents[n % documents.length]!
    const len = Math.min(doc.length, rng.int(20, 240))
    const start = rng.int(0, Math.max(0, doc.length - len))
    const code = codes[n % codes.length]!
    const stance = rng.chance(0.8) ? STANCES[0] : STANCES[1]
    if (n % 1000 === 999) o.onProgress?.(o.respondents + Math.ceil((n + 1) / 1000), total)
    e.codings.add({
      documentId: doc.id,
      start,
      end: start + Math.max(1, len),
      codeId: code.id,
      coderId: coder.id,
      stance,
      target: stance === 'ATTR' ? rng.pick(GROUPS) : null,
      valence: rng.pick(VALENCES),
      intensity: rng.pick([1, 2, 3, null] as const),
    })
  }
  o.onProgress?.(total, total)
}

/** The fewest respondents a generated study has: one per group. */
export const MIN_GENERATED_RESPONDENTS = GROUPS.length

/** Group of each respondent: at least one per group, the rest by weight. */
function assignGroups(n: number): Group[] {
  const out: Group[] = []
  for (const g of GROUPS) {
    const k = Math.max(1, Math.round(n * GROUP_WEIGHTS[g]))
    for (let i = 0; i < k; i++) out.push(g)
  }
  while (out.length > n && out.filter((g) => g === 'employee').length > 1) out.splice(out.lastIndexOf('employee'), 1)
  while (out.length < n) out.push('employee')
  return out
}

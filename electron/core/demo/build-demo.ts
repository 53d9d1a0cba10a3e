import type { Language } from '../../../shared/domain/groups'
import type { Guide } from '../../../shared/domain/guide'
import type { Engagement } from '../engagement/engagement'
import { createEngagementFile } from '../engagement/create-engagement'
import { demoAnswers, demoEngagement, type DemoEngagement } from './demo-content'
import { composeAnswer, pickFragments } from './compose-answer'
import { SeededRandom } from './seeded-random'
import { doubleCodeDemo, type FirstCoding } from './double-coding'

export type DemoProgress = (done: number, total: number) => void

/**
 * Writes the demo engagement: a fictional client study with every respondent interviewed, their
 * answers coded, the motive cards ticked and the collectives they named, and a team's work: some
 * interviews coded again by the second consultant, their disagreements on two codes settled. The same seed in both
 * languages gives the same study.
 */
export function buildDemo(
  file: string,
  language: Language,
  onProgress?: DemoProgress,
  passphrase?: string,
): Engagement {
  const demo = demoEngagement()
  return createEngagementFile(
    file,
    { language, client: demo.client[language], title: demo.title[language], passphrase },
    (e) => fillDemo(e, demo, language, onProgress),
  )
}

function fillDemo(e: Engagement, demo: DemoEngagement, lang: Language, onProgress?: DemoProgress): void {
  const rng = new SeededRandom(20260914)
  const answers = demoAnswers()
  e.info.update({ startDate: demo.startDate, endDate: demo.endDate, consultants: demo.consultants })
  const coders = demo.consultants.map((name) => e.coders.add(name))
  const variables = new Map(
    demo.variables.map((v) => [
      v.key,
      e.variables.add({ key: v.key, name: v.name[lang], type: v.type, options: v.options ?? [] }),
    ]),
  )
  const unitName = new Map(demo.units.map((u) => [u.key, u[lang]]))
  const guides = e.guides.list()
  const guideFor = (group: string): Guide =>
    guides.find((g) => g.group === group) ?? guides.find((g) => g.group === 'employee')!
  const codeId = new Map(e.codebook.codes().map((c) => [c.key, c.id]))
  const collectiveEvidence: { id: string; key: string; fragment: string }[] = []
  const days = spanOfDays(demo.startDate, demo.endDate)
  const doubleCoded: FirstCoding[] = []

  demo.respondents.forEach((r, i) => {
    const respondent = e.respondents.add({
      code: r.code,
      group: r.group,
      unit: r.unit ? (unitName.get(r.unit) ?? r.unit) : null,
      site: r.site,
      role: r.role[lang],
    })
    e.identities.set({ respondentId: respondent.id, realName: r.realName, contact: null })
    for (const [key, value] of Object.entries(r.variables)) {
      const v = variables.get(key)
      if (v) e.variables.setValue(respondent.id, v.id, value)
    }
    const guide = guideFor(r.group)
    const interviewer = coders[i % coders.length]!
    const start = new Date(`${days[(i * 7) % days.length]}T${String(9 + (i % 4) * 2).padStart(2, '0')}:00:00Z`)
    const minutes = rng.int(55, 85)
    const interview = e.interviews.add({
      respondentId: respondent.id,
      guideId: guide.id,
      interviewerId: interviewer.id,
      place: r.site,
      startedAt: start.toISOString(),
      endedAt: new Date(start.getTime() + minutes * 60_000).toISOString(),
      status: 'completed',
      consentGiven: true,
      consentAt: start.toISOString(),
    })
    const firstCoding: FirstCoding = { coderId: interviewer.id, codings: [] }
    if (demo.doubleCoding.respondents.includes(r.code)) doubleCoded.push(firstCoding)
    for (const q of guide.questions) {
      if (q.type !== 'open') {
        if (q.options?.motiveCards) tickMotiveCards(e, interview.id, q.id, demo.motiveCards[r.group] ?? {}, rng)
        continue
      }
      const bank = answers[q.key ?? ''] ?? []
      if (bank.length === 0) continue
      const picked = pickFragments(bank, r.profile, rng.chance(0.35) ? 3 : 2, rng)
      const { text, codings } = composeAnswer(picked, lang)
      const doc = e.documents.add({
        kind: 'answer',
        interviewId: interview.id,
        respondentId: respondent.id,
        questionId: q.id,
        title: q.text[lang],
        text,
      })
      for (const c of codings) {
        const id = codeId.get(c.key)
        if (!id) continue
        const coding = e.codings.add({
          documentId: doc.id,
          start: c.start,
          end: c.end,
          codeId: id,
          coderId: interviewer.id,
          stance: c.stance,
          target: c.target,
          valence: c.valence,
          intensity: c.intensity,
          flags: c.flags,
        })
        firstCoding.codings.push(coding)
        if (c.key.startsWith('COL.')) collectiveEvidence.push({ id: coding.id, key: c.key, fragment: c.fragment })
      }
    }
    onProgress?.(i + 1, demo.respondents.length)
  })

  // The campaign plan the consultants followed: each group at each site, as interviewed.
  const planned = new Map<string, number>()
  for (const r of demo.respondents)
    planned.set(`${r.group}|${r.site ?? ''}`, (planned.get(`${r.group}|${r.site ?? ''}`) ?? 0) + 1)
  for (const [key, quota] of planned) {
    const [group, site] = key.split('|') as [DemoEngagement['respondents'][number]['group'], string]
    const place = group === 'customer' ? null : site || null
    e.campaign.add({
      group,
      unit: null,
      site: group === 'customer' ? null : site || null,
      quota,
      plannedFrom: demo.startDate,
      plannedTo: demo.endDate,
      place,
    })
  }

  for (const c of demo.collectives) {
    const collective = e.collectives.add({
      name: c.name[lang],
      label: c.label,
      criteria: [c.criteria[0]!, c.criteria[1]!, c.criteria[2]!, c.criteria[3]!, c.criteria[4]!],
      notes: c.note[lang],
    })
    // Evidence: the collectives codings said in the same breath as the collective's name.
    for (const coding of collectiveEvidence) {
      if (coding.fragment.includes(c.name[lang])) e.collectives.linkEvidence(collective.id, coding.id)
    }
  }

  doubleCodeDemo(e, demo.doubleCoding, lang, coders, doubleCoded)
}

/** Ticks each card with its group's probability; the top three are ranked by how likely they were. */
function tickMotiveCards(
  e: Engagement,
  interviewId: string,
  questionId: string,
  odds: Record<string, number>,
  rng: SeededRandom,
): void {
  const ticked = Object.entries(odds).filter(([, p]) => rng.chance(p))
  if (ticked.length === 0) return
  const ranked = [...ticked].sort((a, b) => b[1] + rng.next() * 0.2 - (a[1] + rng.next() * 0.2)).slice(0, 3)
  e.closedAnswers.set({
    interviewId,
    questionId,
    value: { kind: 'choice', ticked: ticked.map(([k]) => k), ranked: ranked.map(([k]) => k) },
  })
}

function spanOfDays(from: string, to: string): string[] {
  const out: string[] = []
  for (let d = new Date(`${from}T00:00:00Z`); d <= new Date(`${to}T00:00:00Z`); d.setUTCDate(d.getUTCDate() + 1)) {
    const wd = d.getUTCDay()
    if (wd !== 0 && wd !== 6) out.push(d.toISOString().slice(0, 10))
  }
  return out.length ? out : [from]
}

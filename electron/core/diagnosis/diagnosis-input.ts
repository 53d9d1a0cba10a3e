import type { DiagnosisInput, DxCoding } from '../../../shared/domain/diagnosis/input'
import {
  readEngagementSettings,
  resolveDiagnosisSettings,
  type CodingSource,
} from '../../../shared/domain/diagnosis-settings'
import type { Engagement } from '../engagement/engagement'
import { diagnosisSourceRepository, type SourceCoding } from '../repositories/diagnosis-source'
import { engagementAlphaByCode } from '../agreement/engagement-alpha'

/** Everything the diagnosis engine reads, from an open engagement. */
export function diagnosisInput(e: Engagement): DiagnosisInput {
  const settings = readEngagementSettings(e.info.settings())
  const source = diagnosisSourceRepository(e.db)
  const cb = e.codebook.get()
  const familyKey = new Map(cb.families.map((f) => [f.id, f.key]))
  const alphaByCode = engagementAlphaByCode(e)
  return {
    settings: resolveDiagnosisSettings(settings.diagnosis),
    respondents: source.respondents(),
    codes: cb.codes.map((c) => ({
      id: c.id,
      key: c.key,
      parentId: c.parentId,
      family: c.familyId ? (familyKey.get(c.familyId) ?? null) : null,
      pragmatism: c.diagnosis.pragmatism,
      idealism: c.diagnosis.idealism,
      ibmItems: c.ibmItems,
      analystOnly: c.analystOnly,
    })),
    codings: respondentsWords(selectCodings(source.codings(), settings.codingSource), source.interviewerTurns()),
    motiveCards: source.motiveCards(),
    collectives: e.collectives.list().map(({ id, name, label, criteria, evidenceCodingIds }) => ({
      id,
      name,
      label,
      criteria,
      evidenceCodingIds,
    })),
    // Only when two coders coded the same documents: otherwise the gate has nothing to read.
    ...(alphaByCode ? { alphaByCode } : {}),
  }
}

/**
 * The codings on what respondents said: one that lies wholly within the interviewer's turn of a
 * transcript (a question, a prompt) says nothing of what the respondent wants.
 */
export function respondentsWords(codings: DxCoding[], interviewer: Map<string, { start: number; end: number }[]>) {
  if (interviewer.size === 0) return codings
  return codings.filter((c) => !(interviewer.get(c.documentId) ?? []).some((t) => t.start <= c.start && c.end <= t.end))
}

/**
 * Which codings feed the diagnosis (DESIGN.md): one chosen coder's, by a setting; otherwise the
 * consensus codings of every document where coders compared their work, and elsewhere all
 * codings, the same code on the same span by two coders counting once.
 */
export function selectCodings(all: SourceCoding[], source: CodingSource): DxCoding[] {
  if (source.kind === 'coder') return all.filter((c) => c.coderId === source.coderId).map(toDx)
  const consensusDocs = new Set(all.filter((c) => c.coderKind === 'consensus').map((c) => c.documentId))
  const kept = new Map<string, SourceCoding>()
  // The earliest coding of a duplicate is kept (plain comparisons: localeCompare is slow at this size).
  const earliestFirst = (a: SourceCoding, b: SourceCoding) =>
    a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0
  for (const c of [...all].sort(earliestFirst)) {
    if (consensusDocs.has(c.documentId) && c.coderKind !== 'consensus') continue
    const key = `${c.documentId}:${c.start}:${c.end}:${c.codeId}`
    if (!kept.has(key)) kept.set(key, c)
  }
  return [...kept.values()].map(toDx)
}

const toDx = (c: SourceCoding): DxCoding => ({
  id: c.id,
  documentId: c.documentId,
  start: c.start,
  end: c.end,
  respondentId: c.respondentId,
  codeId: c.codeId,
  stance: c.stance,
  target: c.target,
  valence: c.valence,
  intensity: c.intensity,
  flags: c.flags,
  documentOrder: c.documentOrder,
})

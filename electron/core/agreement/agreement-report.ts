import type { AgreementReport, SegmentSummary } from '../../../shared/api/agreement'
import { answerUnitsAgreement } from '../../../shared/domain/agreement/answer-units'
import { segmentAgreementByCode } from '../../../shared/domain/agreement/code-segments'
import type { Segment, SegmentMatch } from '../../../shared/domain/agreement/segment-matching'
import type { Engagement } from '../engagement/engagement'
import { agreementCodings, personCoderIds, type AgreementCoding } from './agreement-codings'
import { SETTLED_CODES } from '../repositories/diagnosis-source'
import { characterAgreement, characterCells, pooledCells } from '../../../shared/domain/agreement/character-kappa'

/**
 * The answer-unit report of the coders asked for (every person coder when none is): per code alpha,
 * kappa for two coders, percent agreement, counts; and segment matching when two are compared.
 */
export function agreementReport(e: Engagement, input: { coderIds: string[]; theta: number }): AgreementReport {
  const persons = personCoderIds(e.db)
  const asked = input.coderIds.length ? persons.filter((id) => input.coderIds.includes(id)) : persons
  const codings = agreementCodings(e.db)
  const agreement = answerUnitsAgreement(codings, asked)
  const [a, b] = agreement.coderIds
  const segments =
    agreement.coderIds.length === 2 ? segmentAgreementByCode(codings, a!, b!, input.theta) : new Map<string, never>()
  const codes = new Map(e.codebook.get().codes.map((c) => [c.key, c]))
  const characters = agreement.coderIds.length === 2 ? characterKappas(e, codings, agreement.units, a!, b!) : null
  return {
    coders: agreement.coderIds.map((id) => {
      const coder = e.coders.get(id)
      return { id, name: coder?.name ?? '', initials: coder?.initials ?? '' }
    }),
    units: agreement.units.length,
    codes: agreement.codes.map((c) => {
      const code = codes.get(c.key)
      return {
        ...c,
        codeId: code?.id ?? null,
        name: code?.name ?? { fr: c.key, en: c.key },
        color: code?.color ?? '#888888',
        segments: summary(segments.get(c.key)),
        characterKappa: characters?.get(c.key) ?? null,
      }
    }),
    meanAlpha: agreement.meanAlpha,
    theta: input.theta,
    againstConsensus: againstConsensus(e, agreement.coderIds),
  }
}

/**
 * Each coder compared against the consensus set, over the codes settled on each answer (a code
 * not yet settled there is no part of the consensus).
 */
function againstConsensus(e: Engagement, coderIds: readonly string[]): AgreementReport['againstConsensus'] {
  const consensus = e.coders.list().find((c) => c.kind === 'consensus')
  if (!consensus) return []
  const settled = new Set(
    e.db
      .prepare(`SELECT s.document_id || '|' || k.key FROM (${SETTLED_CODES}) s JOIN codes k ON k.id = s.code_id`)
      .pluck()
      .all() as string[],
  )
  const codings = agreementCodings(e.db, true).filter(
    (c) => c.coderId === consensus.id || settled.has(`${c.documentId}|${c.codeKey}`),
  )
  return coderIds.map((id) => {
    const a = answerUnitsAgreement(codings, [id, consensus.id])
    return { coderId: id, name: e.coders.get(id)?.name ?? '', units: a.units.length, meanAlpha: a.meanAlpha }
  })
}

function summary(m: SegmentMatch<Segment> | undefined): SegmentSummary | null {
  if (!m || Number.isNaN(m.agreement)) return null
  return {
    matched: m.matched.length,
    aOnly: m.aOnly.length,
    bOnly: m.bOnly.length,
    agreement: m.agreement,
    holsti: m.holsti,
  }
}

/**
 * Kappa over characters, per code (NVivo's way): in every unit both coders coded, each character is
 * coded by both, by one or by neither; the four cells are pooled across the units.
 */
function characterKappas(
  e: Engagement,
  codings: readonly AgreementCoding[],
  units: readonly string[],
  a: string,
  b: string,
): Map<string, number | null> {
  const lengths = new Map(
    (e.db.prepare('SELECT id, length(text) AS n FROM documents').all() as { id: string; n: number }[]).map((d) => [
      d.id,
      d.n,
    ]),
  )
  const inUnits = new Set(units)
  const spans = new Map<string, Map<string, { a: [number, number][]; b: [number, number][] }>>()
  for (const c of codings) {
    if (!inUnits.has(c.documentId) || (c.coderId !== a && c.coderId !== b)) continue
    const byDoc = spans.get(c.codeKey) ?? new Map<string, { a: [number, number][]; b: [number, number][] }>()
    spans.set(c.codeKey, byDoc)
    const doc = byDoc.get(c.documentId) ?? { a: [], b: [] }
    byDoc.set(c.documentId, doc)
    doc[c.coderId === a ? 'a' : 'b'].push([c.start, c.end])
  }
  const out = new Map<string, number | null>()
  for (const [key, byDoc] of spans) {
    // Units where the code was applied by neither are all "neither": they count too.
    const cells = units.map((u) => {
      const d = byDoc.get(u) ?? { a: [], b: [] }
      return characterCells(d.a, d.b, lengths.get(u) ?? 0)
    })
    out.set(key, characterAgreement(pooledCells(cells)).kappa)
  }
  return out
}

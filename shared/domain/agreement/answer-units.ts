import { krippendorffAlpha, type ReliabilityUnit } from './krippendorff-alpha'
import { cohenKappa } from './cohen-kappa'
import { scottPi } from './scott-pi'
import { brennanPrediger } from './brennan-prediger'
import { alphaBand, kappaBand, type AlphaBand, type KappaBand } from './agreement-bands'

/** One coding as the answer-unit design reads it: who applied which code key in which document. */
export interface UnitCoding {
  documentId: string
  coderId: string
  codeKey: string
}

export interface CodeAgreement {
  key: string
  /** Documents coded by at least two of the coders compared. */
  units: number
  /** Unit-coder cells where the code was applied. */
  applied: number
  alpha: number | null
  alphaBand: AlphaBand | null
  /** Only when exactly two coders are compared. */
  kappa: number | null
  kappaBand: KappaBand | null
  /** Scott's pi and Brennan-Prediger (two categories: applied or not), two coders only. */
  pi: number | null
  brennanPrediger: number | null
  /** Units on which every coder who coded it agrees (applied or not), over units. */
  percent: number
}

export interface AnswerUnitsAgreement {
  /** The coders who share at least one unit with another of those asked for, in the order asked. */
  coderIds: string[]
  units: string[]
  codes: CodeAgreement[]
  /** The mean of the codes' alphas that are defined. */
  meanAlpha: number | null
}

/**
 * The default design (AGREEMENT.md): a unit is a document (an answer, a transcript) that at least two
 * coders coded (at least one coding each); per code, 1 when the coder applied that very key there, else
 * 0, missing when the coder did not code the document. A sub-code is its own key: the diagnosis names
 * the keys a measure reads, a child's included, so alpha follows the keys as applied.
 */
export function answerUnitsAgreement(
  codings: readonly UnitCoding[],
  coderIds: readonly string[],
): AnswerUnitsAgreement {
  const byDocument = keysByDocument(codings, coderIds)
  const units = [...byDocument.entries()].filter(([, coders]) => coders.size >= 2)
  const present = new Set(units.flatMap(([, coders]) => [...coders.keys()]))
  const compared = coderIds.filter((id) => present.has(id))
  const keys = [...new Set(units.flatMap(([, coders]) => [...coders.values()].flatMap((k) => [...k])))].sort()
  const codes = keys.map((key) =>
    codeAgreement(
      key,
      units.map(([, coders]) => coders),
      compared,
    ),
  )
  const alphas = codes.map((c) => c.alpha).filter((a): a is number => a !== null)
  return {
    coderIds: compared,
    units: units.map(([id]) => id),
    codes,
    meanAlpha: alphas.length ? alphas.reduce((s, a) => s + a, 0) / alphas.length : null,
  }
}

/** The code keys each of the coders asked for applied in each document: document -> coder -> keys. */
export function keysByDocument(
  codings: readonly UnitCoding[],
  coderIds: readonly string[],
): Map<string, Map<string, Set<string>>> {
  const asked = new Set(coderIds)
  const byDocument = new Map<string, Map<string, Set<string>>>()
  for (const c of codings) {
    if (!asked.has(c.coderId)) continue
    const coders = byDocument.get(c.documentId) ?? new Map<string, Set<string>>()
    byDocument.set(c.documentId, coders)
    const keys = coders.get(c.coderId) ?? new Set<string>()
    coders.set(c.coderId, keys)
    keys.add(c.codeKey)
  }
  return byDocument
}

function codeAgreement(key: string, units: Map<string, Set<string>>[], coderIds: string[]): CodeAgreement {
  const matrix: ReliabilityUnit<0 | 1>[] = units.map((coders) =>
    coderIds.map((id) => {
      const keys = coders.get(id)
      return keys ? (keys.has(key) ? 1 : 0) : null
    }),
  )
  const alpha = krippendorffAlpha(matrix).alpha
  const two = coderIds.length === 2 ? twoColumns(matrix) : null
  const kappa = two ? cohenKappa(...two) : null
  let applied = 0
  let agreed = 0
  for (const unit of matrix) {
    const values = unit.filter((v) => v !== null)
    applied += values.filter((v) => v === 1).length
    if (values.every((v) => v === values[0])) agreed += 1
  }
  return {
    key,
    units: units.length,
    applied,
    alpha,
    alphaBand: alpha === null ? null : alphaBand(alpha),
    kappa,
    kappaBand: kappa === null ? null : kappaBand(kappa),
    pi: two ? scottPi(...two) : null,
    brennanPrediger: two ? brennanPrediger(...two, 2) : null,
    percent: units.length ? agreed / units.length : 0,
  }
}

/** With two coders every unit holds both values (a unit needs two coders). */
function twoColumns(matrix: ReliabilityUnit<0 | 1>[]): [(0 | 1)[], (0 | 1)[]] {
  return [matrix.map((u) => u[0] ?? 0), matrix.map((u) => u[1] ?? 0)]
}

/** Alpha by code key, for the diagnosis' reliability gate: only the codes where alpha is defined. */
export function alphaByCode(agreement: AnswerUnitsAgreement): Record<string, number> {
  return Object.fromEntries(agreement.codes.flatMap((c) => (c.alpha === null ? [] : [[c.key, c.alpha]])))
}

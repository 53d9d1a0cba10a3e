import type { ImportProblem } from '../../../shared/api/imports'
import type { Group, Stance, Valence } from '../../../shared/domain/groups'
import type { Engagement } from '../engagement/engagement'
import { lineProblem } from './import-error'
import type { CodedRow } from './parse-coded-rows'

/** Paragraphs of an imported document are its excerpts, one blank line apart. */
export const EXCERPT_SEPARATOR = '\n\n'

export interface PlannedCoding {
  line: number
  codeId: string
  /** The coder's key in ImportPlan.coders. */
  coder: string
  stance: Stance
  target: Group | null
  valence: Valence
  intensity: 1 | 2 | 3 | null
}

export interface PlannedExcerpt {
  /** UTF-16 offsets in the document's text, half-open. */
  start: number
  end: number
  codings: PlannedCoding[]
}

export interface PlannedDocument {
  /** The respondent's key in ImportPlan.respondents. */
  respondent: string
  questionText: string
  /** An existing question, or null for the new question of questionText. */
  questionId: string | null
  text: string
  excerpts: PlannedExcerpt[]
}

/** Everything the import will write, worked out before anything is written. */
export interface ImportPlan {
  rows: number
  respondents: Map<string, { code: string; group: Group; existingId: string | null }>
  coders: Map<string, { name: string; existingId: string | null }>
  /** Texts of the questions to create, in file order. */
  newQuestions: string[]
  questionsReused: number
  documents: PlannedDocument[]
  codings: number
}

const respondentKey = (code: string): string => code.toUpperCase()
const coderKey = (name: string): string => name.normalize('NFC').replace(/\s+/g, ' ').toLowerCase()

interface DraftDocument {
  respondent: string
  questionText: string
  excerpts: Map<string, PlannedCoding[]>
}

/**
 * Checks the rows against the engagement (codes, respondents already there, rows repeated) and
 * works out the documents, their texts and the codings' offsets. Reads only.
 */
export function planImport(e: Engagement, rows: CodedRow[]): { plan: ImportPlan; problems: ImportProblem[] } {
  const problems: ImportProblem[] = []
  const codeId = codeFinder(e)
  const existingCoders = new Map<string, string>()
  for (const c of e.coders.list()) if (!existingCoders.has(coderKey(c.name))) existingCoders.set(coderKey(c.name), c.id)

  const respondents: ImportPlan['respondents'] = new Map()
  const firstRowOf = new Map<string, CodedRow>()
  const coders: ImportPlan['coders'] = new Map()
  const drafts = new Map<string, DraftDocument>()
  const seen = new Map<string, number>()
  let codings = 0

  for (const row of rows) {
    const rKey = respondentKey(row.respondent)
    if (!respondents.has(rKey)) {
      const existing = e.respondents.byCode(row.respondent)
      respondents.set(rKey, {
        code: existing?.code ?? row.respondent,
        group: existing?.group ?? row.group,
        existingId: existing?.id ?? null,
      })
      firstRowOf.set(rKey, row)
    }
    const respondent = respondents.get(rKey)!
    const first = firstRowOf.get(rKey)!
    if (respondent.existingId && respondent.group !== row.group) {
      problems.push(
        lineProblem(row.line, 'import.problem.respondentGroupDiffers', {
          respondent: respondent.code,
          existing: respondent.group,
          group: row.group,
        }),
      )
    } else if (respondent.group !== row.group) {
      problems.push(
        lineProblem(row.line, 'import.problem.respondentGroupConflict', {
          respondent: respondent.code,
          group: row.group,
          first: first.group,
          firstLine: first.line,
        }),
      )
    }

    const code = codeId(row.code)
    if (!code) problems.push(lineProblem(row.line, 'import.problem.unknownCode', { code: row.code }))

    const cKey = coderKey(row.coder)
    if (!coders.has(cKey)) coders.set(cKey, { name: row.coder, existingId: existingCoders.get(cKey) ?? null })

    const identity = [rKey, row.question, row.excerpt, code ?? row.code, cKey, row.stance, row.target ?? ''].join(
      '\u0000',
    )
    const repeated = seen.get(identity)
    if (repeated !== undefined) {
      problems.push(lineProblem(row.line, 'import.problem.duplicateCoding', { first: repeated }))
      continue
    }
    seen.set(identity, row.line)
    if (!code) continue

    const docKey = `${rKey}\u0000${row.question}`
    let draft = drafts.get(docKey)
    if (!draft) drafts.set(docKey, (draft = { respondent: rKey, questionText: row.question, excerpts: new Map() }))
    let excerpt = draft.excerpts.get(row.excerpt)
    if (!excerpt) draft.excerpts.set(row.excerpt, (excerpt = []))
    excerpt.push({
      line: row.line,
      codeId: code,
      coder: cKey,
      stance: row.stance,
      target: row.target,
      valence: row.valence,
      intensity: row.intensity,
    })
    codings++
  }

  const questions = questionFinder(e)
  const newQuestions: string[] = []
  const reused = new Set<string>()
  const documents = [...drafts.values()].map((d): PlannedDocument => {
    const questionId = questions(d.questionText, respondents.get(d.respondent)!.group)
    if (questionId) reused.add(questionId)
    else if (!newQuestions.includes(d.questionText)) newQuestions.push(d.questionText)
    return { respondent: d.respondent, questionText: d.questionText, questionId, ...layOut(d.excerpts) }
  })
  return {
    plan: { rows: rows.length, respondents, coders, newQuestions, questionsReused: reused.size, documents, codings },
    problems,
  }
}

/** The document's text, its excerpts in file order one paragraph each, and where each excerpt lies. */
function layOut(excerpts: Map<string, PlannedCoding[]>): { text: string; excerpts: PlannedExcerpt[] } {
  const placed: PlannedExcerpt[] = []
  let offset = 0
  for (const [text, codings] of excerpts) {
    if (placed.length > 0) offset += EXCERPT_SEPARATOR.length
    placed.push({ start: offset, end: offset + text.length, codings })
    offset += text.length
  }
  return { text: [...excerpts.keys()].join(EXCERPT_SEPARATOR), excerpts: placed }
}

/** A code's id by its key: exactly as written, else ignoring case when that names one code only. */
function codeFinder(e: Engagement): (key: string) => string | undefined {
  const exact = new Map<string, string>()
  const folded = new Map<string, string | null>()
  for (const c of e.codebook.codes()) {
    exact.set(c.key, c.id)
    const k = c.key.toUpperCase()
    folded.set(k, folded.has(k) ? null : c.id)
  }
  return (key) => exact.get(key) ?? folded.get(key.toUpperCase()) ?? undefined
}

/**
 * An existing question by its exact text in either language. The same text can be in several
 * guides (the closing question is in every one): the guide of the respondent's group comes first.
 */
function questionFinder(e: Engagement): (text: string, group: Group) => string | null {
  const byText = new Map<string, { id: string; group: Group }[]>()
  for (const guide of e.guides.list()) {
    for (const q of guide.questions) {
      for (const t of new Set([q.text.fr, q.text.en].map((s) => s.normalize('NFC').trim()))) {
        if (t) byText.set(t, [...(byText.get(t) ?? []), { id: q.id, group: guide.group }])
      }
    }
  }
  return (text, group) => {
    const found = byText.get(text)
    return (found?.find((q) => q.group === group) ?? found?.[0])?.id ?? null
  }
}

import type { ImportProblem } from '../../../shared/api/imports'
import type { Group, Stance, Valence } from '../../../shared/domain/groups'
import type { Engagement } from '../engagement/engagement'
import { lineProblem, ProblemList } from './import-error'
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

export interface PlannedDocument {
  /** The respondent's key in ImportPlan.respondents. */
  respondent: string
  questionText: string
  /** An existing question, or null for the new question of questionText. */
  questionId: string | null
  /** Its excerpts in file order, each with its codings: the text is laid out when it is written (layOut). */
  excerpts: Map<string, PlannedCoding[]>
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

/** Checks rows against the engagement one at a time, then works out what to write. */
export interface ImportPlanner {
  add(row: CodedRow): void
  finish(): { plan: ImportPlan; problems: ProblemList<ImportProblem> }
}

/**
 * Checks each row against the engagement (codes, respondents already there, rows repeated) as it
 * is read, keeping of it only what will be written: its excerpt's text once, its coding's fields.
 * Then works out the documents and their questions. Reads only.
 */
export function importPlanner(e: Engagement): ImportPlanner {
  const problems = new ProblemList<ImportProblem>()
  const codeId = codeFinder(e)
  const existingCoders = new Map<string, string>()
  for (const c of e.coders.list()) if (!existingCoders.has(coderKey(c.name))) existingCoders.set(coderKey(c.name), c.id)

  const respondents: ImportPlan['respondents'] = new Map()
  const firstRowOf = new Map<string, { group: Group; line: number }>()
  const coders: ImportPlan['coders'] = new Map()
  const drafts = new Map<string, DraftDocument>()
  const repetitions = repetitionFinder()
  // One string per coder for all its rows, rather than one per row.
  const coderKeys = new Map<string, string>()
  let rows = 0
  let codings = 0

  function add(row: CodedRow): void {
    rows++
    const rKey = respondentKey(row.respondent)
    if (!respondents.has(rKey)) {
      const existing = e.respondents.byCode(row.respondent)
      respondents.set(rKey, {
        code: existing?.code ?? row.respondent,
        group: existing?.group ?? row.group,
        existingId: existing?.id ?? null,
      })
      firstRowOf.set(rKey, { group: row.group, line: row.line })
    }
    const respondent = respondents.get(rKey)!
    const first = firstRowOf.get(rKey)!
    if (respondent.existingId && respondent.group !== row.group) {
      problems.add([
        lineProblem(row.line, 'import.problem.respondentGroupDiffers', {
          respondent: respondent.code,
          existing: respondent.group,
          group: row.group,
        }),
      ])
    } else if (respondent.group !== row.group) {
      problems.add([
        lineProblem(row.line, 'import.problem.respondentGroupConflict', {
          respondent: respondent.code,
          group: row.group,
          first: first.group,
          firstLine: first.line,
        }),
      ])
    }

    const code = codeId(row.code)
    if (!code) problems.add([lineProblem(row.line, 'import.problem.unknownCode', { code: row.code })])

    const rowCoder = coderKey(row.coder)
    const cKey = coderKeys.get(rowCoder) ?? (coderKeys.set(rowCoder, rowCoder), rowCoder)
    if (!coders.has(cKey)) coders.set(cKey, { name: row.coder, existingId: existingCoders.get(cKey) ?? null })

    // A row with an unknown code is noted on its excerpt too, so that its repetition is reported
    // too; such a file is refused, so no excerpt is ever written with it (its codeId starts with ?).
    const docKey = `${rKey}\u0000${row.question}`
    let draft = drafts.get(docKey)
    if (!draft) drafts.set(docKey, (draft = { respondent: rKey, questionText: row.question, excerpts: new Map() }))
    const excerpt = draft.excerpts.get(row.excerpt) ?? []
    const coding: PlannedCoding = {
      line: row.line,
      codeId: code ?? `?${row.code}`,
      coder: cKey,
      stance: row.stance,
      target: row.target,
      valence: row.valence,
      intensity: row.intensity,
    }
    const repeated = repetitions.firstLine(excerpt, coding)
    if (repeated !== undefined) {
      problems.add([lineProblem(row.line, 'import.problem.duplicateCoding', { first: repeated })])
      return
    }
    // Most excerpts carry one to three codings: an array of their exact size (concat makes one;
    // push and spread leave room for 16 more), up to a few, then one that grows.
    draft.excerpts.set(row.excerpt, excerpt.length < 8 ? excerpt.concat(coding) : (excerpt.push(coding), excerpt))
    if (code) codings++
  }

  function finish(): { plan: ImportPlan; problems: ProblemList<ImportProblem> } {
    const questions = questionFinder(e)
    const newQuestions: string[] = []
    const known = new Set<string>()
    const reused = new Set<string>()
    const documents = [...drafts.values()].map((d): PlannedDocument => {
      const questionId = questions(d.questionText, respondents.get(d.respondent)!.group)
      if (questionId) reused.add(questionId)
      else if (!known.has(d.questionText)) {
        known.add(d.questionText)
        newQuestions.push(d.questionText)
      }
      return { respondent: d.respondent, questionText: d.questionText, questionId, excerpts: d.excerpts }
    })
    return {
      plan: { rows, respondents, coders, newQuestions, questionsReused: reused.size, documents, codings },
      problems,
    }
  }

  return { add, finish }
}

/** The same code by the same coder with the same stance and target on the same excerpt. */
const sameCoding = (a: PlannedCoding, b: PlannedCoding): boolean =>
  a.codeId === b.codeId && a.coder === b.coder && a.stance === b.stance && a.target === b.target

const identity = (c: PlannedCoding): string => [c.codeId, c.coder, c.stance, c.target ?? ''].join('\u0000')

/**
 * Finds a coding repeated on its excerpt: by reading the excerpt's few codings, or, for an excerpt
 * with many (a file built to make that slow), by a set of them made when it grows long.
 */
function repetitionFinder() {
  const LONG = 32
  const sets = new WeakMap<PlannedCoding[], Map<string, number>>()
  return {
    firstLine(excerpt: PlannedCoding[], coding: PlannedCoding): number | undefined {
      if (excerpt.length < LONG) return excerpt.find((c) => sameCoding(c, coding))?.line
      let set = sets.get(excerpt)
      if (!set) sets.set(excerpt, (set = new Map(excerpt.map((c) => [identity(c), c.line]))))
      const first = set.get(identity(coding))
      if (first === undefined) set.set(identity(coding), coding.line)
      return first
    },
  }
}

/** The document's text, its excerpts in file order one paragraph each, and where each excerpt lies. */
export function layOut(document: PlannedDocument): {
  text: string
  excerpts: { start: number; end: number; codings: PlannedCoding[] }[]
} {
  const placed: { start: number; end: number; codings: PlannedCoding[] }[] = []
  let offset = 0
  for (const [text, codings] of document.excerpts) {
    if (placed.length > 0) offset += EXCERPT_SEPARATOR.length
    placed.push({ start: offset, end: offset + text.length, codings })
    offset += text.length
  }
  return { text: [...document.excerpts.keys()].join(EXCERPT_SEPARATOR), excerpts: placed }
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

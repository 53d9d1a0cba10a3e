import type { AutocodeInput, AutocodePreview, BulkCodingResult } from '../../../shared/api/search'
import { compilePattern } from '../../../shared/domain/search/autocode-pattern'
import { scopeSpans } from '../../../shared/domain/search/coding-scope'
import { findTermHits, type TextSpan } from '../../../shared/domain/search/find-hits'
import { translate } from '../../../shared/i18n/translate'
import { keywordTerm, toFtsMatch } from '../../../shared/domain/search/search-query'
import { fail } from '../../../shared/domain/terrain-error'
import { applyCodingToSpans } from '../coding/apply-coding'
import type { Engagement } from '../engagement/engagement'
import { candidateDocuments, spanRow, type CandidateDocument } from './candidate-documents'
import { UNWATCHED_JOB, type JobControl } from '../jobs/job-control'
import { guardedPatternMatches, type PatternMatches } from './guarded-pattern-matches'

/** Bounds on what one autocoding may code: a pattern as broad as "e" must not code the whole engagement. */
const AUTOCODE_LIMITS = { perDocument: 200, total: 5_000, previewRows: 300, milliseconds: 5_000 }

interface PlannedSpan {
  doc: CandidateDocument
  span: TextSpan
  /** What the matcher found in the document, to mark inside a sentence or an answer. */
  matches: TextSpan[]
}

interface AutocodePlan {
  spans: PlannedSpan[]
  skipped: number
  capped: boolean
}

/** What autocoding would code, read from the engagement without writing a byte. */
export async function previewAutocode(e: Engagement, input: AutocodeInput): Promise<AutocodePreview> {
  const plan = await planAutocode(e, input)
  return {
    total: plan.spans.length,
    documents: new Set(plan.spans.map((s) => s.doc.id)).size,
    skipped: plan.skipped,
    capped: plan.capped,
    spans: plan.spans.slice(0, AUTOCODE_LIMITS.previewRows).map((s) => spanRow(s.doc, s.span, s.matches)),
  }
}

/** Codes exactly what the preview of the same input shows, as one undoable 'autocode' action. */
export async function applyAutocode(
  e: Engagement,
  input: AutocodeInput,
  job: JobControl = UNWATCHED_JOB,
): Promise<BulkCodingResult> {
  job.step(0, 1)
  const planned = (await planAutocode(e, input)).spans
  // The matching ran off the main thread: a document edited meanwhile is left for another pass.
  const spans = planned
    .filter(({ doc }) => e.documents.get(doc.id)?.text === doc.text)
    .map(({ doc, span }) => ({ documentId: doc.id, ...span }))
  const added = applyCodingToSpans(e, spans, { codeIds: input.codeIds, coderId: input.coderId }, 'autocode', job)
  return { spans: spans.length, codings: added.length, history: e.history.state() }
}

async function planAutocode(e: Engagement, input: AutocodeInput): Promise<AutocodePlan> {
  for (const codeId of input.codeIds) if (!e.codebook.code(codeId)) fail('NOT_FOUND', `No code ${codeId}.`)
  const find = matcherOf(e, input)
  const docs = [...candidateDocuments(e, find.ftsMatch, input)]
  const matched = await find.spans(docs.map((d) => d.text))
  const found: PlannedSpan[] = []
  let capped = false
  docs.forEach((doc, i) => {
    const matches = matched[i]!
    capped ||= matches.capped
    if (found.length >= AUTOCODE_LIMITS.total) return void (capped = true)
    for (const span of scopeSpans(doc.text, matches.spans, input.scope))
      found.push({ doc, span, matches: matches.spans })
  })
  const spans = found.slice(0, AUTOCODE_LIMITS.total)
  capped ||= found.length > AUTOCODE_LIMITS.total
  const done = alreadyCoded(e, input)
  const fresh = spans.filter((s) => !input.codeIds.every((c) => done.has(key(s.doc.id, s.span, c))))
  return { spans: fresh, skipped: spans.length - fresh.length, capped }
}

interface Matcher {
  /** FTS5 narrows the documents for keywords; a regular expression reads them all. */
  ftsMatch: string | null
  spans(texts: string[]): Promise<PatternMatches[]>
}

function matcherOf(e: Engagement, input: AutocodeInput): Matcher {
  const cap = AUTOCODE_LIMITS.perDocument
  if (input.matcher.kind === 'keywords') {
    const terms = input.matcher.keywords.map(keywordTerm).filter((t) => t !== null)
    if (terms.length === 0) fail('INVALID_INPUT', 'Give at least one keyword with a letter or a digit.')
    return {
      ftsMatch: toFtsMatch(terms, 'OR'),
      spans: async (texts) =>
        texts.map((text) => {
          const all = findTermHits(text, terms)
          return { spans: all.slice(0, cap), capped: all.length > cap }
        }),
    }
  }
  const compiled = compilePattern(input.matcher.pattern)
  if (!compiled.ok) fail('INVALID_INPUT', `The regular expression is refused: ${compiled.detail}`)
  return {
    ftsMatch: null,
    spans: async (texts) =>
      (await guardedPatternMatches(compiled.regex, texts, cap, AUTOCODE_LIMITS.milliseconds)) ??
      fail(
        'INVALID_INPUT',
        `The regular expression took more than ${AUTOCODE_LIMITS.milliseconds / 1000} s and was stopped.`,
        translate(e.info.get().language, 'autocode.tooSlow'),
      ),
  }
}

/** The spans the coder already coded with the chosen codes, read in one query (no coder yet: none). */
function alreadyCoded(e: Engagement, input: AutocodeInput): Set<string> {
  const coderId = input.coderId ?? e.coders.list().find((c) => c.kind === 'person')?.id
  if (!coderId) return new Set()
  const rows = e.db
    .prepare<unknown[], { document_id: string; start: number; end: number; code_id: string }>(
      `SELECT document_id, start, end, code_id FROM codings
       WHERE coder_id = ? AND code_id IN (${input.codeIds.map(() => '?').join(', ')})`,
    )
    .all(coderId, ...input.codeIds)
  return new Set(rows.map((r) => key(r.document_id, r, r.code_id)))
}

const key = (documentId: string, span: TextSpan, codeId: string): string =>
  `${documentId}:${span.start}:${span.end}:${codeId}`

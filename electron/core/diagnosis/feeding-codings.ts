import type { DxCoding } from '../../../shared/domain/diagnosis/input'
import type { CodingSource } from '../../../shared/domain/diagnosis-settings'
import { readJson } from '../repositories/json-column'
import { traitsOf, type diagnosisSourceRepository } from '../repositories/diagnosis-source'

type Source = ReturnType<typeof diagnosisSourceRepository>
type Span = { start: number; end: number }

// Shared by every coding without flags (nearly all): one array, never written to.
const NO_FLAGS = Object.freeze([]) as unknown as string[]

/**
 * Which codings feed the diagnosis (DESIGN.md), each row read once: one chosen coder's, by a
 * setting; otherwise the consensus codings of every document where coders compared their work,
 * and elsewhere all codings, the same code on the same span by two coders counting once (the
 * earliest). Codings on documents of no respondent, or wholly within the interviewer's turn of a
 * transcript (a question, a prompt: not what the respondent wants), are left out.
 */
export function feedingCodings(
  source: Source,
  codingSource: CodingSource,
  /** Called before each chunk of rows: a cancelled job stops there. */
  check: () => void = () => undefined,
): DxCoding[] {
  const documents = new Map(source.respondentDocuments().map((d) => [d.rowid, d]))
  const codeIds = source.codeIds()
  const interviewer = source.interviewerTurns()
  const duplicates = codingSource.kind === 'coder' ? null : new EarliestPerSpan()
  const out: DxCoding[] = []
  source.eachCodingColumns(codingSource, (rows) => {
    check()
    for (let i = 0; i < rows.id.length; i++) {
      const doc = documents.get(rows.document[i]!)
      const start = rows.start[i]!
      const end = rows.end[i]!
      const traits = rows.traits[i]!
      if (!doc || withinTurn(interviewer.get(doc.id), start, end)) continue
      const flags = rows.flags[i]
      const coding: DxCoding = {
        id: rows.id[i]!,
        documentId: doc.id,
        start,
        end,
        respondentId: doc.respondentId,
        codeId: codeIds.get(rows.code[i]!)!,
        stance: traitsOf.attributed(traits) ? 'ATTR' : 'SELF',
        target: traitsOf.target(traits),
        valence: traitsOf.valence(traits),
        intensity: traitsOf.intensity(traits),
        flags: flags ? readJson<string[]>(flags, []) : NO_FLAGS,
        documentOrder: doc.order,
      }
      if (!duplicates) out.push(coding)
      else duplicates.add(rows.document[i]!, rows.code[i]!, coding, out)
    }
  })
  return duplicates ? duplicates.keepEarliest(out, (ids) => source.createdAt(ids)) : out
}

const withinTurn = (turns: Span[] | undefined, start: number, end: number) =>
  !!turns && turns.some((t) => t.start <= start && end <= t.end)

/**
 * Finds the codings of the same code on the same span of a document: row numbers sorted by
 * (document, start, end, code) as integers, then neighbours compared; no key or map per row
 * (maps of tens of thousands of entries were most of the time of reading the codings).
 */
class EarliestPerSpan {
  private readonly documents: number[] = []
  private readonly codes: number[] = []

  add(document: number, code: number, coding: DxCoding, out: DxCoding[]): void {
    this.documents.push(document)
    this.codes.push(code)
    out.push(coding)
  }

  /** Keeps the earliest coding of each duplicate (by creation time, then id), in its own place. */
  keepEarliest(out: DxCoding[], createdAt: (ids: string[]) => Map<string, string>): DxCoding[] {
    const { documents, codes } = this
    const order = Array.from(out.keys()).sort(
      (a, b) =>
        documents[a]! - documents[b]! ||
        out[a]!.start - out[b]!.start ||
        out[a]!.end - out[b]!.end ||
        codes[a]! - codes[b]!,
    )
    const same = (a: number, b: number) =>
      documents[a] === documents[b] &&
      out[a]!.start === out[b]!.start &&
      out[a]!.end === out[b]!.end &&
      codes[a] === codes[b]
    const groups: number[][] = []
    for (let i = 1; i < order.length; i++) {
      if (!same(order[i - 1]!, order[i]!)) continue
      if (i > 1 && same(order[i - 2]!, order[i]!)) groups[groups.length - 1]!.push(order[i]!)
      else groups.push([order[i - 1]!, order[i]!])
    }
    if (groups.length === 0) return out
    const when = createdAt(groups.flat().map((i) => out[i]!.id))
    const earlier = (a: DxCoding, b: DxCoding) => {
      const [x, y] = [when.get(a.id)!, when.get(b.id)!]
      return x < y || (x === y && a.id < b.id)
    }
    const dropped = new Set<number>()
    for (const group of groups) {
      const kept = group.reduce((k, i) => (earlier(out[i]!, out[k]!) ? i : k))
      for (const i of group) if (i !== kept) dropped.add(i)
    }
    return out.filter((_, i) => !dropped.has(i))
  }
}

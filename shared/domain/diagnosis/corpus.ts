import { GROUPS, type Group, type Valence } from '../groups'
import type { DiagnosisInput, DxCode, DxCoding, DxRespondent } from './input'
import type { ExcerptRef } from './result'

/** Which codings a measure reads: the respondents' own needs, or needs attributed to a group. */
export type Selector = { stance: 'SELF' } | { stance: 'ATTR'; target: Group }
export const SELF: Selector = { stance: 'SELF' }
export const attributedTo = (target: Group): Selector => ({ stance: 'ATTR', target })
// Built once: a key built per lookup or per coding is what made the corpus slow at scale.
const ATTR_KEYS = Object.fromEntries(GROUPS.map((g) => [g, `ATTR:${g}`])) as Record<Group, string>
const selectorKey = (s: Selector): string => (s.stance === 'SELF' ? 'SELF' : ATTR_KEYS[s.target])

/** One (document, start, end) span with the codings on it that match a selector and a key. */
export interface Excerpt {
  id: string
  documentId: string
  start: number
  end: number
  respondentId: string
  documentOrder: number
  codings: DxCoding[]
  /** Where it is, made once when a figure first cites it (see refOf). */
  ref?: ExcerptRef
}

/** One respondent's excerpts under one selector, by code key (in document order). */
interface Shelf {
  byKey: Map<string, Excerpt[]>
}

/**
 * The coded material indexed the way DIAGNOSIS.md's conventions read it: by respondent, stance
 * (and target) and code key, a child code counting for its parent's key too, excerpts in document
 * order so that the cap keeps the first ones. Nested maps keyed by ids the input already holds:
 * at 250,000 codings, a string key built per coding or per lookup is the cost.
 */
export class Corpus {
  private readonly codesById: Map<string, DxCode>
  private readonly keysOfCode = new Map<string, string[]>()
  private readonly shelves = new Map<string, Map<string, Shelf>>()
  private readonly codedKeys = new Set<string>()
  private readonly respondentsById: Map<string, DxRespondent>
  private readonly populations = new Map<Group, DxRespondent[]>()
  private evidence: Map<string, DxCoding> | undefined

  constructor(readonly input: DiagnosisInput) {
    this.codesById = new Map(input.codes.map((c) => [c.id, c]))
    this.respondentsById = new Map(input.respondents.map((r) => [r.id, r]))
    // Document by document (codings in their order within each), so that finding a span needs one
    // map of the document's starts, emptied and used again, not a map per document and shelf.
    const byDocument = new Map<string, DxCoding[]>()
    for (const coding of input.codings) {
      const list = byDocument.get(coding.documentId)
      if (list) list.push(coding)
      else byDocument.set(coding.documentId, [coding])
    }
    const spans = new Map<number, Excerpt | Excerpt[]>()
    for (const codings of byDocument.values()) {
      for (const coding of codings) this.add(coding, spans)
      spans.clear()
    }
    for (const bySelector of this.shelves.values())
      for (const shelf of bySelector.values()) for (const list of shelf.byKey.values()) list.sort(byDocumentOrder)
  }

  get settings() {
    return this.input.settings
  }

  /** The code and its ancestors, nearest first (a cycle in bad data stops the walk). */
  private ancestry(codeId: string): DxCode[] {
    const out: DxCode[] = []
    for (
      let c = this.codesById.get(codeId);
      c && !out.includes(c);
      c = c.parentId ? this.codesById.get(c.parentId) : undefined
    )
      out.push(c)
    return out
  }

  /** The code's key and the keys of its ancestors: a child's coding counts for its parent's key too. */
  keysOf(codeId: string): string[] {
    let keys = this.keysOfCode.get(codeId)
    if (!keys) this.keysOfCode.set(codeId, (keys = this.ancestry(codeId).map((c) => c.key)))
    return keys
  }

  /** A code's role; a code without one takes its parent's. */
  roleOf(codeId: string, measure: 'pragmatism' | 'idealism'): 'pragmatic' | 'relational' | null {
    return this.ancestry(codeId).find((c) => c[measure])?.[measure] ?? null
  }

  /** Codes (by key) whose role in a measure is the given one. */
  keysWithRole(measure: 'pragmatism' | 'idealism', role: 'pragmatic' | 'relational'): string[] {
    return this.input.codes.filter((c) => this.roleOf(c.id, measure) === role).map((c) => c.key)
  }

  /** The keys of a family's codes, read from the codebook. */
  familyKeys(family: string): string[] {
    return this.input.codes.filter((c) => c.family === family).map((c) => c.key)
  }

  /** Whether any coding anywhere in the engagement carries the key (any stance, any respondent). */
  everCoded(key: string): boolean {
    return this.codedKeys.has(key)
  }

  respondent(id: string): DxRespondent | undefined {
    return this.respondentsById.get(id)
  }

  /** A group's population: its respondents with at least one completed interview or import. */
  population(group: Group): DxRespondent[] {
    let people = this.populations.get(group)
    if (!people)
      this.populations.set(group, (people = this.input.respondents.filter((r) => r.group === group && r.inPopulation)))
    return [...people]
  }

  /** The respondent's excerpts carrying the key under the selector, in document order. */
  excerpts(respondentId: string, key: string, sel: Selector): Excerpt[] {
    return this.shelves.get(respondentId)?.get(selectorKey(sel))?.byKey.get(key) ?? []
  }

  /** The same, capped: the first `capPerCode` in document order. */
  capped(respondentId: string, key: string, sel: Selector): Excerpt[] {
    return this.excerpts(respondentId, key, sel).slice(0, this.settings.capPerCode)
  }

  /** Distinct capped excerpts carrying any of the keys (an excerpt counts once however many it carries). */
  cappedAny(respondentId: string, keys: readonly string[], sel: Selector): Excerpt[] {
    return this.distinct(keys.map((key) => this.capped(respondentId, key, sel)))
  }

  /** Distinct excerpts carrying any of the keys, uncapped: for prevalences and "at least one" tests. */
  any(respondentId: string, keys: readonly string[], sel: Selector): Excerpt[] {
    return this.distinct(keys.map((key) => this.excerpts(respondentId, key, sel)))
  }

  /** One respondent's lists merged, each excerpt once, in document order (one excerpt object per span). */
  private distinct(lists: Excerpt[][]): Excerpt[] {
    const nonEmpty = lists.filter((l) => l.length > 0)
    if (nonEmpty.length <= 1) return [...(nonEmpty[0] ?? [])]
    return [...new Set(nonEmpty.flat())].sort(byDocumentOrder)
  }

  /**
   * The codings linked to collectives as evidence, among those that feed the diagnosis, by id:
   * one pass over the codings, for the few linked ones, not a map of every coding.
   */
  collectiveEvidence(): Map<string, DxCoding> {
    if (!this.evidence) {
      const linked = new Set(this.input.collectives.flatMap((c) => c.evidenceCodingIds))
      this.evidence = new Map(
        linked.size ? this.input.codings.filter((c) => linked.has(c.id)).map((c) => [c.id, c]) : [],
      )
    }
    return this.evidence
  }

  /** The valences an excerpt has for a key (the codings of that key on it). */
  valencesFor(x: Excerpt, key: string): Valence[] {
    return x.codings.filter((c) => this.keysOf(c.codeId).includes(key)).map((c) => c.valence)
  }

  /**
   * One excerpt object per (respondent, stance and target, span), holding every coding on that
   * span, listed under each key it carries: an excerpt with several codes is the same excerpt for
   * each of them, so its valences and intensities stay whole wherever it is counted.
   */
  private add(coding: DxCoding, spans: Map<number, Excerpt | Excerpt[]>): void {
    const keys = this.keysOf(coding.codeId)
    for (const key of keys) this.codedKeys.add(key)
    // An attribution with no target says nothing of any group's needs: it feeds no H.
    if (coding.stance === 'ATTR' && coding.target === null) return
    const shelf = this.shelf(coding.respondentId, coding.stance === 'SELF' ? 'SELF' : ATTR_KEYS[coding.target!])
    // The document's excerpts keyed by start, a small integer (a computed number or a string key per
    // coding is slow), then the same end on the same shelf (respondent, stance and target).
    const atStart = spans.get(coding.start)
    let found: Excerpt | undefined
    if (!Array.isArray(atStart)) found = atStart && sameSpan(atStart, coding) ? atStart : undefined
    else for (let i = 0; i < atStart.length && !found; i++) if (sameSpan(atStart[i]!, coding)) found = atStart[i]
    const x = found ?? new SpanExcerpt(coding)
    if (!found) {
      if (atStart === undefined) spans.set(coding.start, x)
      else if (Array.isArray(atStart)) atStart.push(x)
      else spans.set(coding.start, [atStart, x])
    }
    for (const key of keys) {
      const list = shelf.byKey.get(key)
      // Lists made with their first element: an empty array grows to 17 slots on its first push.
      if (!list) shelf.byKey.set(key, [x])
      // A new excerpt is in no list yet; a known one already is under each key of its codings so far
      // (asking them, a few, rather than searching the list, which can be long).
      else if (!found || !this.carries(found, key)) list.push(x)
    }
    if (found) found.codings.push(coding)
  }

  /** Whether a coding of the excerpt carries the key. */
  private carries(x: Excerpt, key: string): boolean {
    for (const c of x.codings) if (this.keysOf(c.codeId).includes(key)) return true
    return false
  }

  private shelf(respondentId: string, selector: string): Shelf {
    let bySelector = this.shelves.get(respondentId)
    if (!bySelector) this.shelves.set(respondentId, (bySelector = new Map()))
    let shelf = bySelector.get(selector)
    if (!shelf) bySelector.set(selector, (shelf = { byKey: new Map() }))
    return shelf
  }
}

/**
 * An excerpt as the corpus makes it, one per span and shelf: its id made only when asked, its
 * codings' array with its first element (at 250,000 codings, each byte per excerpt is 0.25 MB).
 */
class SpanExcerpt implements Excerpt {
  readonly codings: DxCoding[]
  ref: ExcerptRef | undefined = undefined

  constructor(first: DxCoding) {
    this.codings = [first]
  }

  // Where it is, read from its first coding (every coding on it shares its span) rather than
  // copied: five fields fewer on each of 250,000 excerpts.
  get documentId(): string {
    return this.codings[0]!.documentId
  }
  get start(): number {
    return this.codings[0]!.start
  }
  get end(): number {
    return this.codings[0]!.end
  }
  get respondentId(): string {
    return this.codings[0]!.respondentId
  }
  get documentOrder(): number {
    return this.codings[0]!.documentOrder
  }

  get id(): string {
    return `${this.documentId}:${this.start}:${this.end}`
  }
}

/** The same span of the same document on the same shelf (respondent, stance and, for ATTR, target). */
const sameSpan = (x: Excerpt, c: DxCoding) =>
  x.end === c.end &&
  x.respondentId === c.respondentId &&
  x.codings[0]!.stance === c.stance &&
  (c.stance === 'SELF' || x.codings[0]!.target === c.target)

function byDocumentOrder(a: Excerpt, b: Excerpt): number {
  return (
    a.documentOrder - b.documentOrder || a.start - b.start || a.end - b.end || a.documentId.localeCompare(b.documentId)
  )
}

import type { Group, Valence } from '../groups'
import type { DiagnosisInput, DxCode, DxCoding, DxRespondent } from './input'

/** Which codings a measure reads: the respondents' own needs, or needs attributed to a group. */
export type Selector = { stance: 'SELF' } | { stance: 'ATTR'; target: Group }
export const SELF: Selector = { stance: 'SELF' }
export const attributedTo = (target: Group): Selector => ({ stance: 'ATTR', target })
const selectorKey = (s: Selector): string => (s.stance === 'SELF' ? 'SELF' : `ATTR:${s.target}`)

/** One (document, start, end) span with the codings on it that match a selector and a key. */
export interface Excerpt {
  id: string
  documentId: string
  start: number
  end: number
  respondentId: string
  documentOrder: number
  codings: DxCoding[]
}

/**
 * The coded material indexed the way DIAGNOSIS.md's conventions read it: by respondent, stance
 * (and target) and code key, a child code counting for its parent's key too, excerpts in document
 * order so that the cap keeps the first ones.
 */
export class Corpus {
  private readonly codesById: Map<string, DxCode>
  private readonly keysOfCode = new Map<string, string[]>()
  private readonly index = new Map<string, Excerpt[]>()
  private readonly listedBySlot = new Map<string, Set<string>>()
  private readonly spans = new Map<string, Excerpt>()
  private readonly codedKeys = new Set<string>()
  private readonly respondentsById: Map<string, DxRespondent>

  constructor(readonly input: DiagnosisInput) {
    this.codesById = new Map(input.codes.map((c) => [c.id, c]))
    this.respondentsById = new Map(input.respondents.map((r) => [r.id, r]))
    for (const coding of input.codings) this.add(coding)
    for (const list of this.index.values()) list.sort(byDocumentOrder)
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
    return this.input.respondents.filter((r) => r.group === group && r.inPopulation)
  }

  /** The respondent's excerpts carrying the key under the selector, in document order. */
  excerpts(respondentId: string, key: string, sel: Selector): Excerpt[] {
    return this.index.get(`${respondentId}|${selectorKey(sel)}|${key}`) ?? []
  }

  /** The same, capped: the first `capPerCode` in document order. */
  capped(respondentId: string, key: string, sel: Selector): Excerpt[] {
    return this.excerpts(respondentId, key, sel).slice(0, this.settings.capPerCode)
  }

  /** Distinct capped excerpts carrying any of the keys (an excerpt counts once however many it carries). */
  cappedAny(respondentId: string, keys: readonly string[], sel: Selector): Excerpt[] {
    const out = new Map<string, Excerpt>()
    for (const key of keys) for (const x of this.capped(respondentId, key, sel)) out.set(x.id, x)
    return [...out.values()].sort(byDocumentOrder)
  }

  /** Distinct excerpts carrying any of the keys, uncapped: for prevalences and "at least one" tests. */
  any(respondentId: string, keys: readonly string[], sel: Selector): Excerpt[] {
    const out = new Map<string, Excerpt>()
    for (const key of keys) for (const x of this.excerpts(respondentId, key, sel)) out.set(x.id, x)
    return [...out.values()].sort(byDocumentOrder)
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
  private add(coding: DxCoding): void {
    // An attribution with no target says nothing of any group's needs: it feeds no H.
    if (coding.stance === 'ATTR' && coding.target === null) {
      for (const key of this.keysOf(coding.codeId)) this.codedKeys.add(key)
      return
    }
    const sel: Selector = coding.stance === 'SELF' ? SELF : attributedTo(coding.target!)
    const spanId = `${coding.documentId}:${coding.start}:${coding.end}`
    const shared = `${coding.respondentId}|${selectorKey(sel)}|${spanId}`
    let x = this.spans.get(shared)
    if (!x) {
      x = {
        id: spanId,
        documentId: coding.documentId,
        start: coding.start,
        end: coding.end,
        respondentId: coding.respondentId,
        documentOrder: coding.documentOrder,
        codings: [],
      }
      this.spans.set(shared, x)
    }
    x.codings.push(coding)
    for (const key of this.keysOf(coding.codeId)) {
      this.codedKeys.add(key)
      const slot = `${coding.respondentId}|${selectorKey(sel)}|${key}`
      let list = this.index.get(slot)
      let listed = this.listedBySlot.get(slot)
      if (!list || !listed) {
        this.index.set(slot, (list = []))
        this.listedBySlot.set(slot, (listed = new Set()))
      }
      if (!listed.has(spanId)) {
        listed.add(spanId)
        list.push(x)
      }
    }
  }
}

function byDocumentOrder(a: Excerpt, b: Excerpt): number {
  return (
    a.documentOrder - b.documentOrder || a.start - b.start || a.end - b.end || a.documentId.localeCompare(b.documentId)
  )
}

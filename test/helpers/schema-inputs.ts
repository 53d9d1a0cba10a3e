import type { z } from 'zod'
import type { SeededRandom } from '../../electron/core/demo/seeded-random'
import {
  anyHostileValue,
  deeplyNested,
  HOSTILE_NUMBERS,
  HOSTILE_STRINGS,
  hugeStrings,
  unknownUuid,
} from './hostile-values'

/** What an engagement holds that inputs can name: ids by table, and strings its schemas accept. */
export interface KnownValues {
  idsByTable: ReadonlyMap<string, readonly string[]>
  /** Code keys, respondent codes, colours, days, section names... tried where a string has a format. */
  strings: readonly string[]
  /** Documents with their length and, for answers, their interview and question: spans that land in a text. */
  documents: readonly KnownDocument[]
}

export interface KnownDocument {
  id: string
  length: number
  interviewId: string | null
  questionId: string | null
}

/** The table whose ids a field of this name holds (codeIds, coderA...); null when the name does not say. */
const TABLE_OF_FIELD: Record<string, string> = {
  documentId: 'documents',
  interviewId: 'interviews',
  respondentId: 'respondents',
  questionId: 'questions',
  questionIds: 'questions',
  codeId: 'codes',
  codeIds: 'codes',
  excludeCodeIds: 'codes',
  sourceId: 'codes',
  targetId: 'codes',
  parentId: 'codes',
  familyId: 'code_families',
  guideId: 'guides',
  coderId: 'coders',
  coderIds: 'coders',
  coderA: 'coders',
  coderB: 'coders',
  codingId: 'codings',
  codingIds: 'codings',
  collectiveId: 'collectives',
  variableId: 'variables',
  id: 'campaign_targets',
}

type Def = Record<string, unknown> & { type: string }
const defOf = (s: z.ZodType): Def => s.def as unknown as Def
const checksOf = (def: Def) =>
  ((def.checks as { _zod: { def: Record<string, unknown> } }[] | undefined) ?? []).map((c) => c._zod.def)

/**
 * Generates inputs for a contract schema: some valid, most with one hostile value somewhere
 * (`hostility` is the chance that a leaf is replaced by one), and wholly wrong ones.
 */
export class SchemaInputs {
  /** The document an enclosing object names, for the spans inside it. */
  private document: KnownDocument | undefined
  constructor(
    private readonly rng: SeededRandom,
    private readonly known: KnownValues,
    private readonly hostility: number,
  ) {}

  /** One input for a call: wrong types, well-shaped with hostile values, or with extra keys. */
  input(schema: z.ZodType): unknown {
    const r = this.rng.next()
    if (r < 0.1) return anyHostileValue(this.rng)
    const value = this.value(schema, null, 0)
    if (r < 0.18 && isPlainObject(value)) return { ...value, [this.rng.pick(['extra', '__proto__', 'id'])]: 'x' }
    return value
  }

  private hostile(): boolean {
    return this.rng.chance(this.hostility)
  }

  value(schema: z.ZodType, field: string | null, depth: number): unknown {
    const def = defOf(schema)
    switch (def.type) {
      case 'object':
        return this.object(def, depth)
      case 'string':
        return this.string(schema, def, field)
      case 'number':
        return this.number(def)
      case 'boolean':
        return this.hostile() ? this.rng.pick(['true', 1, null]) : this.rng.chance(0.5)
      case 'null':
        return this.hostile() ? anyHostileValue(this.rng) : null
      case 'undefined':
      case 'void':
        return undefined
      case 'literal':
        return this.hostile() ? anyHostileValue(this.rng) : this.rng.pick(def.values as unknown[])
      case 'enum': {
        const options = Object.values(def.entries as Record<string, string>)
        if (!this.hostile()) return this.rng.pick(options)
        return this.rng.pick([String(this.rng.pick(options)).toUpperCase(), '', 'other-value', 0, null])
      }
      case 'array':
        return this.array(def, field, depth)
      case 'tuple':
        return (def.items as z.ZodType[]).map((item) => this.value(item, field, depth + 1))
      case 'record':
        return this.record(def, depth)
      case 'optional':
        return this.rng.chance(0.3) ? undefined : this.value(def.innerType as z.ZodType, field, depth)
      case 'nullable':
        return this.rng.chance(0.25) ? null : this.value(def.innerType as z.ZodType, field, depth)
      case 'default':
      case 'prefault':
        return this.rng.chance(0.3) ? undefined : this.value(def.innerType as z.ZodType, field, depth)
      case 'readonly':
      case 'nonoptional':
      case 'catch':
        return this.value(def.innerType as z.ZodType, field, depth)
      case 'pipe':
        return this.value(def.in as z.ZodType, field, depth)
      case 'lazy':
        return this.value((def.getter as () => z.ZodType)(), field, depth)
      case 'union':
        return this.value(this.rng.pick(def.options as z.ZodType[]), field, depth)
      case 'intersection': {
        const left = this.value(def.left as z.ZodType, field, depth)
        const right = this.value(def.right as z.ZodType, field, depth)
        return isPlainObject(left) && isPlainObject(right) ? { ...left, ...right } : left
      }
      default:
        // unknown, any, custom, transform: anything at all.
        return this.rng.chance(0.5) ? this.plainValue(depth) : anyHostileValue(this.rng)
    }
  }

  private object(def: Def, depth: number): unknown {
    if (this.hostile()) {
      return this.rng.pick([null, [], 'object', deeplyNested(2_000, 'object'), {}])
    }
    const out: Record<string, unknown> = {}
    const outer = this.document
    for (const [key, field] of Object.entries(def.shape as Record<string, z.ZodType>)) {
      const v = this.value(field, key, depth + 1)
      if (v !== undefined) out[key] = v
      else if (this.rng.chance(0.05)) out[key] = undefined
      if (key === 'documentId') this.document = this.known.documents.find((d) => d.id === v)
    }
    this.document = outer
    this.spanInText(out)
    this.reverseOffsets(out)
    if (this.rng.chance(0.03)) out[this.rng.pick(['extra', 'constructor', 'then'])] = anyHostileValue(this.rng)
    return out
  }

  /** Mostly, a span inside the text it names (an answer named by interview and question too). */
  private spanInText(out: Record<string, unknown>): void {
    // A text change names its document one level up: documents.edit's { documentId, changes: [{ from, to }] }.
    if (this.document && typeof out.from === 'number' && typeof out.to === 'number' && this.rng.chance(0.7)) {
      const from = this.rng.int(0, this.document.length)
      Object.assign(out, { from, to: this.rng.int(from, this.document.length) })
    }
    if (typeof out.start !== 'number' || typeof out.end !== 'number' || !this.rng.chance(0.7)) return
    let doc = this.known.documents.find((d) => d.id === out.documentId)
    if (!doc && typeof out.interviewId === 'string' && typeof out.questionId === 'string') {
      doc = this.rng.pick(this.known.documents.filter((d) => d.interviewId && d.questionId))
      if (doc) Object.assign(out, { interviewId: doc.interviewId, questionId: doc.questionId })
    }
    if (!doc) return
    const start = this.rng.int(0, doc.length)
    Object.assign(out, { start, end: this.rng.chance(0.1) ? start : this.rng.int(start, doc.length) })
  }

  /** A span whose end comes before its start, the commonest offset mistake a schema lets through. */
  private reverseOffsets(out: Record<string, unknown>): void {
    for (const [a, b] of [
      ['start', 'end'],
      ['from', 'to'],
    ] as const) {
      if (typeof out[a] === 'number' && typeof out[b] === 'number' && this.rng.chance(0.25)) {
        const [x, y] = [out[a], out[b]]
        out[a] = Math.max(x, y) + this.rng.int(1, 50)
        out[b] = Math.min(x, y)
      }
    }
  }

  private array(def: Def, field: string | null, depth: number): unknown {
    const checks = checksOf(def)
    const min = Number(checks.find((c) => c.check === 'min_length')?.minimum ?? 0)
    const max = Number(checks.find((c) => c.check === 'max_length')?.maximum ?? 5)
    const element = def.element as z.ZodType
    if (this.hostile()) {
      switch (this.rng.int(0, 4)) {
        case 0:
          return []
        case 1: {
          // The same element many times over: ids repeated, or more than the limit.
          const one = this.value(element, field, depth + 1)
          return Array.from({ length: this.rng.pick([2, max, max + 1, 20_000]) }, () => one)
        }
        case 2:
          return deeplyNested(3_000, 'array')
        case 3:
          return { 0: this.value(element, field, depth + 1), length: 1 }
        default:
          return Array.from({ length: max + 1 }, () => this.value(element, field, depth + 1))
      }
    }
    const n = this.rng.int(min, Math.min(Math.max(min, 4), max))
    return Array.from({ length: n }, () => this.value(element, field, depth + 1))
  }

  private record(def: Def, depth: number): unknown {
    if (this.hostile()) return this.rng.pick([[], null, deeplyNested(2_000, 'object'), anyHostileValue(this.rng)])
    const out: Record<string, unknown> = {}
    const keyType = def.keyType as z.ZodType
    for (let i = this.rng.int(0, 3); i > 0; i--) {
      const key = this.value(keyType, null, depth + 1)
      if (typeof key === 'string') out[key] = this.value(def.valueType as z.ZodType, key, depth + 1)
    }
    return out
  }

  private plainValue(depth: number): unknown {
    switch (this.rng.int(0, 5)) {
      case 0:
        return this.rng.chance(0.7) ? this.rng.int(-5, 100) : this.rng.pick(HOSTILE_NUMBERS)
      case 1:
        return this.rng.pick(this.known.strings)
      case 2:
        return this.rng.chance(0.5)
      case 3:
        return depth > 4 ? null : { [this.rng.pick(this.known.strings)]: this.plainValue(depth + 1) }
      case 4:
        return depth > 4 ? [] : [this.plainValue(depth + 1)]
      default:
        return null
    }
  }

  private number(def: Def): unknown {
    const checks = checksOf(def)
    const int = checks.some((c) => c.check === 'number_format')
    const lo = checks.find((c) => c.check === 'greater_than')
    const hi = checks.find((c) => c.check === 'less_than')
    const min = lo ? Number(lo.value) + (lo.inclusive ? 0 : 1) : -5
    const max = hi ? Number(hi.value) - (hi.inclusive ? 0 : 1) : Math.max(min, 0) + 1_000
    if (this.hostile()) {
      return this.rng.pick([...HOSTILE_NUMBERS, min - 1, max + 1, String(min), null])
    }
    const span = Math.min(max - min, 2_000)
    const n = min + (int ? this.rng.int(0, span) : this.rng.next() * span)
    return this.rng.chance(0.1) ? this.rng.pick([min, max]) : n
  }

  private string(schema: z.ZodType, def: Def, field: string | null): unknown {
    if (this.hostile()) return this.hostileString(def)
    const fitting = this.fittingStrings(schema, def, field)
    if (fitting.length > 0 && this.rng.chance(0.85)) return this.rng.pick(fitting)
    const checks = checksOf(def)
    const max = Number(checks.find((c) => c.check === 'max_length')?.maximum ?? 40)
    const words = ['élève', 'équipe', 'manager', 'communauté', 'client', 'projet', 'R01', 'A']
    const s = Array.from({ length: this.rng.int(1, 4) }, () => this.rng.pick(words)).join(' ')
    return s.slice(0, Math.max(1, max))
  }

  private hostileString(def: Def): unknown {
    const checks = checksOf(def)
    const max = checks.find((c) => c.check === 'max_length')?.maximum as number | undefined
    switch (this.rng.int(0, 6)) {
      case 0:
        return this.rng.pick(hugeStrings())
      case 1:
        // Exactly at the limit, ending in half a surrogate pair.
        return max !== undefined && max < 2_000_000 ? `${'a'.repeat(Math.max(0, max - 1))}\uD83D` : '\uD83D'
      case 2:
        return max !== undefined && max < 2_000_000 ? 'b'.repeat(max + 1) : 'b'.repeat(10_000)
      case 3:
        return unknownUuid(this.rng)
      case 4:
        return this.rng.pick([42, null, ['a'], { value: 'a' }, true])
      default:
        return this.rng.pick(HOSTILE_STRINGS)
    }
  }

  /** Strings of the engagement (or fresh UUIDs) that pass this schema: its format, regex and length. */
  private fittingStrings(schema: z.ZodType, def: Def, field: string | null): string[] {
    if (def.format === 'uuid') return [this.idFor(field)]
    const fits = (s: string) => schema.safeParse(s).success
    return this.known.strings.filter(fits)
  }

  /** Mostly an id of the kind the field names; sometimes one of another kind, or none at all. */
  private idFor(field: string | null): string {
    const table = field ? TABLE_OF_FIELD[field] : undefined
    const own = table ? this.known.idsByTable.get(table) : undefined
    const r = this.rng.next()
    if (own && own.length > 0 && r < 0.75) return this.rng.pick(own)
    if (r < 0.9) {
      const tables = [...this.known.idsByTable.values()].filter((ids) => ids.length > 0)
      return this.rng.pick(this.rng.pick(tables))
    }
    return r < 0.95 ? unknownUuid(this.rng) : unknownUuid(this.rng).toUpperCase()
  }
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

import codebook from '../../resources/codebook.json'
import { resolveDiagnosisSettings, type StoredDiagnosisSettings } from '../../shared/domain/diagnosis-settings'
import type {
  DiagnosisInput,
  DxCode,
  DxCoding,
  DxCollective,
  DxMotiveCards,
  DxRespondent,
} from '../../shared/domain/diagnosis/input'
import type { Group, Stance, Valence } from '../../shared/domain/groups'

/** The default codebook's codes, as the engine reads them (roles from their `diagnosis` field). */
export function defaultCodes(): DxCode[] {
  return codebook.families.flatMap((f) =>
    f.codes.map((c) => {
      const d = (c as { diagnosis?: { pragmatism?: string; idealism?: string } }).diagnosis
      return {
        id: `code:${c.key}`,
        key: c.key,
        parentId: null,
        family: f.id,
        pragmatism: (d?.pragmatism ?? null) as DxCode['pragmatism'],
        idealism: (d?.idealism ?? null) as DxCode['idealism'],
        ibmItems: (c as { ibmItems?: string[] }).ibmItems ?? [],
        analystOnly: (c as { analystOnly?: boolean }).analystOnly ?? false,
      }
    }),
  )
}

interface ExcerptOptions {
  stance?: Stance
  target?: Group | null
  valence?: Valence
  intensity?: 1 | 2 | 3 | null
  flags?: string[]
}

/** Builds a diagnosis input by hand: respondents, coded excerpts, cards and collectives. */
export class DiagnosisInputBuilder {
  readonly codes = defaultCodes()
  private readonly respondents: DxRespondent[] = []
  private readonly codings: DxCoding[] = []
  private readonly cards: DxMotiveCards[] = []
  private readonly collectives: DxCollective[] = []
  private offset = 0
  private alpha: Record<string, number> | undefined

  respondent(group: Group, code = `${group}-${this.respondents.length + 1}`, inPopulation = true): string {
    const id = `r:${code}`
    this.respondents.push({ id, code, group, inPopulation })
    return id
  }

  /** Several respondents of a group at once. */
  many(group: Group, count: number): string[] {
    return Array.from({ length: count }, () => this.respondent(group))
  }

  /** One excerpt (a new span of the respondent's document) coded with each key given. */
  excerpt(respondentId: string, keys: string | string[], o: ExcerptOptions = {}): this {
    const start = this.offset
    this.offset += 10
    for (const key of Array.isArray(keys) ? keys : [keys]) {
      if (!this.codes.some((c) => c.key === key)) throw new Error(`No code ${key}`)
      const stance = o.stance ?? 'SELF'
      this.codings.push({
        id: `c${this.codings.length}`,
        documentId: `doc:${respondentId}`,
        start,
        end: start + 5,
        respondentId,
        codeId: `code:${key}`,
        stance,
        target: stance === 'ATTR' ? (o.target === undefined ? 'employee' : o.target) : null,
        valence: o.valence ?? '0',
        intensity: o.intensity ?? null,
        flags: o.flags ?? [],
        documentOrder: 0,
      })
    }
    return this
  }

  /** `count` separate excerpts, each coded with the keys. */
  excerpts(respondentId: string, keys: string | string[], count: number, o: ExcerptOptions = {}): this {
    for (let i = 0; i < count; i++) this.excerpt(respondentId, keys, o)
    return this
  }

  attribute(respondentId: string, target: Group, key: string, o: ExcerptOptions = {}): this {
    return this.excerpt(respondentId, key, { ...o, stance: 'ATTR', target })
  }

  motiveCards(respondentId: string, ticked: string[], stance: Stance = 'SELF', target: Group | null = null): this {
    this.cards.push({ respondentId, stance, target, ticked, ranked: ticked.slice(0, 3) })
    return this
  }

  /** A collective, with linked COL.COP excerpts of the given valences (said by someone outside the groups counted). */
  collective(label: DxCollective['label'], criteria: (0 | 1 | null)[], evidenceValences: Valence[] = []): this {
    const id = `col${this.collectives.length}`
    const source =
      this.respondents.find((r) => r.code === 'collective-source')?.id ??
      this.respondent('other', 'collective-source', false)
    const linked = evidenceValences.map((valence) => {
      this.excerpt(source, 'COL.COP', { valence })
      return this.codings.at(-1)!.id
    })
    this.collectives.push({ id, name: id, label, criteria, evidenceCodingIds: linked })
    return this
  }

  alphas(byCode: Record<string, number>): this {
    this.alpha = byCode
    return this
  }

  build(settings: StoredDiagnosisSettings = {}): DiagnosisInput {
    return {
      settings: resolveDiagnosisSettings(settings),
      respondents: this.respondents,
      codes: this.codes,
      codings: this.codings,
      motiveCards: this.cards,
      collectives: this.collectives,
      ...(this.alpha ? { alphaByCode: this.alpha } : {}),
    }
  }
}

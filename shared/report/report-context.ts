import type { Group } from '../domain/groups'
import type { ExcerptRef } from '../domain/diagnosis/result'
import { translator, type Translator, type MessageKey } from '../i18n/translate'
import type { ReportInput } from './report-input'
import { refKey } from './report-input'
import type { ReportWarning } from './report-document'
import { namesIn } from './real-names'
import { bandName, stateBand } from './measure-names'
import type { Overridden } from '../domain/diagnosis/overrides'
import { verbatimCandidates, type VerbatimSection } from './verbatim-candidates'

/** A verbatim as printed: the words and their attribution (the respondent is never printed). */
export interface Quote {
  text: string
  by: string
  respondentId: string
}

/** Groups of fewer respondents than this get no breakdown in the report. */
export const SMALL_GROUP = 3

/** What every section builder needs: the input, the translator, and the quoting rules. */
export class ReportContext {
  readonly tr: Translator
  readonly warnings: ReportWarning[] = []
  private readonly respondents: Map<string, ReportInput['respondents'][number]>
  private readonly candidates: Record<VerbatimSection, ExcerptRef[]>
  private readonly groupSize = new Map<Group, number>()
  /** Respondents per (group, unit): a unit is printed only where three or more share it. */
  readonly cellSize = new Map<string, number>()
  /** Words already quoted: a verbatim is not printed twice. */
  private readonly quoted = new Set<string>()

  constructor(readonly input: ReportInput) {
    this.tr = translator(input.lang)
    this.respondents = new Map(input.respondents.map((r) => [r.id, r]))
    this.candidates = verbatimCandidates(input.diagnosis)
    for (const [g, f] of Object.entries(input.diagnosis.floors)) this.groupSize.set(g as Group, f.n)
    for (const r of input.respondents) {
      const key = `${r.group}|${r.unit ?? ''}`
      this.cellSize.set(key, (this.cellSize.get(key) ?? 0) + 1)
    }
  }

  t(key: MessageKey, params?: Record<string, string | number>): string {
    return this.tr.t(key, params)
  }

  /** Whether a group is large enough to be shown on its own. */
  shown(group: Group): boolean {
    return (this.groupSize.get(group) ?? 0) >= SMALL_GROUP
  }

  groupName(g: Group): string {
    return this.t(`groups.${g}`)
  }

  band(band: string | null | undefined): string {
    return bandName(this.tr, band)
  }

  /** A measure's band as the report states it: the consultant's where set, the computed one beside it. */
  bandOf(band: string | null | undefined, o: Overridden['override']): string {
    return stateBand(this.tr, band, o)
  }

  codeName(key: string): string {
    return this.input.codes.find((c) => c.key === key)?.name[this.input.lang] ?? key
  }

  /** 80 % in French (with a narrow no-break space), 80% in English; rounded to a whole number. */
  pct(v: number | null): string {
    return v === null ? '—' : this.tr.percent(Math.round(v))
  }

  number(v: number | null, digits = 0): string {
    return v === null ? '—' : this.tr.number(v, digits)
  }

  date(iso: string | null): string {
    return this.tr.date(iso)
  }

  /** The consultant's text for a section, when there is one. */
  text(section: string): string | undefined {
    const t = this.input.texts[section]?.trim()
    return t ? t : undefined
  }

  /**
   * Two or three verbatims for a section: the consultant's picks, else the first candidates with
   * words not quoted elsewhere in the report; each attributed by group (and unit where three or
   * more people share it), never by name. An automatic candidate that names someone is skipped; a
   * pick that does is printed as the consultant chose, and reported as a warning.
   */
  quotes(section: VerbatimSection, count = 3): Quote[] {
    const picked = this.input.picks[section]
    if (picked?.length)
      return this.quotesOf(
        picked.map((p) => ({ ...p, respondentId: this.respondentOf(p) })),
        count,
        section,
        true,
      )
    return this.quotesOf(this.candidates[section], count, section, false)
  }

  /** The first quotes of words not yet quoted, attributed, checked for names. */
  quotesOf(refs: readonly ExcerptRef[], count: number, section: string, chosen = false): Quote[] {
    const out: Quote[] = []
    const voices = new Set<string>()
    // Chosen quotes as chosen; automatic ones from as many different people as the list allows
    // (a first pass takes one quote per respondent, a second fills up if there are too few).
    for (const pass of chosen ? ['chosen'] : ['one each', 'fill']) {
      for (const ref of refs) {
        if (out.length >= count) break
        const text = this.input.excerpts[refKey(ref)]?.trim()
        const key = text?.toLowerCase()
        if (!text || !key || text.length < 12 || (!chosen && this.quoted.has(key))) continue
        if (pass === 'one each' && voices.has(ref.respondentId)) continue
        const respondent = this.respondents.get(ref.respondentId)
        const names = namesIn(text, this.input.realNames)
        if (names.length && !chosen) continue
        for (const name of names)
          this.warnings.push({ section: this.sectionTitle(section), respondent: respondent?.code ?? '', name, text })
        this.quoted.add(key)
        voices.add(ref.respondentId)
        out.push({ text, by: this.attribution(respondent), respondentId: ref.respondentId })
      }
    }
    return out
  }

  /** Reports a name found in the consultant's own text of a section. */
  checkNames(section: string, text: string): void {
    for (const name of namesIn(text, this.input.realNames))
      this.warnings.push({ section: this.sectionTitle(section), respondent: '', name, text })
  }

  private sectionTitle(section: string): string {
    return this.t(`report.section.${section}` as MessageKey)
  }

  /**
   * "Manager, Operations": the group, and the unit only where at least three respondents of that
   * group share it (a unit of one or two would name them); a small group stays "Respondent".
   */
  private attribution(r: ReportInput['respondents'][number] | undefined): string {
    if (!r || !this.shown(r.group)) return this.t('report.respondent')
    const unit = r.group === 'customer' ? null : r.unit
    if (unit && (this.cellSize.get(`${r.group}|${unit}`) ?? 0) >= SMALL_GROUP) {
      return this.t('report.quoteBy', { group: this.t(`group.${r.group}`), unit })
    }
    return this.t(`group.${r.group}`)
  }

  private respondentOf(ref: { documentId: string }): string {
    return this.input.documentRespondent[ref.documentId] ?? ''
  }
}

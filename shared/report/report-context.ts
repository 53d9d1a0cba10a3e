import type { Group } from '../domain/groups'
import type { ExcerptRef } from '../domain/diagnosis/result'
import { translator, formatDate, formatNumber, type Translator, type MessageKey } from '../i18n/translate'
import type { ReportInput } from './report-input'
import { refKey } from './report-input'
import type { ReportWarning } from './report-document'
import { namesIn } from './real-names'
import { verbatimCandidates, type VerbatimSection } from './verbatim-candidates'

/** Groups of fewer respondents than this get no breakdown in the report. */
export const SMALL_GROUP = 3

/** What every section builder needs: the input, the translator, and the quoting rules. */
export class ReportContext {
  readonly tr: Translator
  readonly warnings: ReportWarning[] = []
  private readonly respondents: Map<string, ReportInput['respondents'][number]>
  private readonly candidates: Record<VerbatimSection, ExcerptRef[]>
  private readonly groupSize = new Map<Group, number>()

  constructor(readonly input: ReportInput) {
    this.tr = translator(input.lang)
    this.respondents = new Map(input.respondents.map((r) => [r.id, r]))
    this.candidates = verbatimCandidates(input.diagnosis)
    for (const [g, f] of Object.entries(input.diagnosis.floors)) this.groupSize.set(g as Group, f.n)
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
    return band ? this.t(`diag.band.${band}` as MessageKey) : this.t('diag.noData')
  }

  codeName(key: string): string {
    return this.input.codes.find((c) => c.key === key)?.name[this.input.lang] ?? key
  }

  pct(v: number | null): string {
    return v === null ? '—' : `${formatNumber(this.input.lang, Math.round(v))} %`
  }

  number(v: number | null, digits = 0): string {
    if (v === null) return '—'
    return new Intl.NumberFormat(this.input.lang === 'fr' ? 'fr-FR' : 'en-GB', {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
      signDisplay: 'auto',
    }).format(v)
  }

  date(iso: string | null): string {
    return formatDate(this.input.lang, iso)
  }

  /** The consultant's text for a section, when there is one. */
  text(section: string): string | undefined {
    const t = this.input.texts[section]?.trim()
    return t ? t : undefined
  }

  /**
   * Two or three verbatims for a section: the consultant's picks, else the first candidates with
   * distinct words; each attributed by group and unit, never by name; a name in the words is
   * reported as a warning.
   */
  quotes(section: VerbatimSection, count = 3): { text: string; by: string }[] {
    const picked = this.input.picks[section]
    const refs = picked?.length
      ? picked.map((p) => ({ ...p, respondentId: this.respondentOf(p) }))
      : this.candidates[section]
    return this.quotesOf(refs, count, section)
  }

  /** The first quotes of distinct words among the given excerpts, attributed, checked for names. */
  quotesOf(refs: readonly ExcerptRef[], count: number, section = 'recommendations'): { text: string; by: string }[] {
    const seen = new Set<string>()
    const out: { text: string; by: string }[] = []
    for (const ref of refs) {
      const text = this.input.excerpts[refKey(ref)]?.trim()
      if (!text || text.length < 12 || seen.has(text.toLowerCase())) continue
      seen.add(text.toLowerCase())
      const respondent = this.respondents.get(ref.respondentId)
      for (const name of namesIn(text, this.input.realNames)) {
        this.warnings.push({ section, respondent: respondent?.code ?? '', name, text })
      }
      out.push({ text, by: this.attribution(respondent) })
      if (out.length >= count) break
    }
    return out
  }

  /** "Manager, Operations": the group and the unit, or the group alone; a small group stays anonymous. */
  private attribution(r: ReportInput['respondents'][number] | undefined): string {
    if (!r || !this.shown(r.group)) return this.t('report.respondent')
    const where = r.group === 'customer' ? null : r.unit
    return where
      ? this.t('report.quoteBy', { group: this.t(`group.${r.group}`), unit: where })
      : this.t(`group.${r.group}`)
  }

  private respondentOf(ref: { documentId: string }): string {
    return this.input.documentRespondent[ref.documentId] ?? ''
  }
}

import type { EChartsOption } from 'echarts'
import type { Language } from '../domain/groups'

/** The report as content, before any HTML: what the app previews and what is printed. */
export interface ReportDocument {
  lang: Language
  meta: { client: string; title: string; date: string; consultants: string[] }
  sections: ReportSection[]
  /** What the consultant must look at before sending it (a verbatim naming someone). */
  warnings: ReportWarning[]
  /** The generated executive summary, even when the consultant wrote their own (the preview offers it as a start). */
  draftSummary: ReportSection
}

export interface ReportSection {
  /** Stable id: the anchor in the HTML, the key of the consultant's texts and verbatim picks. */
  id: string
  title: string
  blocks: Block[]
}

export type Block =
  | { kind: 'p'; text: string; tone?: 'lead' | 'note' | 'edited' }
  | { kind: 'h2'; text: string }
  | { kind: 'keyfigures'; items: { value: string; label: string; band: string | null }[] }
  | { kind: 'figure'; id: string; option: EChartsOption; height: number; caption: string; note?: string }
  | { kind: 'table'; head: string[]; rows: string[][]; numeric: number[] }
  | { kind: 'quotes'; quotes: { text: string; by: string }[] }
  | { kind: 'list'; items: string[]; ordered: boolean }

export interface ReportWarning {
  section: string
  respondent: string
  name: string
  text: string
}

import type { Block } from '../../../../shared/report/report-document'
import type { Language } from '../../../../shared/domain/groups'
import { translate } from '../../../../shared/i18n/translate'
import type { NativeChart } from './native-chart'

/**
 * What the speaker reads under a slide: every sentence of it whole, the chart's figures category
 * by category, the table's rows and who said each verbatim; the evidence counts are in those.
 */
export function speakerNotes(lang: Language, blocks: readonly Block[], charts: readonly NativeChart[]): string {
  const t = (key: Parameters<typeof translate>[1]) => translate(lang, key)
  const out: string[] = []
  for (const b of blocks) {
    if (b.kind === 'p' || b.kind === 'h2') out.push(b.text)
    else if (b.kind === 'list') out.push(...b.items.map((i) => `• ${i}`))
    else if (b.kind === 'keyfigures') out.push(...b.items.map((i) => `${i.label}: ${i.value}`))
    else if (b.kind === 'table')
      out.push(`${t('deck.notes.table')} — ${b.head.join(' · ')}`, ...b.rows.map((r) => r.join(' · ')))
    else if (b.kind === 'quotes') out.push(t('deck.notes.quotes'), ...b.quotes.map((q) => `“${q.text}” (${q.by})`))
    else if (b.kind === 'figure') out.push(b.caption)
  }
  for (const chart of charts) out.push(t('deck.notes.chart'), ...chartLines(chart))
  return out.join('\n')
}

function chartLines(chart: NativeChart): string[] {
  if (chart.type === 'scatter') {
    const [xs, ...ys] = chart.data
    return ys.map((s, i) => `${s.name}: ${xs!.values[i]} / ${s.values[i]}`)
  }
  const labels = chart.data[0]?.labels ?? []
  return labels.map((label, j) => `${label}: ${chart.data.map((s) => `${s.name} ${s.values[j] ?? '—'}`).join(' · ')}`)
}

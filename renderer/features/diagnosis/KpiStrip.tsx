import { useState } from 'react'
import type { Dashboard } from '../../../shared/api/diagnosis'
import type { ExcerptRef, IgnoredCodings } from '../../../shared/domain/diagnosis/result'
import type { Overridden } from '../../../shared/domain/diagnosis/overrides'
import { useT } from '../../i18n/language-store'
import type { MessageKey } from '../../../shared/i18n/translate'
import { useEvidence } from './evidence-store'
import type { DashboardNames } from './chart-labels'
import { OverrideDialog } from './OverrideDialog'

interface Kpi {
  measure: string
  title: string
  value: string
  band: string | null
  bands: string[]
  detail: string
  indicative?: boolean
  override?: Overridden['override']
  evidence: ExcerptRef[]
  reliability?: string
  /** Codings the measure left out for their valence: said, so that a zero is not silent. */
  ignored?: IgnoredCodings[]
}

/** The headline measures, each with its band, its evidence and the consultant's override. */
export function KpiStrip({ d, names }: { d: Dashboard['diagnosis']; names: DashboardNames }) {
  const { t, tn, lang } = useT()
  const show = useEvidence((s) => s.show)
  const [editing, setEditing] = useState<Kpi | null>(null)
  const emp = d.pragmatism.byGroup.employee
  const kpis: Kpi[] = [
    {
      measure: 'idealismIndex',
      title: t('diag.measure.idealismIndex'),
      value: names.signed(d.idealismIndex.value, 0),
      band: d.idealismIndex.band,
      bands: ['idealist', 'leaningIdealist', 'aligned', 'instrumentalBlindSpot'],
      detail: '',
      indicative: d.idealismIndex.indicative,
      override: (d.idealismIndex as Overridden).override,
      evidence: d.perceptionGap.employee.flatMap((r) => r.attributed).slice(0, 60),
      reliability: d.reliability.idealismIndex,
    },
    {
      measure: 'pragmatism.employee',
      title: t('diag.measure.pragmatism'),
      value: names.number(emp.median, 2),
      band: emp.label,
      bands: ['pragmatic', 'mixed', 'relational', 'insufficientEvidence'],
      detail:
        emp.median === null ? '' : t('diag.employeesMedian', { median: names.number(emp.median, 2), valid: emp.valid }),
      indicative: emp.indicative,
      override: (emp as Overridden).override,
      evidence: d.pragmatism.respondents
        .filter((r) => r.group === 'employee')
        .flatMap((r) => r.evidence)
        .slice(0, 60),
      reliability: d.reliability.pragmatism,
    },
    {
      measure: 'collectives',
      title: t('diag.measure.collectives'),
      value: names.pct(d.collectives.misRate),
      band: d.collectives.band,
      bands: ['clear', 'blurred', 'projectGroupsInDisguise'],
      detail: d.collectives.misRate === null ? '' : t('diag.misRate', { rate: names.pct(d.collectives.misRate) }),
      override: (d.collectives as Overridden).override,
      evidence: [],
    },
    {
      measure: 'attentionLoad',
      title: t('diag.measure.attentionLoad'),
      value: names.pct(d.attentionLoad.value),
      band: d.attentionLoad.band,
      bands: ['low', 'moderate', 'high'],
      detail:
        d.attentionLoad.value === null ? '' : t('diag.alShare', { count: d.attentionLoad.count, n: d.attentionLoad.n }),
      indicative: d.attentionLoad.indicative,
      override: (d.attentionLoad as Overridden).override,
      evidence: d.attentionLoad.evidence,
      reliability: d.reliability.attentionLoad,
      ignored: d.attentionLoad.ignored,
    },
    {
      measure: 'executionMaturity',
      title: t('diag.measure.executionMaturity'),
      value: d.executionMaturity.value === null ? '—' : t('diag.outOf4', { value: d.executionMaturity.value }),
      band: d.executionMaturity.band,
      bands: ['declarative', 'emerging', 'operational'],
      detail: '',
      override: (d.executionMaturity as Overridden).override,
      evidence: d.executionMaturity.evidence,
      reliability: d.reliability.executionMaturity,
    },
    ...(['RH.POL', 'MGT.PRA'] as const).map((code): Kpi => ({
      measure: `enablers.${code}`,
      title: names.code(code),
      value: names.signed(d.enablers[code].nv, 2),
      band: d.enablers[code].band,
      bands: ['barrier', 'neutral', 'enabler'],
      detail: t('diag.measure.enablers'),
      override: (d.enablers[code] as Overridden).override,
      evidence: [...d.enablers[code].supporting, ...d.enablers[code].counter],
      reliability: d.reliability[`enablers.${code}`],
      ignored: d.enablers[code].ignored,
    })),
  ]
  return (
    <div className="kpis">
      {kpis.map((k) => (
        <article
          key={k.measure}
          className={`kpi band-${k.override?.band ?? k.band ?? 'none'}`}
          data-measure={k.measure}
        >
          <button type="button" className="kpi-main" onClick={() => show(k.title, k.evidence, k.detail || undefined)}>
            <span className="kpi-title">{k.title}</span>
            <span className="kpi-value">{k.value}</span>
            <span className="kpi-band">
              {names.band(k.override?.band ?? k.band)}
              {k.indicative && <em className="indicative"> · {t('diag.indicative')}</em>}
            </span>
            {k.detail && <span className="kpi-detail">{k.detail}</span>}
            {k.reliability && (
              <span className="kpi-reliability">{t(`diag.reliability.${k.reliability}` as MessageKey)}</span>
            )}
            {k.override && (
              <span className="kpi-override" title={k.override.reason}>
                {t('diag.overridden', { band: names.band(k.override.computedBand) })}
              </span>
            )}
          </button>
          {k.ignored?.map((x) => (
            <p key={`${x.code}|${x.valence}`} className="kpi-ignored muted hint">
              {tn('diag.ignored', x.count, {
                code: names.code(x.code),
                valence: t(`coding.valence.${x.valence}`).toLocaleLowerCase(lang),
              })}
            </p>
          ))}
          {k.band !== null && (
            <button
              type="button"
              className="button ghost small kpi-edit"
              data-opens="OverrideDialog"
              onClick={() => setEditing(k)}
            >
              {t('diag.override')}
            </button>
          )}
        </article>
      ))}
      {editing && (
        <OverrideDialog
          measure={editing.measure}
          title={editing.title}
          bands={editing.bands}
          current={editing.override ?? null}
          names={names}
          onClose={() => setEditing(null)}
        />
      )}
    </div>
  )
}

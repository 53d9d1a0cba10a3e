import { useMemo, useState } from 'react'
import type { Dashboard } from '../../../shared/api/diagnosis'
import { GROUPS, type Group } from '../../../shared/domain/groups'
import { perceptionGapOption, themeRows } from '../../../shared/report/charts/perception-gap-chart'
import { useT } from '../../i18n/language-store'
import { EChart } from '../../components/EChart'
import { useEvidence } from './evidence-store'
import type { DashboardNames } from './chart-labels'
import { overrideOf } from '../../../shared/domain/diagnosis/overrides'

/** The perception-gap chart of one group, its rows clickable for the quotes behind each bar. */
export function GapSection({
  d,
  names,
  needs,
}: {
  d: Dashboard['diagnosis']
  names: DashboardNames
  needs: ReadonlySet<string>
}) {
  const { t } = useT()
  const show = useEvidence((s) => s.show)
  const available = GROUPS.filter((g) => d.perceptionGap[g].some((r) => r.gap !== null))
  const [group, setGroup] = useState<Group>(available.includes('employee') ? 'employee' : (available[0] ?? 'employee'))
  const [needsOnly, setNeedsOnly] = useState(true)
  const full = d.perceptionGap[group].filter((r) => r.gap !== null && (!needsOnly || needs.has(r.code)))
  // The chart names each row by the consultant's band where one is set.
  const rows = useMemo(
    () => themeRows(full.map((r) => ({ ...r, band: (overrideOf(r)?.band ?? r.band) as typeof r.band }))),
    [d, group, needsOnly], // full follows them
  )
  const option = useMemo(
    () =>
      perceptionGapOption(rows, {
        said: t('diag.gap.expressed', { group: t(`groups.${group}`).toLowerCase() }),
        believed: t('diag.gap.hypothesis'),
        name: names.code,
        bandName: names.band,
        indicative: t('diag.indicative'),
        percent: names.pct,
      }),
    [rows, group, names, t],
  )
  const open = (index: number, series: number) => {
    const r = full[index]
    if (!r) return
    const said = series === 0
    show(
      names.code(r.code),
      said ? r.supporting : r.attributed,
      said
        ? `${t('diag.gap.expressed', { group: t(`groups.${group}`).toLowerCase() })} · ${names.pct(r.expressed)}`
        : `${t('diag.evidence.attributed')} · ${names.pct(r.hypothesis)}`,
    )
  }
  return (
    <section className="card" aria-label={t('diag.gap.title')}>
      <h2>{t('diag.gap.title')}</h2>
      <p className="muted hint">{t('diag.gap.hint')}</p>
      <div className="controls">
        <div className="segmented" role="group" aria-label={t('diag.gap.themes')}>
          <button type="button" aria-pressed={needsOnly} onClick={() => setNeedsOnly(true)}>
            {t('diag.gap.needsOnly')}
          </button>
          <button type="button" aria-pressed={!needsOnly} onClick={() => setNeedsOnly(false)}>
            {t('diag.gap.allThemes')}
          </button>
        </div>
        <div className="segmented" role="group" aria-label={t('diag.gap.group')}>
          {available.map((g) => (
            <button key={g} type="button" aria-pressed={g === group} onClick={() => setGroup(g)}>
              {t(`groups.${g}`)}
            </button>
          ))}
        </div>
      </div>
      {rows.length ? (
        <>
          <EChart
            name="perception-gap"
            option={option}
            height={44 + rows.length * 34}
            onClick={(c) => open(c.dataIndex, c.seriesIndex)}
          />
          <table className="table compact" aria-label={t('diag.measure.perceptionGap')}>
            <tbody>
              {full.map((r, i) => (
                <tr key={r.code} className={`gap-row band-${r.band}`}>
                  <td>
                    <button type="button" className="link" onClick={() => open(i, 0)}>
                      {names.code(r.code)}
                    </button>
                  </td>
                  <td className="num">{names.pct(r.expressed)}</td>
                  <td className="num">{names.pct(r.hypothesis)}</td>
                  <td className="num strong">{names.signed(r.gap)}</td>
                  <td>
                    {names.bandOf(r.band, overrideOf(r))}
                    {r.direction && ` · ${names.band(r.direction)}`}
                    {r.indicative && <em className="indicative"> · {t('diag.indicative')}</em>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : (
        <p className="muted">{t('diag.gap.empty')}</p>
      )}
    </section>
  )
}

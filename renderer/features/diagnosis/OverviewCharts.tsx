import { useMemo } from 'react'
import type { Dashboard } from '../../../shared/api/diagnosis'
import { GROUPS } from '../../../shared/domain/groups'
import { pragmatismOption } from '../../../shared/report/charts/pragmatism-chart'
import { quadrantOption } from '../../../shared/report/charts/quadrant-chart'
import { heatmapOption } from '../../../shared/report/charts/heatmap-chart'
import { useT } from '../../i18n/language-store'
import { NNBSP } from '../../../shared/i18n/format'
import { EChart } from '../../components/EChart'
import { useEvidence } from './evidence-store'
import type { DashboardNames } from './chart-labels'

/** Pragmatism by group, the tools-versus-belonging map, themes by group and codes used together. */
export function OverviewCharts({ data, names }: { data: Dashboard; names: DashboardNames }) {
  const { t, lang } = useT()
  const show = useEvidence((s) => s.show)
  const d = data.diagnosis
  const groupName = (g: (typeof GROUPS)[number]) => t(`groups.${g}`)
  const shownGroups = GROUPS.filter((g) => d.pragmatism.byGroup[g].label !== null)
  const pragmatism = useMemo(
    () =>
      pragmatismOption(d.pragmatism.byGroup, {
        group: groupName,
        pragmatic: names.band('pragmatic'),
        mixed: names.band('mixed'),
        relational: names.band('relational'),
        insufficient: names.band('insufficientEvidence'),
      }),
    [d, names],
  )
  const quadrant = useMemo(
    () =>
      quadrantOption(data.quadrant, {
        group: groupName,
        expressed: t('diag.quadrant.expressed'),
        hypothesis: t('diag.quadrant.hypothesis'),
        idealistCompany: t('diag.quadrant.idealistCompany'),
      }),
    [data, t],
  )
  const { frequencies, frequencyCodes, frequencyGroups } = useMemo(() => {
    const groups = GROUPS.filter((g) => d.perceptionGap[g].some((r) => r.expressedCount > 0))
    const codes = data.codes
      .map((c) => c.key)
      .filter((k) => groups.some((g) => d.perceptionGap[g].some((r) => r.code === k && r.expressedCount > 0)))
    const cells: [number, number, number][] = []
    groups.forEach((g, y) =>
      codes.forEach((k, x) => cells.push([x, y, d.perceptionGap[g].find((r) => r.code === k)?.expressed ?? 0])),
    )
    return {
      frequencies: heatmapOption(codes, groups.map(groupName), cells, 100, lang === 'fr' ? `${NNBSP}%` : '%'),
      frequencyCodes: codes,
      frequencyGroups: groups,
    }
  }, [data, lang])
  const cooccurrence = useMemo(() => {
    const { codes, counts } = data.cooccurrence
    const used = codes.map((_, i) => i).filter((i) => counts[i]!.some((n) => n > 0))
    const cells: [number, number, number][] = []
    let max = 0
    used.forEach((i, y) =>
      used.forEach((j, x) => {
        const v = counts[i]![j]!
        max = Math.max(max, v)
        cells.push([x, y, v])
      }),
    )
    const labels = used.map((i) => codes[i]!)
    return { option: heatmapOption(labels, labels, cells, max), size: labels.length }
  }, [data])

  return (
    <div className="chart-grid">
      <section className="card" aria-label={t('diag.pragmatism.title')}>
        <h2>{t('diag.pragmatism.title')}</h2>
        <EChart
          name="pragmatism"
          option={pragmatism}
          height={60 + shownGroups.length * 40}
          onClick={(c) => {
            const group = shownGroups[c.dataIndex]
            const band = (['pragmatic', 'mixed', 'relational', null] as const)[c.seriesIndex]
            if (!group) return
            const people = d.pragmatism.respondents.filter(
              (r) => r.group === group && (band === null ? !r.valid : r.band === band),
            )
            show(
              `${groupName(group)} · ${names.band(band ?? 'insufficientEvidence')}`,
              people.flatMap((r) => r.evidence),
            )
          }}
        />
      </section>
      {data.quadrant.length > 0 && (
        <section className="card" aria-label={t('diag.quadrant.title')}>
          <h2>{t('diag.quadrant.title')}</h2>
          <p className="muted hint">{t('diag.quadrant.hint')}</p>
          <EChart name="quadrant" option={quadrant} height={300} />
        </section>
      )}
      {frequencyCodes.length > 0 && (
        <section className="card wide" aria-label={t('diag.frequencies.title')}>
          <h2>{t('diag.frequencies.title')}</h2>
          <EChart
            name="frequencies"
            option={frequencies}
            height={110 + frequencyGroups.length * 34}
            onClick={(c) => {
              const [x, y] = [c.dataIndex % frequencyCodes.length, Math.floor(c.dataIndex / frequencyCodes.length)]
              const row = d.perceptionGap[frequencyGroups[y]!].find((r) => r.code === frequencyCodes[x])
              if (row) show(names.code(row.code), row.supporting, groupName(frequencyGroups[y]!))
            }}
          />
        </section>
      )}
      {cooccurrence.size > 1 && (
        <section className="card wide" aria-label={t('diag.cooccurrence.title')}>
          <h2>{t('diag.cooccurrence.title')}</h2>
          <EChart name="cooccurrence" option={cooccurrence.option} height={120 + cooccurrence.size * 22} />
        </section>
      )}
    </div>
  )
}

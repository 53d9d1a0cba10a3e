import { GROUPS, type Stance } from '../../../../shared/domain/groups'
import type { VariableType, VariableValue } from '../../../../shared/domain/respondent'
import type { Translator } from '../../../../shared/i18n/translate'
import { useCall } from '../../../api/use-call'
import { useT } from '../../../i18n/language-store'
import { GroupSelect } from '../../../components/GroupSelect'
import { hasFilters, useRetrievalQuery } from './retrieval-query'

const STANCE_CHOICES = [null, 'SELF', 'ATTR'] as const

/** A respondent variable's value as a reader writes it: numbers and dates in the language, yes or no. */
function variableValue(tr: Translator, type: VariableType, v: VariableValue): string {
  if (typeof v === 'boolean') return tr.t(v ? 'report.yes' : 'report.no')
  if (typeof v === 'number') return tr.number(v)
  if (type === 'date' && typeof v === 'string') return tr.date(v)
  return String(v)
}

/** Who said it and how it was coded: groups, a variable's value, stance and target, coders. */
export function QueryFilters() {
  const tr = useT()
  const { t } = tr
  const q = useRetrievalQuery()
  const variables = useCall('retrieval.variables', {}).data ?? []
  const coders = useCall('coding.coders', {}).data ?? []
  const variable = variables.find((v) => v.id === q.variableId)
  return (
    <fieldset className="retrieval-filters">
      <legend>
        {t('retrieval.filters')}
        {hasFilters(q) && (
          <button type="button" className="link" onClick={q.clearFilters}>
            {t('retrieval.clearFilters')}
          </button>
        )}
      </legend>
      <div className="filter" role="group" aria-label={t('retrieval.groups')}>
        <span className="filter-label">{t('retrieval.groups')}</span>
        <div className="group-toggles">
          {GROUPS.map((g) => (
            <button
              key={g}
              type="button"
              className="group-toggle"
              data-group={g}
              aria-pressed={q.groups.includes(g)}
              onClick={() => q.toggleGroup(g)}
            >
              {t(`groups.${g}`)}
            </button>
          ))}
        </div>
      </div>
      {variables.length > 0 && (
        <div className="filter">
          <label className="filter-label" htmlFor="retrieval-variable">
            {t('retrieval.variable')}
          </label>
          <div className="filter-pair">
            <select
              id="retrieval-variable"
              value={q.variableId ?? ''}
              onChange={(e) => q.setVariable(e.target.value || null)}
            >
              <option value="">{t('retrieval.variableAny')}</option>
              {variables.map((v) => (
                <option key={v.id} value={v.id}>
                  {v.name}
                </option>
              ))}
            </select>
            {variable && (
              <select
                aria-label={t('retrieval.value')}
                value={q.value === null ? '' : JSON.stringify(q.value)}
                onChange={(e) =>
                  q.setVariable(variable.id, e.target.value ? (JSON.parse(e.target.value) as VariableValue) : null)
                }
              >
                <option value="">{t('retrieval.valueAny')}</option>
                {variable.values.map((v) => (
                  <option key={JSON.stringify(v)} value={JSON.stringify(v)}>
                    {variableValue(tr, variable.type, v)}
                  </option>
                ))}
              </select>
            )}
          </div>
        </div>
      )}
      <div className="filter" role="group" aria-label={t('retrieval.stance')}>
        <span className="filter-label">{t('retrieval.stance')}</span>
        <div className="segmented">
          {STANCE_CHOICES.map((s: Stance | null) => (
            <button key={s ?? 'any'} type="button" aria-pressed={q.stance === s} onClick={() => q.setStance(s)}>
              {t(`retrieval.stance.${s ?? 'any'}`)}
            </button>
          ))}
        </div>
        {q.stance !== 'SELF' && (
          <label className="filter-inline">
            {t('retrieval.target')}
            <GroupSelect blank value={q.target ?? ''} onChange={(g) => q.setTarget(g || null)} />
          </label>
        )}
      </div>
      {coders.length > 1 && (
        <div className="filter" role="group" aria-label={t('retrieval.coders')}>
          <span className="filter-label">{t('retrieval.coders')}</span>
          {coders.map((c) => (
            <label key={c.id} className="checkbox">
              <input type="checkbox" checked={q.coderIds.includes(c.id)} onChange={() => q.toggleCoder(c.id)} />
              {c.name}
            </label>
          ))}
        </div>
      )}
    </fieldset>
  )
}

import type { Question } from '../../../shared/domain/guide'
import type { ClosedValue } from '../../../shared/domain/interview'
import { useT } from '../../i18n/language-store'

/** The letter that ticks the n-th item: a, b, c … */
const itemLetter = (n: number): string => String.fromCharCode(97 + n)

/** A choice, ranking or scale question, answered from the keyboard (see LiveInterview's keys). */
export function ClosedQuestion({ q, value }: { q: Question; value: ClosedValue | undefined }) {
  const { t, lang } = useT()
  const items = q.options?.items ?? []
  if (q.type === 'scale') {
    const min = q.options?.min ?? 1
    const max = q.options?.max ?? 5
    const chosen = value?.kind === 'scale' ? value.value : null
    return (
      <div className="closed">
        <p className="muted">{t(max === 10 && min >= 1 ? 'live.scaleHintTen' : 'live.scaleHint', { min, max })}</p>
        <div className="scale">
          {Array.from({ length: max - min + 1 }, (_, i) => min + i).map((n) => (
            <span key={n} className={`scale-point ${chosen === n ? 'chosen' : ''}`} aria-pressed={chosen === n}>
              {n}
              <small>{scaleLabel(q.options?.labels?.[lang] ?? [], n, min, max)}</small>
            </span>
          ))}
        </div>
      </div>
    )
  }
  const ticked = value?.kind === 'choice' ? value.ticked : value?.kind === 'ranking' ? value.order : []
  const ranked = value?.kind === 'choice' ? value.ranked : value?.kind === 'ranking' ? value.order : []
  return (
    <div className="closed">
      <p className="muted">{t('live.closedHint', { top: q.options?.rankTop ?? items.length })}</p>
      <ul className="cards-grid">
        {items.map((it, n) => {
          const rank = ranked.indexOf(it.key)
          return (
            <li
              key={it.key}
              className={ticked.includes(it.key) ? 'ticked' : ''}
              aria-checked={ticked.includes(it.key)}
              role="checkbox"
            >
              <kbd>{itemLetter(n)}</kbd>
              <span>{it.label[lang]}</span>
              {rank >= 0 && <strong className="rank">{rank + 1}</strong>}
            </li>
          )
        })}
      </ul>
    </div>
  )
}

/** The label under a point: its own, or with two labels only, the ends'. */
function scaleLabel(labels: string[], n: number, min: number, max: number): string {
  if (labels.length === 2 && max - min + 1 !== 2) return n === min ? labels[0]! : n === max ? labels[1]! : ''
  return labels[n - min] ?? ''
}

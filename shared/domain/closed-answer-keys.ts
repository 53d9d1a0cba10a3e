import type { Question } from './guide'
import type { ClosedValue } from './interview'

/** The answer after a key: tick or untick an item, rank it (Shift), or choose a point of a scale. */
export function closedAfterKey(
  q: Question,
  value: ClosedValue | undefined,
  key: string,
  shift: boolean,
): ClosedValue | null {
  if (q.type === 'scale') {
    const min = q.options?.min ?? 1
    const max = q.options?.max ?? 5
    // One key per point: on a scale up to 10 that starts at 1 or more, 0 stands for 10.
    const n = key === '0' && min >= 1 && max === 10 ? 10 : Number(key)
    return Number.isInteger(n) && n >= min && n <= max ? { kind: 'scale', value: n } : null
  }
  const items = q.options?.items ?? []
  const index = key.toLowerCase().charCodeAt(0) - 97
  const item = key.length === 1 ? items[index] : undefined
  if (!item) return null
  if (q.type === 'ranking') {
    const order = value?.kind === 'ranking' ? value.order : []
    return {
      kind: 'ranking',
      order: order.includes(item.key) ? order.filter((k) => k !== item.key) : [...order, item.key],
    }
  }
  const ticked = value?.kind === 'choice' ? value.ticked : []
  const ranked = value?.kind === 'choice' ? value.ranked : []
  if (shift) {
    const top = q.options?.rankTop ?? items.length
    const nextRanked = ranked.includes(item.key)
      ? ranked.filter((k) => k !== item.key)
      : [...ranked, item.key].slice(0, top)
    return { kind: 'choice', ticked: ticked.includes(item.key) ? ticked : [...ticked, item.key], ranked: nextRanked }
  }
  return ticked.includes(item.key)
    ? { kind: 'choice', ticked: ticked.filter((k) => k !== item.key), ranked: ranked.filter((k) => k !== item.key) }
    : { kind: 'choice', ticked: [...ticked, item.key], ranked }
}

import type { Group } from '../../domain/groups'

/** The colours every chart of the app and the report uses. */
export const PALETTE = {
  said: '#0F5E66',
  believed: '#8E5BAA',
  benchmark: '#9AA5B1',
  ink: '#17202A',
  muted: '#6B7785',
  grid: '#E6E9ED',
  pragmatic: '#2E7D32',
  mixed: '#C9A227',
  relational: '#C2185B',
  insufficient: '#C5CCD3',
  warn: '#A15C07',
}

export const GROUP_COLOURS: Record<Group, string> = {
  employee: '#2E7D32',
  manager: '#1565C0',
  leadership: '#6A1B9A',
  customer: '#00838F',
  other: '#6B7785',
}

export const FONT = "'Segoe UI', system-ui, -apple-system, 'Helvetica Neue', Arial, sans-serif"

export const pct = (v: number | null): string => (v === null ? '—' : `${Math.round(v)} %`)

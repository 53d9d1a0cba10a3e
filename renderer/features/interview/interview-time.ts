import type { Interview } from '../../../shared/domain/interview'

/**
 * Minutes of an interview: the time spent in its screen; for one never timed so (imported, or
 * made before the clock counted sittings), start to end.
 */
export function interviewMinutes(i: Interview): number | null {
  if (i.activeMs > 0) return Math.round(i.activeMs / 60_000)
  if (i.startedAt && i.endedAt) return Math.round((Date.parse(i.endedAt) - Date.parse(i.startedAt)) / 60_000)
  return null
}

import type { Interview } from '../../../shared/domain/interview'

/** Minutes of an interview: the time spent in it, else start to end for one never timed so. */
export function interviewMinutes(i: Interview): number | null {
  if (i.startedAt && i.endedAt) return Math.round((Date.parse(i.endedAt) - Date.parse(i.startedAt)) / 60_000)
  return null
}

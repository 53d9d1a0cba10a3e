import { useEffect, useRef, useState } from 'react'
import { call, onEvent } from '../api/client'
import { useT } from '../i18n/language-store'
import type { JobProgress as Progress } from '../../shared/api/events'

/** A job shorter than this shows no bar: the diagnosis of a small engagement would only flicker. */
const SHOW_AFTER_MS = 400
/** How long "cancelled, nothing was changed" stays. */
const CANCELLED_FOR_MS = 4000

type Running = { job: Progress; since: number; cancelling: boolean }

/**
 * The long jobs under way (job.progress events from the core): the oldest one's bar, and Cancel,
 * which stops it at its next step with nothing half-written. Jobs may overlap (an export while the
 * diagnosis refreshes): each is followed by its id, and a report of one that ended is ignored.
 */
export function JobProgress() {
  const { t, percent } = useT()
  const jobs = useRef(new Map<string, Running>())
  const ended = useRef(new Set<string>())
  const [, redraw] = useState(0)
  const [cancelled, setCancelled] = useState<Progress['kind'] | null>(null)

  useEffect(
    () =>
      onEvent('job.progress', (p) => {
        if (ended.current.has(p.jobId)) return
        const was = jobs.current.get(p.jobId)
        if (p.finished) {
          ended.current.add(p.jobId)
          jobs.current.delete(p.jobId)
          if (p.cancelled) setCancelled(p.kind)
        } else
          jobs.current.set(p.jobId, { job: p, since: was?.since ?? Date.now(), cancelling: was?.cancelling ?? false })
        redraw((n) => n + 1)
      }),
    [],
  )
  const shown = [...jobs.current.values()].sort((a, b) => a.since - b.since)[0] ?? null
  // A job that runs past the threshold without a new event still shows up.
  useEffect(() => {
    if (!shown) return
    const timer = setTimeout(() => redraw((n) => n + 1), SHOW_AFTER_MS)
    return () => clearTimeout(timer)
  }, [shown])
  useEffect(() => {
    if (!cancelled) return
    const timer = setTimeout(() => setCancelled(null), CANCELLED_FOR_MS)
    return () => clearTimeout(timer)
  }, [cancelled])

  if (cancelled && !shown)
    return (
      <div className="job-progress" role="status" aria-live="polite">
        <span>{t('job.cancelled', { job: t(`job.${cancelled}`) })}</span>
      </div>
    )
  if (!shown || Date.now() - shown.since < SHOW_AFTER_MS) return null
  const { job } = shown
  const pct = job.total > 0 ? Math.round((job.done / job.total) * 100) : 0
  const cancel = () => {
    shown.cancelling = true
    redraw((n) => n + 1)
    void call('jobs.cancel', { jobId: job.jobId }, { quiet: true })
  }
  return (
    <div className="job-progress" role="status" aria-live="polite">
      <span>{t(`job.${job.kind}`)}</span>
      <progress max={100} value={pct} aria-label={t(`job.${job.kind}`)} />
      <span className="muted">{percent(pct)}</span>
      <button type="button" className="button ghost small" onClick={cancel} disabled={shown.cancelling}>
        {shown.cancelling ? t('job.cancelling') : t('job.cancel')}
      </button>
    </div>
  )
}

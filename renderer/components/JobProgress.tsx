import { useEffect, useRef, useState } from 'react'
import { call, onEvent } from '../api/client'
import { useT } from '../i18n/language-store'
import type { JobProgress as Progress } from '../../shared/api/events'

/** A job shorter than this shows no bar: the diagnosis of a small engagement would only flicker. */
const SHOW_AFTER_MS = 400
/** How long "cancelled, nothing was written" stays. */
const CANCELLED_FOR_MS = 4000

type Shown = { job: Progress; since: number; cancelling: boolean }

/**
 * The long job under way (job.progress events from the core): a bar, and Cancel, which stops it at
 * its next step with nothing half-written. Once cancelled, it says so.
 */
export function JobProgress() {
  const { t, percent } = useT()
  const [shown, setShown] = useState<Shown | null>(null)
  const [cancelled, setCancelled] = useState<Progress['kind'] | null>(null)
  const [, tick] = useState(0)
  const current = useRef<Shown | null>(null)

  useEffect(
    () =>
      onEvent('job.progress', (p) => {
        const was = current.current?.job.jobId === p.jobId ? current.current : null
        if (p.finished) {
          if (!was) return
          // Said only when the job did stop: one past its last step finishes anyway.
          if (p.cancelled) setCancelled(p.kind)
          current.current = null
        } else current.current = { job: p, since: was?.since ?? Date.now(), cancelling: was?.cancelling ?? false }
        setShown(current.current)
      }),
    [],
  )
  // A job that runs past the threshold without a new event still shows up.
  useEffect(() => {
    if (!shown) return
    const timer = setTimeout(() => tick((n) => n + 1), SHOW_AFTER_MS)
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
    current.current = { ...shown, cancelling: true }
    setShown(current.current)
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

import { useEffect, useState } from 'react'
import { onEvent } from '../api/client'
import { useT } from '../i18n/language-store'
import type { JobProgress as Progress } from '../../shared/api/events'

/** A bar for the long job under way, fed by the contract's job.progress events. */
export function JobProgress() {
  const { t, percent } = useT()
  const [job, setJob] = useState<Progress | null>(null)
  useEffect(() => onEvent('job.progress', (p) => setJob(p.finished ? null : p)), [])
  if (!job) return null
  const pct = job.total > 0 ? Math.round((job.done / job.total) * 100) : 0
  return (
    <div className="job-progress" role="status" aria-live="polite">
      <span>{t(`job.${job.kind}`)}</span>
      <progress max={100} value={pct} aria-label={t(`job.${job.kind}`)} />
      <span className="muted">{percent(pct)}</span>
    </div>
  )
}

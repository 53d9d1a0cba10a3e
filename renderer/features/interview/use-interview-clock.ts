import { useEffect, useRef, useState } from 'react'
import { call } from '../../api/client'
import { useFlushOnLeave } from '../../stores/pending-writes'

/** How often the time spent is written while the interview runs (a crash loses less than this). */
const WRITE_EVERY_MS = 30_000

/**
 * The interview's clock counts only the time its screen is open: what was spent before (stored
 * with the interview) plus this sitting. The sitting's time is written every half minute, on
 * leaving and on quit, so that a resumed interview goes on from its minutes, not from its start.
 */
export function useInterviewClock(interviewId: string, storedMs: number | undefined, running: boolean) {
  const [since, setSince] = useState<number | null>(null)
  const lastWrite = useRef<number | null>(null)
  const write = useRef(async () => {})
  write.current = async () => {
    if (lastWrite.current === null) return
    const now = Date.now()
    const ms = now - lastWrite.current
    lastWrite.current = now
    if (ms > 0) await call('interviews.addTime', { interviewId, ms }).catch(() => undefined)
  }
  useEffect(() => {
    if (!running || storedMs === undefined) return
    const start = Date.now()
    lastWrite.current = start
    setSince(start - storedMs)
    const timer = window.setInterval(() => void write.current(), WRITE_EVERY_MS)
    return () => {
      window.clearInterval(timer)
      void write.current()
      lastWrite.current = null
    }
    // The stored time is read once, when the sitting starts.
  }, [interviewId, running, storedMs === undefined])
  useFlushOnLeave(write)
  /** The moment the clock counts from (now minus the time spent), or null before it runs. */
  return since
}

import { useEffect, useState } from 'react'

/** Minutes and seconds since a moment, ticking every second. */
export function Clock({ label, since }: { label: string; since: number }) {
  const [nowMs, setNow] = useState(() => Date.now())
  useEffect(() => {
    const id = window.setInterval(() => setNow(Date.now()), 1000)
    return () => window.clearInterval(id)
  }, [])
  const s = Math.max(0, Math.floor((nowMs - since) / 1000))
  const text = `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`
  return (
    <span className="clock" title={label}>
      <span className="muted">{label}</span> <span className="mono">{text}</span>
    </span>
  )
}

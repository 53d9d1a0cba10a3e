import { useRef } from 'react'

/**
 * The report as the client will read it, in a frame that runs no script. It keeps its place when
 * the consultant edits a commentary or ticks a verbatim: the new preview opens where the old one
 * was read (allow-same-origin lets the app read and set the frame's scroll; nothing in the frame
 * can run).
 */
export function ReportPreview({ html, title }: { html: string; title: string }) {
  const frame = useRef<HTMLIFrameElement>(null)
  const place = useRef({ x: 0, y: 0 })
  const onLoad = () => {
    const win = frame.current?.contentWindow
    if (!win) return
    win.scrollTo(place.current.x, place.current.y)
    win.addEventListener('scroll', () => {
      place.current = { x: win.scrollX, y: win.scrollY }
    })
  }
  return (
    <iframe
      ref={frame}
      title={title}
      srcDoc={html}
      sandbox="allow-same-origin"
      onLoad={onLoad}
      data-testid="report-preview"
    />
  )
}

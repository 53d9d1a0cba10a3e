// Seconds of one digit too: Teams writes short timings such as 0:0:0.570.
const TIME = /^(?:(\d+):)?(\d{1,2}):(\d{1,2})(?:[.,](\d{1,3}))?$/

/**
 * A time in a recording, in milliseconds: hh:mm:ss.mmm as WebVTT writes it, hh:mm:ss,mmm as SRT
 * does, and the shorter mm:ss or h:mm:ss that Teams, Zoom and Word transcripts show. Null when
 * the text is not such a time (minutes or seconds of 60 and more included). One-digit minutes and
 * seconds are read too (0:0:3.5), as Teams writes them in short recordings.
 */
export function parseRecordingTime(text: string): number | null {
  const m = TIME.exec(text.trim())
  if (!m) return null
  const [, hours, minutes, seconds, fraction] = m
  if (Number(minutes) > 59 || Number(seconds) > 59) return null
  const ms = fraction ? Number(fraction.padEnd(3, '0')) : 0
  return ((Number(hours ?? 0) * 60 + Number(minutes)) * 60 + Number(seconds)) * 1000 + ms
}

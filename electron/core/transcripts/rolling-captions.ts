import type { Cue } from './cue-block'
import { cueSegments, cueWords } from './cue-text'

/**
 * Rolling captions (YouTube's automatic ones, saved by yt-dlp) show each line twice: a caption
 * repeats the last line of the one before it, then adds the new words. When most captions of a file
 * start that way (two thirds of them), the repeated lines are left out, so that every word is
 * stored once. A file where fewer do keeps them all: a speaker may well say the same thing twice.
 */
export function withoutRollingRepeats(cues: readonly Cue[]): Cue[] {
  const words = cues.map((c) => c.lines.map(cueWords))
  const repeated = words.map((w, i) => (i === 0 ? 0 : repeatedLines(spoken(words[i - 1]!), spoken(w))))
  const repeats = repeated.filter((k) => k > 0).length
  const rolling = repeats >= 2 && repeats * 3 >= (cues.length - 1) * 2
  if (!rolling) return [...cues]
  return cues.map((cue, i) => {
    if (repeated[i] === 0) return cue
    const lines = afterSpokenLines(cue.lines, words[i]!, repeated[i]!)
    return { ...cue, lines, segments: cueSegments(lines) }
  })
}

const spoken = (lines: readonly string[]): string[] => lines.filter((l) => l !== '')

/** How many lines of `current` repeat, at its start, the last lines of `previous`. */
function repeatedLines(previous: readonly string[], current: readonly string[]): number {
  for (let k = Math.min(previous.length, current.length); k > 0; k--) {
    const tail = previous.slice(previous.length - k)
    if (tail.every((line, i) => line === current[i])) return k
  }
  return 0
}

/** The lines of a caption after its first `count` lines with words. */
function afterSpokenLines(lines: readonly string[], words: readonly string[], count: number): string[] {
  let seen = 0
  for (let i = 0; i < lines.length; i++) {
    if (words[i] !== '') seen++
    if (seen === count) return lines.slice(i + 1)
  }
  return []
}

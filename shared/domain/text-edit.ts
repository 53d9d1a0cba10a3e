import { ChangeSet, Text } from '@codemirror/state'

/** One replacement in a document's text, in UTF-16 offsets of the text before the edit. */
export interface TextChange {
  from: number
  to: number
  insert: string
}

/** Where a coding lies after an edit, and whether a person must look at it again. */
export interface MappedSpan {
  start: number
  end: number
  /** The coded words after the edit (what the coding now stores). */
  text: string
  /** Every word of it was deleted: it is kept at the place of the deletion, for review. */
  needsReview: boolean
}

/**
 * Applies simultaneous changes (all offsets refer to the text before the edit, as CodeMirror
 * describes a transaction), refusing any that falls outside the text or overlaps another.
 */
export function applyChanges(text: string, changes: readonly TextChange[]): { text: string; changes: ChangeSet } {
  const sorted = [...changes].sort((a, b) => a.from - b.from)
  for (let i = 0; i < sorted.length; i++) {
    const c = sorted[i]!
    const whole = Number.isInteger(c.from) && Number.isInteger(c.to)
    if (!whole || c.from < 0 || c.to < c.from || c.to > text.length)
      throw new RangeError(`Change [${c.from}, ${c.to}) is outside the text (${text.length}).`)
    if (i > 0 && c.from < sorted[i - 1]!.to) throw new RangeError('Changes overlap.')
  }
  // Lines split on \n alone: a \r stays in its line, so offsets match JavaScript's and CRLF survives.
  const lines = (t: string) => Text.of(t.split('\n'))
  const set = ChangeSet.of(
    sorted.map((c) => ({ from: c.from, to: c.to, insert: lines(c.insert) })),
    text.length,
  )
  return { text: set.apply(lines(text)).toString(), changes: set }
}

/**
 * Maps a coded span through an edit so that it stays on the same words: text typed at its start or
 * at its end stays outside it, text typed inside joins it. When all its words are gone it is
 * flagged for review rather than silently stretched over other words.
 */
export function mapSpan(span: { start: number; end: number }, changes: ChangeSet, newText: string): MappedSpan {
  const start = changes.mapPos(span.start, 1)
  const end = changes.mapPos(span.end, -1)
  if (end > start) return { start, end, text: newText.slice(start, end), needsReview: false }
  // All its words deleted: one character at that place keeps it visible and valid until reviewed,
  // a whole one (both halves of an emoji), so that the stored words are never half a character.
  let at = Math.max(0, Math.min(start, newText.length - 1))
  if (isLowSurrogate(newText, at) && isHighSurrogate(newText, at - 1)) at--
  const stop = Math.min(newText.length, at + (isHighSurrogate(newText, at) && isLowSurrogate(newText, at + 1) ? 2 : 1))
  return { start: at, end: Math.max(stop, at + 1), text: newText.slice(at, stop), needsReview: true }
}

const isHighSurrogate = (s: string, i: number): boolean => /[\uD800-\uDBFF]/.test(s.charAt(i))
const isLowSurrogate = (s: string, i: number): boolean => /[\uDC00-\uDFFF]/.test(s.charAt(i))

/** A coding's span and words, and whether a person must look at it (what an edit moves). */
export interface CodedSpan {
  start: number
  end: number
  text: string
  needsReview: boolean
}

/**
 * Maps a coding through an edit. A coding keeps its words while flagged: when all of them are
 * deleted it stays flagged where they were, and when they are put back right there (the deletion
 * undone, or the words typed again) it goes back on them and its flag goes.
 */
export function mapCoding(c: CodedSpan, changes: ChangeSet, newText: string): CodedSpan {
  const moved = mapSpan(c, changes, newText)
  if (!moved.needsReview && !c.needsReview) return moved
  const back = wordsPutBack(c.text, moved, changes, newText)
  if (back !== null) return { start: back, end: back + c.text.length, text: c.text, needsReview: false }
  return { ...moved, text: c.text, needsReview: true }
}

/**
 * Where the words stand again in text this edit inserted at the coding's place, if they do. The
 * place is the whole flagged character: at the end of the text it lies just before the deletion.
 */
function wordsPutBack(
  words: string,
  place: { start: number; end: number },
  changes: ChangeSet,
  newText: string,
): number | null {
  if (words.length === 0) return null
  let found: number | null = null
  changes.iterChanges((_fromA, _toA, fromB, toB) => {
    if (found !== null || place.end < fromB || place.start > toB) return
    const i = newText.slice(fromB, toB).indexOf(words)
    if (i !== -1) found = fromB + i
  })
  return found
}

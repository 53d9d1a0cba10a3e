import { speakerName } from './speaker-label'

/** The words of a caption said by one voice (null when the caption names none with a voice tag). */
export interface CueSegment {
  voice: string | null
  text: string
}

/** <v Claire Dubois>, <v.loud Claire Dubois> (with classes), and </v>. */
const VOICE = /<v(?:\.[^\s>]*)?(?:[ \t]+([^>]*))?>|<\/v>/g
/**
 * Other markup: <c.yellow>, <i>, <b>, <u>, <ruby>, <rt>, <lang fr>, karaoke times <00:01:02.345>,
 * SRT's <font color=…> and {\an8}. Only these: "2<3,5>1" is what was said, not a tag.
 */
const MARKUP = /<\/?(?:c|i|b|u|ruby|rt|lang|font)(?:[.\s][^<>]*)?>|<\d{1,2}(?::\d{2}){1,2}[.,]\d{3}>|\{\\[^}]*\}/g
const ENTITY = /&(?:#x([0-9a-fA-F]+)|#(\d+)|(amp|lt|gt|quot|apos|nbsp|lrm|rlm));/g
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  lrm: '',
  rlm: '',
}

/**
 * The words of a caption's text lines, split where a voice tag names who speaks (Teams writes
 * one <v Name>…</v> per caption); the lines of a caption are one sentence wrapped for the screen,
 * so they are joined with a space.
 */
export function cueSegments(lines: readonly string[]): CueSegment[] {
  const payload = lines.join('\n')
  const segments: CueSegment[] = []
  let voice: string | null = null
  let at = 0
  for (const m of payload.matchAll(VOICE)) {
    segments.push({ voice, text: cueWords(payload.slice(at, m.index)) })
    voice = m[0] === '</v>' ? null : m[1] ? speakerName(m[1]) || null : null
    at = m.index + m[0].length
  }
  segments.push({ voice, text: cueWords(payload.slice(at)) })
  return segments.filter((s) => s.text !== '')
}

/** A caption text's words: markup and entities out, spaces folded. */
export function cueWords(markup: string): string {
  return decodeCueEntities(markup.replace(MARKUP, ''))
    .replace(/[ \t\n]+/g, ' ')
    .trim()
}

function decodeCueEntities(s: string): string {
  if (!s.includes('&')) return s
  return s.replace(ENTITY, (_, hex: string | undefined, dec: string | undefined, named: string | undefined) =>
    hex ? String.fromCodePoint(parseInt(hex, 16)) : dec ? String.fromCodePoint(Number(dec)) : NAMED[named!]!,
  )
}

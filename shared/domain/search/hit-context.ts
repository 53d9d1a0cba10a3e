import type { TextSpan } from './find-hits'

/** A span with the words around it, for a result list: "…before [text] after…". */
export interface SpanInContext {
  before: string
  text: string
  after: string
}

/**
 * The span's text with about `width` characters either side, cut at a word boundary and on one
 * line (line breaks become spaces), so that every result reads as one line of a list. An ellipsis
 * says where the text goes on.
 */
export function spanInContext(text: string, span: TextSpan, width = 70): SpanInContext {
  let from = Math.max(0, span.start - width)
  let to = Math.min(text.length, span.end + width)
  if (from > 0) from = wordStartAfter(text, from, span.start)
  if (to < text.length) to = wordEndBefore(text, to, span.end)
  // Never cut an emoji in two when no space was near.
  if (isLowSurrogate(text, from)) from++
  if (isLowSurrogate(text, to)) to--
  // One space for each line break or tab, so that offsets into `text` stay those of the document.
  const flat = (s: string) => s.replace(/\s/gu, ' ')
  return {
    before: (from > 0 ? '…' : '') + flat(text.slice(from, span.start)).trimStart(),
    text: flat(text.slice(span.start, span.end)),
    after: flat(text.slice(span.end, to)).trimEnd() + (to < text.length ? '…' : ''),
  }
}

function wordStartAfter(text: string, i: number, limit: number): number {
  const space = text.slice(i, limit).search(/\s/u)
  return space < 0 ? i : i + space + 1
}

function wordEndBefore(text: string, i: number, limit: number): number {
  const part = text.slice(limit, i)
  const space = part.search(/\s\S*$/u)
  return space < 0 ? i : limit + space
}

const isLowSurrogate = (text: string, i: number): boolean => /[\udc00-\udfff]/.test(text[i] ?? '')

/** V8 copies a substring shorter than this; a longer one is a view that keeps its whole parent alive. */
const VIEW_FROM_CHARS = 13

/**
 * The same text in a string of its own. A text saxes reads is a substring of the chunk of XML it
 * was read from: a cell an import keeps (an excerpt) would keep that whole chunk alive, and a
 * sheet's rows read one at a time would end up holding the whole sheet. Copied through UTF-8,
 * which is exact for XML text (it holds no lone surrogate: the parser refuses one).
 */
export function detached(text: string): string {
  return text.length < VIEW_FROM_CHARS ? text : Buffer.from(text, 'utf8').toString('utf8')
}

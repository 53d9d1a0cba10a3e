/** The most characters Excel holds in a cell: a longer text makes it repair the file on opening. */
export const EXCEL_CELL_CHARS = 32_767

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/**
 * A text as a cell can hold it: half an emoji (a lone surrogate, which XML cannot carry) becomes
 * U+FFFD, and a text past Excel's limit is cut, with an ellipsis, between two characters. Empty
 * text is no cell at all, so that a filter's "(Blanks)" finds it.
 */
export function cellText(text: string | null | undefined): string | null {
  if (!text) return null
  const whole = text.replace(LONE_SURROGATE, '\uFFFD')
  if (whole.length <= EXCEL_CELL_CHARS) return whole
  let cut = EXCEL_CELL_CHARS - 1
  if (/[\uD800-\uDBFF]/.test(whole[cut - 1]!)) cut -= 1
  return `${whole.slice(0, cut)}…`
}

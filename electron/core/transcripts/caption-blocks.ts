import { textBlocks, type TextBlock } from './text-blocks'

const isTimingLine = (line: string): boolean => line.includes('-->')
/** An SRT caption number, standing before its timing line. */
const isCaptionNumber = (line: string): boolean => /^\s*\d+\s*$/.test(line)

/**
 * The captions of a .vtt or .srt text, one block each. A timing line always starts a caption, even
 * where the blank line before it is missing (WebVTT's parser does the same: caption text never
 * holds "-->"), so that no timing line is ever stored as words; a caption number right above it
 * goes with it.
 */
export function captionBlocks(text: string): TextBlock[] {
  return textBlocks(text, 'empty').flatMap(splitAtTimings)
}

function splitAtTimings(block: TextBlock): TextBlock[] {
  const out: TextBlock[] = []
  let from = 0
  for (let i = 2; i < block.lines.length; i++) {
    if (!isTimingLine(block.lines[i]!)) continue
    const at = isCaptionNumber(block.lines[i - 1]!) && i - 1 > from ? i - 1 : i
    if (at - from < 2 && !isTimingLine(block.lines[from]!)) continue
    out.push({ line: block.line + from, lines: block.lines.slice(from, at) })
    from = at
  }
  out.push({ line: block.line + from, lines: block.lines.slice(from) })
  return out
}

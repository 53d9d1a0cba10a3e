/** Lines of text between blank lines, and the 1-based line number of the first of them. */
export interface TextBlock {
  line: number
  lines: string[]
}

/**
 * The blocks of a text (a caption of a .vtt or .srt, a paragraph of a .txt); blank lines separate
 * them. In a caption file only an empty line is blank (the WebVTT rule): a line of spaces under a
 * timing, as some tools write, belongs to its caption.
 */
export function textBlocks(text: string, blank: 'whitespace' | 'empty' = 'whitespace'): TextBlock[] {
  const blocks: TextBlock[] = []
  let current: TextBlock | null = null
  const lines = text.split('\n')
  const isBlank = blank === 'empty' ? (l: string) => l === '' : (l: string) => l.trim() === ''
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    if (isBlank(line)) {
      current = null
    } else if (current) {
      current.lines.push(line)
    } else {
      current = { line: i + 1, lines: [line] }
      blocks.push(current)
    }
  }
  return blocks
}

import type { Page } from 'playwright-core'

/**
 * Runs in the page (as source text: the tests' TypeScript has no DOM types): the screen boxes of
 * the first and of the n-th character of some words of the coding editor's text.
 */
const CHARACTER_BOXES = `([words, n]) => {
  const content = document.querySelector('.coder-editor .cm-content')
  const walker = document.createTreeWalker(content, NodeFilter.SHOW_TEXT)
  const nodes = []
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node)
  const at = nodes.map((node) => node.data).join('').indexOf(words)
  if (at < 0) throw new Error('Not in the editor: ' + words)
  const box = (offset) => {
    for (const node of nodes) {
      if (offset < node.data.length) {
        const range = document.createRange()
        range.setStart(node, offset)
        range.setEnd(node, offset + 1)
        return range.getBoundingClientRect()
      }
      offset -= node.data.length
    }
    throw new Error('Offset outside the text')
  }
  const a = box(at)
  const b = box(at + Math.max(n, 1) - 1)
  return { x1: a.left + 1, y1: a.top + a.height / 2, x2: b.right - 0.5, y2: b.top + b.height / 2 }
}`

/**
 * Selects words of the coding editor with the mouse: pressed at their first letter, released after
 * the last (or after the first `length` characters; 0 is a click before the first letter).
 */
export async function dragOver(page: Page, words: string, length = words.length): Promise<void> {
  const box = (await page.evaluate(`(${CHARACTER_BOXES})(${JSON.stringify([words, length])})`)) as {
    x1: number
    y1: number
    x2: number
    y2: number
  }
  await page.mouse.move(box.x1, box.y1)
  await page.mouse.down()
  if (length > 0) {
    await page.mouse.move((box.x1 + box.x2) / 2, box.y2, { steps: 4 })
    await page.mouse.move(box.x2, box.y2, { steps: 4 })
  }
  await page.mouse.up()
}

/** Puts the caret right before some words with a click on the left edge of their first letter. */
export const clickBefore = (page: Page, words: string): Promise<void> => dragOver(page, words, 0)

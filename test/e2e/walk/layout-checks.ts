import type { Page } from 'playwright-core'

// The page's DOM, as much of it as the checks read (the tests' TypeScript has no DOM library).
interface Box {
  left: number
  top: number
  right: number
  bottom: number
  width: number
  height: number
}
interface El {
  scrollHeight: number
  tagName: string
  className: unknown
  textContent: string | null
  parentElement: El | null
  childNodes: ArrayLike<{ nodeType: number; textContent: string | null }>
  scrollWidth: number
  clientWidth: number
  getBoundingClientRect(): Box
  getAttribute(name: string): string | null
  matches(selector: string): boolean
  closest(selector: string): El | null
  contains(other: El): boolean
  querySelectorAll(selector: string): ArrayLike<El>
}
interface PageWindow {
  innerWidth: number
  innerHeight: number
  document: { body: El; documentElement: El; querySelector(selector: string): El | null }
  getComputedStyle(el: El): {
    visibility: string
    display: string
    opacity: string
    overflowX: string
    overflowY: string
    textOverflow: string
  }
}

/**
 * What a consultant would see as broken on one screen: anything past the window's edges, text cut
 * off by its box, two controls on top of each other. Read in the page; each problem is a sentence
 * naming the element, so that a failure says where to look.
 */
export async function layoutProblems(page: Page, scope: string | null = null): Promise<string[]> {
  return page.evaluate((scopeSelector) => {
    const w = globalThis as unknown as PageWindow
    const doc = w.document
    const root: El = (scopeSelector && doc.querySelector(scopeSelector)) || doc.body
    const problems: string[] = []
    const name = (el: El) => {
      const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)
      const cls = typeof el.className === 'string' && el.className ? `.${el.className.split(' ').join('.')}` : ''
      return `<${el.tagName.toLowerCase()}${cls}> "${text}"`
    }
    const visible = (el: El) => {
      const r = el.getBoundingClientRect()
      if (r.width < 1 || r.height < 1) return false
      const s = w.getComputedStyle(el)
      return s.visibility !== 'hidden' && s.display !== 'none' && Number(s.opacity) > 0
    }
    /** The part of an element its scrolling or clipping boxes let one see (null when none). */
    const seen = (el: El): Box | null => {
      let { left, top, right, bottom } = el.getBoundingClientRect()
      for (let p = el.parentElement; p; p = p.parentElement) {
        const s = w.getComputedStyle(p)
        if (s.overflowX === 'visible' && s.overflowY === 'visible') continue
        const b = p.getBoundingClientRect()
        left = Math.max(left, b.left)
        top = Math.max(top, b.top)
        right = Math.min(right, b.right)
        bottom = Math.min(bottom, b.bottom)
      }
      return right - left > 1 && bottom - top > 1
        ? { left, top, right, bottom, width: right - left, height: bottom - top }
        : null
    }
    const clipper = (el: El): El | null => {
      for (let p = el.parentElement; p; p = p.parentElement) {
        const s = w.getComputedStyle(p)
        if (s.overflowX !== 'visible' || s.overflowY !== 'visible') return p
      }
      return null
    }
    // The page never scrolls as a whole: the window holds the app, and its panes scroll inside it.
    if (doc.documentElement.scrollWidth > w.innerWidth + 1)
      problems.push(`the page is ${doc.documentElement.scrollWidth}px wide in a ${w.innerWidth}px window`)
    if (doc.documentElement.scrollHeight > w.innerHeight + 1)
      problems.push(`the page is ${doc.documentElement.scrollHeight}px tall in a ${w.innerHeight}px window`)

    // Screen-reader-only text (one pixel, clipped on purpose) is not on screen.
    const all = Array.from(root.querySelectorAll('*')).filter(
      (el) => visible(el) && el.getBoundingClientRect().width > 1 && el.getBoundingClientRect().height > 1,
    )
    for (const el of all) {
      const r = el.getBoundingClientRect()
      const box = clipper(el)
      // Outside the window, unless a scrolling box holds it (it is reached by scrolling that box).
      if (!box && (r.right > w.innerWidth + 1 || r.left < -1)) problems.push(`${name(el)} goes past the window's edge`)
      const s = w.getComputedStyle(el)
      const ownText = Array.from(el.childNodes).some((n) => n.nodeType === 3 && (n.textContent ?? '').trim() !== '')
      // Text cut by its own box (an ellipsis is a deliberate cut, with the whole text in a title).
      if (
        ownText &&
        s.overflowX !== 'visible' &&
        s.textOverflow !== 'ellipsis' &&
        el.scrollWidth > el.clientWidth + 1 &&
        !['TEXTAREA', 'INPUT', 'SELECT'].includes(el.tagName) &&
        s.overflowX !== 'auto' &&
        s.overflowX !== 'scroll'
      )
        problems.push(`${name(el)} is cut off (${el.scrollWidth}px of text in ${el.clientWidth}px)`)
      if (ownText && s.textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth + 1 && !el.getAttribute('title'))
        problems.push(`${name(el)} is cut with an ellipsis and no title to read it whole`)
    }
    // Controls under a dialog that another covers are inert: nobody can reach them until it closes.
    const controls = all.filter(
      (el) =>
        el.matches('button, input:not([type="hidden"]), select, textarea, a[href], [role="tab"], [role="option"]') &&
        !el.closest('[inert]'),
    )
    // Two controls overlap where both can be seen: one scrolled out of its box is not in the way.
    const rects = controls.map(seen)
    for (let i = 0; i < controls.length; i++)
      for (let j = i + 1; j < controls.length; j++) {
        const a = rects[i]
        const b = rects[j]
        if (!a || !b) continue
        const x = Math.min(a.right, b.right) - Math.max(a.left, b.left)
        const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top)
        if (x > 3 && y > 3 && !controls[i]!.contains(controls[j]!) && !controls[j]!.contains(controls[i]!))
          problems.push(`${name(controls[i]!)} and ${name(controls[j]!)} overlap`)
      }
    return [...new Set(problems)]
  }, scope)
}

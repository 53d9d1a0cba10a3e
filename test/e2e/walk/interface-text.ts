import type { Page } from 'playwright-core'

/** One text the interface shows, with where it is (to say where to look when a check fails). */
export interface ShownText {
  text: string
  where: string
}

/**
 * Every text node the page shows that is the interface's own words: not inside what the
 * consultant or respondents wrote (marked `data-content`, the text editor, fields' values), nor a
 * key name (`kbd`) or a code key (`.mono`).
 */
export async function interfaceTexts(page: Page, scope: string | null): Promise<ShownText[]> {
  return page.evaluate((scopeSelector) => {
    interface N {
      nodeType: number
      textContent: string | null
      parentElement: E | null
    }
    interface E {
      tagName: string
      className: unknown
      closest(selector: string): E | null
      getClientRects(): ArrayLike<unknown>
      getAttribute(name: string): string | null
      querySelectorAll(selector: string): ArrayLike<E>
    }
    const doc = (
      globalThis as unknown as {
        document: {
          body: E
          querySelector(s: string): E | null
          createTreeWalker(root: E, what: number): { nextNode(): N | null }
        }
      }
    ).document
    const root = (scopeSelector && doc.querySelector(scopeSelector)) || doc.body
    const out: { text: string; where: string }[] = []
    // Quotes (blockquote, mark, q) are respondents' words; [data-content] marks the consultant's.
    const skip =
      '[data-content], blockquote, mark, q, .cm-editor, kbd, .mono, script, style, [aria-hidden="true"], iframe, textarea, option'
    const walker = doc.createTreeWalker(root, 4)
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement
      // ASCII blanks only: a narrow no-break space at a node's edge is part of the typography.
      const text = (n.textContent ?? '').replace(/[ \t\r\n]+/g, ' ').replace(/^ | $/g, '')
      if (!el || !text || el.closest(skip) || el.getClientRects().length === 0) continue
      const cls = typeof el.className === 'string' && el.className ? `.${el.className.split(' ')[0]}` : ''
      out.push({ text, where: `<${el.tagName.toLowerCase()}${cls}>` })
    }
    // Words a screen reader says are interface text too.
    for (const el of Array.from(root.querySelectorAll('[aria-label], [title], [placeholder]'))) {
      if (el.closest('[data-content], blockquote, mark, q, .cm-editor')) continue
      for (const attr of ['aria-label', 'title', 'placeholder']) {
        const v = el.getAttribute(attr)
        if (v) out.push({ text: v.trim(), where: `<${el.tagName.toLowerCase()} ${attr}>` })
      }
    }
    return out
  }, scope)
}

/** The problems of one interface text in a language: the other catalogue's words, raw ids, typography. */
export function textProblems(shown: ShownText, lang: 'fr' | 'en', foreignOnly: ReadonlySet<string>): string[] {
  const problems: string[] = []
  const { text, where } = shown
  if (foreignOnly.has(text))
    problems.push(`${where} "${text}" is the ${lang === 'fr' ? 'English' : 'French'} catalogue's`)
  // camelCase words and "name = value" are the code's, not a sentence.
  const id = /\b[a-z]+[A-Z][A-Za-z]*\b/.exec(text) ?? /\b\w+ = \S+/.exec(text)
  if (id) problems.push(`${where} "${text}" shows a raw identifier (${id[0]})`)
  if (lang === 'fr') {
    // Before ; ! ? » a narrow no-break space (a plain one lets the mark wrap alone); before : a
    // no-break space; after « one too. "?!" and times ("0:05") are fine.
    const bad = /[^\s?!…][;!?»]|[ ][;:!?»]|«(?![\u202f\u00a0])|[\p{L}\d)»][:](?=\s|$)/u.exec(text)
    if (bad) problems.push(`${where} "${text}" lacks the narrow no-break space at "${bad[0]}"`)
  }
  return problems
}

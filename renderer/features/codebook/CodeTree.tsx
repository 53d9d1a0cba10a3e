import { useEffect, useRef, type KeyboardEvent } from 'react'
import { useT } from '../../i18n/language-store'
import type { Code, Codebook, CodeFamily } from '../../../shared/domain/codebook'
import { depthOf, treeOrder } from '../../../shared/domain/code-tree'

export interface TreeActions {
  select: (code: Code) => void
  edit: (code: Code) => void
  remove: (code: Code) => void
  move: (code: Code, by: -1 | 1) => void
  editFamily: (family: CodeFamily) => void
}

/**
 * The families with their codes as a tree, sub-codes indented under their parent. One row holds
 * the keyboard focus (↑/↓ go through the rows, Alt+↑/↓ move the code, Enter edits, Delete deletes).
 */
export function CodeTree(p: { codebook: Codebook; selectedId: string | null; actions: TreeActions }) {
  const { t, tn, lang } = useT()
  const { families, codes } = p.codebook
  const ordered = treeOrder(families, codes)
  const ref = useRef<HTMLElement>(null)
  const focusFollows = useRef(false)
  useEffect(() => {
    if (!focusFollows.current || !p.selectedId) return
    ref.current?.querySelector<HTMLElement>(`[data-code-id="${p.selectedId}"]`)?.focus()
  }, [p.selectedId, p.codebook])
  const onKeyDown = (e: KeyboardEvent<HTMLLIElement>, code: Code) => {
    if (e.target !== e.currentTarget) return
    const at = ordered.findIndex((c) => c.id === code.id)
    focusFollows.current = true
    if (e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
      e.preventDefault()
      p.actions.move(code, e.key === 'ArrowUp' ? -1 : 1)
    } else if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
      e.preventDefault()
      const next = ordered[at + (e.key === 'ArrowUp' ? -1 : 1)]
      if (next) p.actions.select(next)
    } else if (e.key === 'Enter') {
      e.preventDefault()
      p.actions.edit(code)
    } else if (e.key === 'Delete') {
      e.preventDefault()
      p.actions.remove(code)
    }
  }
  const tabStop = p.selectedId ?? ordered[0]?.id
  return (
    <nav className="code-tree" aria-label={t('codebookEdit.tree')} ref={ref}>
      {families.map((f) => {
        const own = ordered.filter((c) => c.familyId === f.id)
        return (
          <section key={f.id} className="tree-family">
            <header className="tree-family-head">
              <span className="swatch" style={{ background: f.color }} aria-hidden="true" />
              <strong>{f.name[lang]}</strong>
              <span className="mono muted">{f.key}</span>
              <span className="spacer" />
              <span className="muted small">{tn('codebookEdit.codes', own.length)}</span>
              <button
                type="button"
                className="icon-button"
                title={t('codebookEdit.editFamily')}
                aria-label={`${t('codebookEdit.editFamily')} ${f.name[lang]}`}
                onClick={() => p.actions.editFamily(f)}
              >
                ✎
              </button>
            </header>
            <ul role="tree" aria-label={f.name[lang]}>
              {own.map((c) => (
                <li
                  key={c.id}
                  role="treeitem"
                  aria-level={depthOf(codes, c.id) + 1}
                  aria-selected={c.id === p.selectedId}
                  data-code-id={c.id}
                  tabIndex={c.id === tabStop ? 0 : -1}
                  className="tree-code"
                  style={{ paddingLeft: 10 + depthOf(codes, c.id) * 20, borderLeftColor: c.color }}
                  onClick={() => {
                    focusFollows.current = false
                    p.actions.select(c)
                  }}
                  onDoubleClick={() => p.actions.edit(c)}
                  onKeyDown={(e) => onKeyDown(e, c)}
                >
                  <div className="tree-code-head">
                    {depthOf(codes, c.id) > 0 && (
                      <span className="nest-mark" aria-hidden="true">
                        ↳
                      </span>
                    )}
                    <span className="code-dot" style={{ background: c.color }} aria-hidden="true" />
                    <span className="tree-code-name">{c.name[lang]}</span>
                    <span className="mono code-key">{c.key}</span>
                    {c.shortcut && <kbd title={t('codebook.shortcut')}>{c.shortcut}</kbd>}
                  </div>
                  {c.definition[lang] && <p className="tree-code-definition">{c.definition[lang]}</p>}
                </li>
              ))}
            </ul>
          </section>
        )
      })}
    </nav>
  )
}

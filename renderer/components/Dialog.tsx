import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react'
import { createPortal } from 'react-dom'
import { firstFocusable, focusablesIn } from './focusables'

/** Open dialogs, the top one last: only the top one takes Escape and keeps the focus. */
const stack: HTMLElement[] = []

/**
 * Every dialog and overlay of the app: it takes the focus (the field marked autoFocus, else the
 * first control), keeps it inside while it is open (Tab and Shift+Tab go round), closes on Escape,
 * and gives the focus back to what opened it. Its actions stay in view below a body that scrolls.
 */
export function Dialog(p: {
  title: string
  onClose: () => void
  children: ReactNode
  /** The buttons, kept in view at the bottom. */
  actions?: ReactNode
  /** Beside the title (a picker that applies to the whole dialog). */
  headerExtra?: ReactNode
  className?: string
  /** Makes the dialog a form: Enter in a field submits it. */
  onSubmit?: (e: FormEvent<HTMLFormElement>) => void
  /** A question whose answer cannot be taken back (a delete): announced as an alert. */
  alert?: boolean
  /** A click outside closes it (help cards, read-only overlays; never a form with typing). */
  closeOnBackdrop?: boolean
}) {
  const ref = useRef<HTMLElement | null>(null)
  const close = useRef(p.onClose)
  close.current = p.onClose
  const titleId = useId()
  // Read while rendering, before a field inside takes the focus with autoFocus.
  const [opener] = useState(() => (document.activeElement instanceof HTMLElement ? document.activeElement : null))

  useEffect(() => {
    const dialog = ref.current!
    // The dialog below (the one that opened this) cannot be reached until this one closes.
    const below = stack.at(-1)?.parentElement
    below?.setAttribute('inert', '')
    stack.push(dialog)
    // A field with autoFocus has its focus already (React focuses it before this effect runs).
    if (!dialog.contains(document.activeElement)) (firstFocusable(dialog) ?? dialog).focus()

    const onKey = (e: KeyboardEvent) => {
      if (stack.at(-1) !== dialog) return
      if (e.key === 'Escape') {
        e.preventDefault()
        e.stopPropagation()
        close.current()
      } else if (e.key === 'Tab') {
        const all = focusablesIn(dialog)
        if (all.length === 0) return e.preventDefault()
        const at = all.indexOf(document.activeElement as HTMLElement)
        const next = e.shiftKey ? (at <= 0 ? all.length - 1 : at - 1) : at === all.length - 1 ? 0 : at + 1
        e.preventDefault()
        all[next]!.focus()
      }
    }
    // A click on the backdrop or a focus moved by code must not leave the focus behind the dialog.
    const onFocusIn = (e: FocusEvent) => {
      if (stack.at(-1) === dialog && e.target instanceof Node && !dialog.contains(e.target))
        (firstFocusable(dialog) ?? dialog).focus()
    }
    document.addEventListener('keydown', onKey, true)
    document.addEventListener('focusin', onFocusIn)
    return () => {
      document.removeEventListener('keydown', onKey, true)
      document.removeEventListener('focusin', onFocusIn)
      stack.splice(stack.indexOf(dialog), 1)
      below?.removeAttribute('inert')
      // Back to what opened it, if it is still there (a deleted row's button is not).
      if (opener?.isConnected) opener.focus()
    }
  }, [])

  const body = (
    <>
      <header className="modal-head">
        <h2 id={titleId}>{p.title}</h2>
        {p.headerExtra}
      </header>
      <div className="modal-body">{p.children}</div>
      {p.actions && <div className="modal-actions">{p.actions}</div>}
    </>
  )
  const common = {
    className: `modal${p.className ? ` ${p.className}` : ''}`,
    role: p.alert ? 'alertdialog' : 'dialog',
    'aria-modal': true,
    'aria-labelledby': titleId,
    tabIndex: -1,
  } as const
  // On the body, not inside what opened it: a dialog opened from another is not part of it (and
  // stays reachable when the one below is made inert).
  return createPortal(
    <div
      className="modal-backdrop"
      onMouseDown={(e) => p.closeOnBackdrop && e.target === e.currentTarget && p.onClose()}
    >
      {p.onSubmit ? (
        <form ref={(el) => void (ref.current = el)} {...common} onSubmit={p.onSubmit}>
          {body}
        </form>
      ) : (
        <div ref={(el) => void (ref.current = el)} {...common}>
          {body}
        </div>
      )}
    </div>,
    document.body,
  )
}

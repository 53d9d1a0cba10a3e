const FOCUSABLE = [
  'a[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  '[tabindex]:not([tabindex="-1"])',
  '[contenteditable="true"]',
].join(',')

/** The controls inside an element that Tab reaches, in document order (hidden ones left out). */
export function focusablesIn(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (el) => el.getClientRects().length > 0 && !el.closest('[inert]'),
  )
}

/** Where a dialog puts the focus when it opens: its first field, else its first button. */
export function firstFocusable(root: HTMLElement): HTMLElement | undefined {
  const all = focusablesIn(root)
  return all.find((el) => el.matches('input, select, textarea, [contenteditable="true"]')) ?? all[0]
}

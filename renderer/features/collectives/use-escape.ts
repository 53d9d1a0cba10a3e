import { useEffect } from 'react'

/**
 * Closes a dialog on Escape wherever the focus is: after a link the clicked button is gone from
 * the list, and the focus with it.
 */
export function useEscape(onClose: () => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose()
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [onClose])
}

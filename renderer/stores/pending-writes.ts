import { useEffect } from 'react'
import { create } from 'zustand'

type Flush = () => Promise<void>

interface PendingWrites {
  flushers: Set<Flush>
  /** Registers what a screen must write before the window closes; returns the unregistration. */
  register: (flush: Flush) => () => void
  /** Writes everything pending (on blur, page hide, window close, quit). */
  flushAll: () => Promise<void>
}

/** Autosave's last line: every screen with unsaved typing registers its flush here. */
export const usePendingWrites = create<PendingWrites>()((_set, get) => ({
  flushers: new Set(),
  register: (flush) => {
    get().flushers.add(flush)
    return () => get().flushers.delete(flush)
  },
  flushAll: async () => {
    await Promise.allSettled([...get().flushers].map((f) => f()))
  },
}))

/**
 * Registers a screen's flush for as long as the screen is shown, and flushes when it goes: what
 * is typed is written on blur, on leaving, on window close and on quit.
 */
export function useFlushOnLeave(flush: { current: () => Promise<void> }): void {
  useEffect(() => {
    const unregister = usePendingWrites.getState().register(() => flush.current())
    return () => {
      unregister()
      void flush.current()
    }
  }, [flush])
}

import { useRef } from 'react'
import { useAppView } from '../stores/app-view'
import { useFlushOnLeave } from '../stores/pending-writes'
import { toApiError } from '../api/use-call'
import { AUTOSAVE_MAX_RETRIES, AUTOSAVE_MS, AUTOSAVE_RETRY_MS } from '../../shared/domain/autosave'

export interface Autosave<K, V> {
  /** A new value for a key: written after the pause, or at once by flush. */
  change: (key: K, value: V) => void
  /** Writes everything pending now (blur, question change, closing a dialog). */
  flush: () => Promise<void>
  /** Something typed is not on disk yet. */
  dirty: () => boolean
}

/**
 * The one autosave of the app: values by key, written AUTOSAVE_MS after the last change, at once on
 * flush, and registered with the flush on leave, window close and quit. A failed write keeps its
 * value (merged before anything typed since) and is tried again; the first failure is shown.
 */
export function useAutosave<K, V>(
  write: (key: K, value: V) => Promise<unknown>,
  options: {
    /** Two pending values for one key made one (text changes compose); by default the newer wins. */
    merge?: (older: V, newer: V) => V
    /** After each successful write, with what was written and whether more was typed for the key since. */
    onWritten?: (key: K, value: V, out: unknown, typedSince: boolean) => void
  } = {},
): Autosave<K, V> {
  const setSaving = useAppView((s) => s.setSaving)
  const showError = useAppView((s) => s.showError)
  const latest = useRef({ write, options })
  latest.current = { write, options }
  const pending = useRef(new Map<K, V>())
  const timer = useRef<number | undefined>(undefined)
  const inflight = useRef<Promise<void> | null>(null)
  const failures = useRef(0)

  const merged = (key: K, older: V | undefined, newer: V): V =>
    older === undefined ? newer : (latest.current.options.merge?.(older, newer) ?? newer)

  const flush = useRef(async (): Promise<void> => {})
  flush.current = async () => {
    window.clearTimeout(timer.current)
    timer.current = undefined
    while (inflight.current) await inflight.current
    if (pending.current.size === 0) return
    const batch = [...pending.current.entries()]
    pending.current.clear()
    const run = async () => {
      for (let i = 0; i < batch.length; i++) {
        const [key, value] = batch[i]!
        try {
          const out = await latest.current.write(key, value)
          latest.current.options.onWritten?.(key, value, out, pending.current.has(key))
        } catch (e) {
          // Not written: this value and the ones after it go back in front of what was typed since.
          for (const [k, v] of batch.slice(i)) {
            const since = pending.current.get(k)
            pending.current.set(k, since === undefined ? v : merged(k, v, since))
          }
          setSaving('unsaved')
          if (failures.current++ === 0) showError(toApiError(e).error)
          if (failures.current <= AUTOSAVE_MAX_RETRIES)
            timer.current = window.setTimeout(() => void flush.current(), AUTOSAVE_RETRY_MS)
          return
        }
      }
      failures.current = 0
      setSaving(pending.current.size === 0 ? 'saved' : 'saving')
    }
    inflight.current = run()
    try {
      await inflight.current
    } finally {
      inflight.current = null
    }
  }
  useFlushOnLeave(flush)

  // One object for the component's life, so that it can sit in a hook's dependencies.
  const api = useRef<Autosave<K, V> | null>(null)
  api.current ??= {
    change: (key, value) => {
      pending.current.set(key, merged(key, pending.current.get(key), value))
      setSaving('saving')
      window.clearTimeout(timer.current)
      timer.current = window.setTimeout(() => void flush.current(), AUTOSAVE_MS)
    },
    flush: () => flush.current(),
    dirty: () => pending.current.size > 0 || inflight.current !== null,
  }
  return api.current
}

import { useMemo, useRef, useState } from 'react'
import type { Code } from '../../../shared/domain/codebook'
import type { Coding } from '../../../shared/domain/coding'
import { call } from '../../api/client'
import { useT } from '../../i18n/language-store'
import { useCodingView } from './coding-view'

const VALENCE_KEYS: Record<string, Coding['valence']> = { '+': '+', '-': '-', '0': '0' }

/**
 * What the coder does to a document: apply codes to the selection (by click or key), set the
 * valence of the active codings (+ - 0), remove them. The active codings are the ones just applied
 * or under the cursor; kept in a ref too, for keys pressed before React has drawn the last apply.
 */
export function useCodingActions(o: {
  documentId: string
  codes: Code[]
  selection: { from: number; to: number }
  /** Writes typed text first, so that the selection's offsets are the server's. */
  flushEdits: () => Promise<void>
  onError: (e: unknown) => void
}) {
  const { t } = useT()
  const coderId = useCodingView((s) => s.coderId)
  const [activeIds, setActiveState] = useState<string[]>([])
  const [hint, setHint] = useState<string | null>(null)
  const activeRef = useRef<string[]>([])
  // An apply on its way: a valence key pressed meanwhile is for what it is coding.
  const applying = useRef<Promise<void> | null>(null)
  const shortcutCode = useMemo(() => new Map(o.codes.filter((c) => c.shortcut).map((c) => [c.shortcut!, c])), [o.codes])

  const setActive = (ids: string[]) => {
    activeRef.current = ids
    setActiveState(ids)
  }

  const apply = (codeIds: string[]): Promise<void> => {
    const run = applyNow(codeIds).finally(() => {
      if (applying.current === run) applying.current = null
    })
    applying.current = run
    return run
  }

  const applyNow = async (codeIds: string[]) => {
    const { from, to } = o.selection
    if (from === to) return setHint(t('coding.selectFirst'))
    setHint(null)
    try {
      await o.flushEdits()
      const made = await call('codings.apply', {
        documentId: o.documentId,
        start: from,
        end: to,
        codeIds,
        ...(coderId ? { coderId } : {}),
      })
      if (made.length) setActive(made.map((c) => c.id))
      else setHint(t('coding.alreadyCoded'))
    } catch (e) {
      o.onError(e)
    }
  }

  const removeActive = () => call('codings.remove', { codingIds: activeRef.current }).catch(o.onError)

  /** A plain key while coding: a valence for the active codings, or a code's shortcut. */
  const key = (k: string): boolean => {
    const valence = VALENCE_KEYS[k]
    if (valence && (activeRef.current.length || applying.current)) {
      void (applying.current ?? Promise.resolve())
        .then(() =>
          activeRef.current.length
            ? call('codings.updateMany', { codingIds: activeRef.current, patch: { valence } })
            : undefined,
        )
        .catch(o.onError)
      return true
    }
    const code = shortcutCode.get(k.toLowerCase())
    if (!code) return false
    void apply([code.id])
    return true
  }

  return { activeIds, setActive, hasActive: () => activeRef.current.length > 0, apply, removeActive, key, hint }
}

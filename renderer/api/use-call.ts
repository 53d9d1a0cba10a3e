import { useCallback, useEffect, useState } from 'react'
import { create } from 'zustand'
import type { CallInput, CallOutput } from '../../shared/api/contract'
import type { CallName } from '../../shared/api/names'
import { ApiError, call } from './client'

/** Bumped after every mutation, so that the screens read the engagement again. */
export const useDataRevision = create<{ revision: number; bump: () => void }>()((set) => ({
  revision: 0,
  bump: () => set((s) => ({ revision: s.revision + 1 })),
}))

export interface CallState<T> {
  data: T | undefined
  error: ApiError | undefined
  loading: boolean
}

/** Reads through the contract; re-reads when the input or the data revision changes. */
export function useCall<K extends CallName>(name: K, input: CallInput<K>): CallState<CallOutput<K>> {
  const revision = useDataRevision((s) => s.revision)
  const key = JSON.stringify(input)
  const [state, setState] = useState<CallState<CallOutput<K>>>({ data: undefined, error: undefined, loading: true })
  useEffect(() => {
    let live = true
    setState((s) => ({ ...s, loading: true }))
    call(name, JSON.parse(key) as CallInput<K>).then(
      (data) => live && setState({ data, error: undefined, loading: false }),
      (error: unknown) => live && setState({ data: undefined, error: toApiError(error), loading: false }),
    )
    return () => {
      live = false
    }
  }, [name, key, revision])
  return state
}

/** A mutation: runs the call, then lets every screen re-read. */
export function useMutation<K extends CallName>(name: K) {
  const bump = useDataRevision((s) => s.bump)
  return useCallback(
    async (input: CallInput<K>): Promise<CallOutput<K>> => {
      const out = await call(name, input)
      bump()
      return out
    },
    [name, bump],
  )
}

export function toApiError(e: unknown): ApiError {
  return e instanceof ApiError
    ? e
    : new ApiError({ code: 'INTERNAL', message: e instanceof Error ? e.message : String(e) })
}

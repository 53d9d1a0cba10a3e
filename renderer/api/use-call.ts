import { useCallback, useEffect, useState } from 'react'
import type { CallInput, CallOutput } from '../../shared/api/contract'
import type { CallName } from '../../shared/api/names'
import { ApiError, call } from './client'
import { revisionOf, useDataRevision } from './data-revision'
import { READS } from '../../shared/api/reads'

export { useDataRevision } from './data-revision'

export interface CallState<T> {
  data: T | undefined
  error: ApiError | undefined
  loading: boolean
  /** Reads again (a read the user cancelled, asked for once more). */
  reload: () => void
}

/** Reads through the contract; reads again when the input changes, or what it reads (READS). */
export function useCall<K extends CallName>(name: K, input: CallInput<K>): CallState<CallOutput<K>> {
  const revision = useDataRevision((s) => revisionOf(s, READS[name]))
  const key = JSON.stringify(input)
  const [again, setAgain] = useState(0)
  const reload = useCallback(() => setAgain((n) => n + 1), [])
  const [state, setState] = useState<Omit<CallState<CallOutput<K>>, 'reload'>>({
    data: undefined,
    error: undefined,
    loading: true,
  })
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
  }, [name, key, revision, again])
  return { ...state, reload }
}

/** A mutation: the call's answer says what it changed, and the screens that read it read again (client.ts). */
export function useMutation<K extends CallName>(name: K) {
  return useCallback((input: CallInput<K>): Promise<CallOutput<K>> => call(name, input), [name])
}

export function toApiError(e: unknown): ApiError {
  return e instanceof ApiError
    ? e
    : new ApiError({ code: 'INTERNAL', message: e instanceof Error ? e.message : String(e) })
}

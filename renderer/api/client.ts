import type { CallInput, CallOutput } from '../../shared/api/contract'
import type { CallError } from '../../shared/api/call'
import type { CallName, EventName } from '../../shared/api/names'
import type { EventPayload } from '../../shared/api/events'
import type { TerrainBridge } from '../../shared/api/bridge'
import { useDataRevision } from './data-revision'

declare global {
  interface Window {
    terrain?: TerrainBridge
  }
}

export class ApiError extends Error {
  constructor(readonly error: CallError) {
    super(error.message)
  }
  get code(): CallError['code'] {
    return this.error.code
  }
}

function bridge(): TerrainBridge {
  if (!window.terrain)
    throw new ApiError({ code: 'INTERNAL', message: 'Terrain’s bridge is missing: the page runs outside the app.' })
  return window.terrain
}

/** The only way the UI reaches data: a contract call, typed by the contract. */
export async function call<K extends CallName>(
  name: K,
  input: CallInput<K>,
  options: {
    /**
     * The caller holds what it wrote (a live answer being typed): no screen reads it again.
     * A screen that opens later reads it fresh anyway.
     */
    quiet?: boolean
  } = {},
): Promise<CallOutput<K>> {
  const result = await bridge().invoke(name, input)
  if (!result.ok) throw new ApiError(result.error)
  // The screens that read what this call changed read it again.
  if (result.changed?.length && !options.quiet) useDataRevision.getState().touch(result.changed)
  return result.value as CallOutput<K>
}

export function onEvent<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
  return bridge().on(event, listener as (p: unknown) => void)
}

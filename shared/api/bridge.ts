import type { CallName, EventName } from './names'
import type { CallResult } from './call'

/**
 * What the preload exposes as window.terrain (and what the browser tests bind to the same core).
 * Only contract names pass; everything else is refused on both sides.
 */
export interface TerrainBridge {
  invoke(name: CallName, input: unknown): Promise<CallResult<unknown>>
  on(event: EventName, listener: (payload: unknown) => void): () => void
}

import { contextBridge, ipcRenderer } from 'electron'
import { channelOf, isCallName, isEventName } from '../../shared/api/names'
import type { TerrainBridge } from '../../shared/api/bridge'

// Only the contract's names cross the bridge; the core checks them again with the schemas. The
// answer crosses as JSON (main relays it without reading it) and is parsed here, in the page.
const bridge: TerrainBridge = {
  invoke: (name, input) =>
    isCallName(name)
      ? ipcRenderer.invoke(channelOf(name), input).then((json: string) => JSON.parse(json))
      : Promise.resolve({ ok: false, error: { code: 'INVALID_INPUT', message: `Unknown call ${String(name)}.` } }),
  on: (event, listener) => {
    if (!isEventName(event)) throw new Error(`Unknown event ${String(event)}.`)
    const handler = (_e: unknown, payload: unknown): void => listener(payload)
    ipcRenderer.on(channelOf(event), handler)
    return () => ipcRenderer.removeListener(channelOf(event), handler)
  },
}

contextBridge.exposeInMainWorld('terrain', bridge)

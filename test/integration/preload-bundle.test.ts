import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { CALL_NAMES, EVENT_NAMES } from '../../shared/api/names'

const PRELOAD = path.resolve(__dirname, '../../out/preload/index.cjs')

describe('the built preload (out/preload/index.cjs)', () => {
  it('requires nothing but electron, as a sandboxed preload must', () => {
    const code = fs.readFileSync(PRELOAD, 'utf8')
    const required = [...code.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1])
    expect(new Set(required)).toEqual(new Set(['electron']))
    expect(code).not.toMatch(/\bimport\s/)
  })

  it('carries the contract’s names and nothing of its schemas', () => {
    const code = fs.readFileSync(PRELOAD, 'utf8')
    for (const name of [...CALL_NAMES, ...EVENT_NAMES]) expect(code).toContain(`"${name}"`)
    expect(code).not.toMatch(/zod|safeParse/)
    // The names themselves and a little code: one schema alone would weigh more than the margin.
    expect(code.length).toBeLessThan(2000 + [...CALL_NAMES, ...EVENT_NAMES].join('').length)
  })

  it('exposes window.terrain with invoke and on, through contextBridge', () => {
    const calls: unknown[][] = []
    const exposed: Record<string, unknown> = {}
    const fakeElectron = {
      contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (exposed[key] = api) },
      ipcRenderer: {
        // Main answers with the JSON of the CallResult (it relays the core's answer unread).
        invoke: (...args: unknown[]) => (calls.push(args), Promise.resolve('{"ok":true,"value":null}')),
        on: () => undefined,
        removeListener: () => undefined,
      },
    }
    const run = new Function('require', fs.readFileSync(PRELOAD, 'utf8'))
    run((id: string) => (id === 'electron' ? fakeElectron : undefined))
    const bridge = exposed.terrain as {
      invoke: (n: string, i: unknown) => Promise<unknown>
      on: (e: string, l: () => void) => () => void
    }
    expect(Object.keys(exposed)).toEqual(['terrain'])
    const current = bridge.invoke('engagement.current', {})
    expect(calls).toEqual([['terrain:engagement.current', {}]])
    return Promise.all([current, bridge.invoke('fs.readFile', { path: '/etc/passwd' })]).then(([answer, r]) => {
      // The page gets the CallResult itself, parsed by the preload.
      expect(answer).toEqual({ ok: true, value: null })
      expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
      expect(calls).toHaveLength(1)
      expect(() => bridge.on('anything', () => undefined)).toThrow()
    })
  })
})

import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import { contract } from '../../shared/api/contract'
import { mayNameFile, PathGrants } from '../../electron/core/security/path-grants'
import type { CallSpec } from '../../shared/api/call'
import type { CallName } from '../../shared/api/names'

type Schema = z.ZodType

/** A field whose name says it holds a file: `path`, `file`, `outPath`, `sourceFile`... */
const PATH_LIKE = /path|file/i

/** Where, in a call's input, a string names a file: each location as the keys leading to it. */
function pathFields(schema: Schema, at: string[] = []): string[][] {
  const def = schema.def as unknown as Record<string, unknown> & { type: string }
  const inner = (s: unknown, keys = at) => pathFields(s as Schema, keys)
  switch (def.type) {
    case 'object':
      return Object.entries(def.shape as Record<string, Schema>).flatMap(([key, field]) =>
        PATH_LIKE.test(key) && holdsString(field) ? [[...at, key]] : inner(field, [...at, key]),
      )
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'nonoptional':
    case 'catch':
      return inner(def.innerType)
    case 'pipe':
      return inner(def.in)
    case 'lazy':
      return inner((def.getter as () => Schema)())
    case 'array':
      return inner(def.element, [...at, '0'])
    case 'union':
      return (def.options as Schema[]).flatMap((o) => inner(o))
    case 'intersection':
      return [...inner(def.left), ...inner(def.right)]
    default:
      return []
  }
}

function holdsString(schema: Schema): boolean {
  const def = schema.def as unknown as Record<string, unknown> & { type: string }
  if (def.type === 'string') return true
  if (['optional', 'nullable', 'default', 'prefault', 'readonly', 'nonoptional', 'catch'].includes(def.type))
    return holdsString(def.innerType as Schema)
  if (def.type === 'pipe') return holdsString(def.in as Schema)
  if (def.type === 'union') return (def.options as Schema[]).some(holdsString)
  return false
}

/** An input naming `file` at that place (the rest of the input does not matter to the check). */
function inputNaming(keys: string[], file: string): unknown {
  return keys.reduceRight<unknown>((value, key) => (/^\d+$/.test(key) ? [value] : { [key]: value }), file)
}

// Every call, the shell's included: ipc.ts checks them all before dispatching.
const namingCalls = Object.entries(contract).flatMap(([call, spec]) =>
  pathFields(spec.input).map((keys) => ({ call: call as CallName, keys, spec: spec as CallSpec })),
)

describe('a file the user never chose', () => {
  const never = '/home/consultant/Documents/other-client.terrain'
  const nothingKnown = { recent: [], open: null }

  it('is found in the input of every call that names one, each declaring what it does with the file', () => {
    const calls = new Set(namingCalls.map((n) => n.call))
    for (const call of [
      'engagement.open',
      'import.codings',
      'transcripts.import',
      'report.exportPdf',
      'engagement.forgetRecent',
    ])
      expect(calls, call).toContain(call)
    // The runtime mirror of the compiler's check (shared/api/call.ts): the declared field is the one that names the file.
    for (const { call, keys, spec } of namingCalls) expect(spec.file?.field, call).toBe(keys.join('.'))
  })

  it('is refused in every call that names a file, as the app’s window calls them (ipc.ts)', () => {
    const allowed = namingCalls.filter(({ call, keys }) =>
      mayNameFile(call, inputNaming(keys, never), new PathGrants(), nothingKnown),
    )
    expect(allowed.map(({ call }) => call)).toEqual([])
  })

  it('is accepted once chosen for that very call, so the check is not refusing everything', () => {
    for (const { call, keys, spec } of namingCalls) {
      const grants = new PathGrants()
      const access = spec.file!.access
      if (access === 'write') grants.grantWrite(never, [call])
      else grants.grantRead(never, [call])
      const known = access === 'recent' ? { recent: [never], open: null } : nothingKnown
      expect(mayNameFile(call, inputNaming(keys, never), grants, known), call).toBe(true)
    }
  })

  it('is chosen, in every file dialog, for calls that name a file the way the dialog allows', () => {
    const dialogs = Object.entries(contract).filter(([, spec]) => (spec as CallSpec).grantsTo)
    expect(dialogs.length).toBeGreaterThanOrEqual(7)
    for (const [dialog, spec] of dialogs)
      for (const call of (spec as CallSpec).grantsTo!)
        expect((contract[call] as CallSpec).file, `${dialog} -> ${call}`).toBeDefined()
    // Every call that reads or writes a file the page names has a dialog that grants it.
    const granted = new Set(dialogs.flatMap(([, spec]) => (spec as CallSpec).grantsTo!))
    for (const { call, spec } of namingCalls) if (spec.file!.access !== 'recent') expect(granted, call).toContain(call)
  })
})

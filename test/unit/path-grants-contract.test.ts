import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import { contract } from '../../shared/api/contract'
import { mayNameFile, PathGrants } from '../../electron/core/security/path-grants'

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

/**
 * The check electron/main/ipc.ts makes before any call reaches core: the file the input names (it
 * reads `input.path`), against the grants of the session and the recent list.
 */
function ipcAllows(call: string, input: unknown, grants: PathGrants, recent: readonly string[]): boolean {
  const file = (input as { path?: unknown } | null)?.path
  return mayNameFile(call, file, grants, recent)
}

/**
 * Calls that name a path and touch no file: forgetting a recent engagement only takes its path off
 * the list. Any call added here must be one that neither reads nor writes the file it names.
 */
const TOUCHES_NO_FILE = new Set(['engagement.forgetRecent'])

// Every call, the shell's included: ipc.ts checks them all before dispatching.
const namingCalls = Object.entries(contract).flatMap(([call, spec]) =>
  pathFields(spec.input).map((keys) => ({ call, keys })),
)

describe('a file the user never chose', () => {
  const never = '/home/consultant/Documents/other-client.terrain'

  it('is found in the input of every call that names one', () => {
    const calls = new Set(namingCalls.map((n) => n.call))
    for (const call of ['engagement.open', 'import.codings', 'transcripts.import', 'report.exportPdf'])
      expect(calls, call).toContain(call)
    for (const call of TOUCHES_NO_FILE) expect(calls, `${call} still names a path`).toContain(call)
  })

  it('is refused in every call that names a file, as the app’s window calls them', () => {
    const refusedOrNot = namingCalls
      .filter(({ call }) => !TOUCHES_NO_FILE.has(call))
      .map(({ call, keys }) => ({
        call,
        field: keys.join('.'),
        allowed: ipcAllows(call, inputNaming(keys, never), new PathGrants(), []),
      }))
    expect(refusedOrNot.filter((r) => r.allowed)).toEqual([])
  })

  it('is accepted once the user chose it in a dialog to save there, so the check is not refusing everything', () => {
    for (const { call, keys } of namingCalls) {
      const grants = new PathGrants()
      grants.grantWrite(never)
      expect(ipcAllows(call, inputNaming(keys, never), grants, []), call).toBe(true)
    }
  })
})

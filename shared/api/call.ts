import type { z } from 'zod'
import type { ErrorCode } from '../domain/terrain-error'

export interface CallSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I
  output: O
  /** The error codes this call may return besides INVALID_INPUT and INTERNAL. */
  errors: readonly ErrorCode[]
  /** Served by the desktop shell (dialogs), not by electron/core. */
  shell?: true
}

/** Declares one call; the literal type is kept so that `shell: true` can be told apart by the compiler. */
export const call = <const S extends CallSpec>(spec: S): S => spec

/** A reason by line, for errors about a file's contents (an import): translate(lang, key, params). */
export type CallProblem = { line: number | null; key: string; params: Record<string, string | number> }
export type CallError = { code: ErrorCode; message: string; subject?: string; problems?: CallProblem[] }
export type CallResult<T> = { ok: true; value: T } | { ok: false; error: CallError }

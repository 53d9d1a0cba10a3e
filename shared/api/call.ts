import type { z } from 'zod'
import type { ErrorCode } from '../domain/terrain-error'
import type { CallName } from './names'
import type { JobKind } from './events'

/**
 * What a call does with the file its input names, which the shell checks before the call runs:
 * - read: a file the user chose, for this call, in an Open dialog;
 * - open: the same, or an engagement of the recent list;
 * - write: a file the user named, for this call, in a Save dialog, once, and never an engagement
 *   that is open or in the recent list;
 * - recent: an engagement of the recent list (to take it off the list; no file is touched).
 */
export type FileAccess = 'read' | 'open' | 'write' | 'recent'

/** FilePath's type: a string schema the compiler tells apart, so that a call naming a file must say what it does with it. */
export type FilePathSchema = z.ZodString & { readonly __terrainFilePath: true }

export interface CallSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I
  output: O
  /** The error codes this call may return besides INVALID_INPUT and INTERNAL. */
  errors: readonly ErrorCode[]
  /** Served by the desktop shell (dialogs), not by electron/core. */
  shell?: true
  /** The input field that names a file, and what the call does with it. */
  file?: { field: string; access: FileAccess }
  /** A file dialog: the calls that may then name the file the user chose. */
  grantsTo?: readonly CallName[]
  /** A long job: it reports progress (job.progress) and the user may cancel it (jobs.cancel). */
  job?: JobKind
}

/** The input fields that name a file (FilePath). */
type FileFields<I> =
  I extends z.ZodObject<infer Shape>
    ? { [K in keyof Shape]: Shape[K] extends FilePathSchema ? K : never }[keyof Shape]
    : never

/** A call whose input names a file must declare it; one that names none must not. */
type FileDeclaration<S extends CallSpec> = [FileFields<S['input']>] extends [never]
  ? { file?: never }
  : { file: { field: FileFields<S['input']>; access: FileAccess } }

/**
 * Declares one call; the literal type is kept so that `shell: true` can be told apart by the
 * compiler, which also refuses a call that names a file without saying what it does with it.
 */
export const call = <const S extends CallSpec>(spec: S & FileDeclaration<S>): S => spec

/** A reason by line, for errors about a file's contents (an import): translate(lang, key, params). */
export type CallProblem = { line: number | null; key: string; params: Record<string, string | number> }
export type CallError = { code: ErrorCode; message: string; subject?: string; problems?: CallProblem[] }
export type CallResult<T> =
  | {
      ok: true
      value: T
      /** The topics (tables, app files, or '*') the call changed: what the window reads again. */
      changed?: readonly string[]
    }
  | { ok: false; error: CallError }

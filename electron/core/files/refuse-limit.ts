import type { enLimits } from '../../../shared/i18n/en-limits'
import { RefusedFile } from '../import/refused-file'
import type { FileProblem } from '../import/problem-list'
import { LIMITS, type LimitName } from './limits'

/** Why a file was refused by a guard: a limit passed, or a fault no limit measures (a path outside, a DOCTYPE). */
export type LimitKey = keyof typeof enLimits
/** A fault refused whatever its size. */
export type Fault = 'unsafeEntryPath' | 'entrySizeLie'

/** Limits counted in bytes are reported in megabytes, the unit a consultant sees in a file browser. */
const IN_MEGABYTES: readonly LimitName[] = ['MAX_FILE_BYTES', 'MAX_ARCHIVE_UNCOMPRESSED_BYTES']
const MB = 1024 * 1024

/**
 * A file refused before the work a limit protects, with nothing written. An INVALID_INPUT
 * TerrainError (a RefusedFile) whose one problem names the limit and the file's figure; `limit` and
 * `figure` keep them in their own unit for a caller (or a test) that wants them.
 */
export class LimitRefusal extends RefusedFile<FileProblem<LimitKey>> {
  constructor(
    file: string,
    readonly limit: LimitName | Fault,
    readonly figure: number | string,
    problem: FileProblem<LimitKey>,
  ) {
    super(file, [problem], { one: 'import.cli.more.one', other: 'import.cli.more.other' })
    this.name = 'LimitRefusal'
  }
}

interface Where {
  /** The line of a table the figure was found on (1-based, the header being line 1). */
  line?: number
  /** The archive entry the figure is about. */
  entry?: string
}

/** Refuses `file` (its name, without folder) for a figure past the limit `name`. */
export function refuseLimit(name: LimitName, file: string, figure: number, where: Where = {}): never {
  const inMb = IN_MEGABYTES.includes(name)
  const shown = (n: number): number => (inMb ? Math.ceil((n / MB) * 10) / 10 : n)
  throw new LimitRefusal(
    file,
    name,
    figure,
    problem(`limits.${name}` as LimitKey, file, where, {
      figure: shown(figure),
      limit: shown(LIMITS[name]),
    }),
  )
}

/** Refuses `file` for a fault refused whatever its size: an entry path outside, an entry lying about its size. */
export function refuseFault(fault: Fault, file: string, detail: { entry?: string; figure?: number } = {}): never {
  const figure = detail.figure ?? ''
  throw new LimitRefusal(file, fault, figure, problem(`limits.${fault}`, file, detail, { figure }))
}

function problem(
  key: LimitKey,
  file: string,
  where: Where,
  params: Record<string, string | number>,
): FileProblem<LimitKey> {
  const all = { ...params, file, ...(where.entry !== undefined ? { entry: where.entry } : {}) }
  return where.line !== undefined
    ? { line: where.line, key, params: { ...all, line: where.line } }
    : { line: null, key, params: all }
}

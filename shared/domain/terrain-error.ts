/**
 * Error codes a contract call may return. The UI translates each code; the message is for
 * logs and the CLI and says what to do.
 */
export const ERROR_CODES = [
  'INVALID_INPUT',
  'NOT_FOUND',
  'NO_ENGAGEMENT_OPEN',
  'NOT_AN_ENGAGEMENT',
  'CORRUPT_FILE',
  'FROM_NEWER_VERSION',
  'FILE_EXISTS',
  'FILE_MISSING',
  'FILE_NOT_WRITABLE',
  'FILE_IN_USE',
  'ENCRYPTED',
  'WRONG_PASSPHRASE',
  'INVALID_RANGE',
  'FORBIDDEN',
  'CANCELLED',
  'CONFLICT',
  'NOTHING_TO_UNDO',
  'CANNOT_UNDO',
  'INTERNAL',
] as const
export type ErrorCode = (typeof ERROR_CODES)[number]

export class TerrainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** What the error is about (a file path, a respondent code), shown beside the translated message. */
    readonly subject?: string,
    /** Reasons by line when the error is about a file's contents (an import). */
    readonly problems?: readonly { line: number | null; key: string; params: Record<string, string | number> }[],
  ) {
    super(message)
    this.name = 'TerrainError'
  }
}

export function fail(code: ErrorCode, message: string, subject?: string): never {
  throw new TerrainError(code, message, subject)
}

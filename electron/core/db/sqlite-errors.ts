import { fail } from '../../../shared/domain/terrain-error'

/**
 * Turns an SQLite or file-system failure on an engagement file into the error the consultant can
 * act on: a permission problem is not damage, and a busy file is not corrupt, so that the message
 * sends the user to the backups only when the file itself cannot be read.
 */
export function explainFileError(e: unknown, file: string): never {
  const code = e instanceof Error && 'code' in e ? String(e.code) : ''
  // SQLite's own words on one line: what matters is what to do.
  const reason = (e instanceof Error ? e.message : String(e)).split('\n')[0]!.trim()
  if (/^(EACCES|EPERM|EROFS|SQLITE_READONLY|SQLITE_CANTOPEN|SQLITE_PERM)/.test(code)) {
    fail(
      'FILE_NOT_WRITABLE',
      `${file} cannot be opened for writing (${reason}). Check its permissions and its folder’s.`,
      file,
    )
  }
  if (/^(SQLITE_BUSY|SQLITE_LOCKED)/.test(code)) {
    fail('FILE_IN_USE', `${file} is in use by another program (${reason}). Close it there and try again.`, file)
  }
  // Anything else SQLite could not read (a damaged page, a truncated file) is damage.
  fail('CORRUPT_FILE', `${file} cannot be read as an engagement (${reason}). Open one of its backups instead.`, file)
}

/** Whether SQLite gave up waiting for another program's lock on the file. */
export function isBusy(e: unknown): boolean {
  return e instanceof Error && 'code' in e && /^(SQLITE_BUSY|SQLITE_LOCKED)/.test(String(e.code))
}

/** A write that met another program's lock: the file is in use, which the user can act on. */
export function failInUse(file: string): never {
  fail('FILE_IN_USE', `${file} is in use by another program. Close it there and try again; nothing was changed.`, file)
}

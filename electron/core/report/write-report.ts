import fs from 'node:fs'
import path from 'node:path'
import { fail } from '../../../shared/domain/terrain-error'

/**
 * Writes a report whole under another name first, then moves it into place: no half-written
 * PDF is ever left, and a PDF open in a viewer (Windows locks it) gets a message that says so.
 */
export function writeReportFile(file: string, bytes: Buffer): void {
  const target = path.resolve(file)
  if (!fs.existsSync(path.dirname(target)))
    fail('FILE_MISSING', `The folder ${path.dirname(target)} does not exist.`, path.dirname(target))
  if (fs.statSync(target, { throwIfNoEntry: false })?.isDirectory())
    fail('FILE_NOT_WRITABLE', `${target} is a folder: choose a file name.`, target)
  const partial = `${target}.partial`
  try {
    fs.writeFileSync(partial, bytes)
    fs.renameSync(partial, target)
  } catch (e) {
    fs.rmSync(partial, { force: true })
    const code = e instanceof Error && 'code' in e ? String(e.code) : ''
    if (/^(EACCES|EPERM|EBUSY|EROFS|EISDIR|ENOTDIR|ENAMETOOLONG|ENOSPC)$/.test(code)) {
      fail(
        'FILE_NOT_WRITABLE',
        `${target} cannot be written (${code}); close it if a viewer has it open, or choose another place.`,
        target,
      )
    }
    throw e
  }
}

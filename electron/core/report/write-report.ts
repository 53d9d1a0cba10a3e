import fs from 'node:fs'
import path from 'node:path'
import { fail } from '../../../shared/domain/terrain-error'

/** Writes a report whole under another name first, then moves it into place: no half-written PDF. */
export function writeReportFile(file: string, bytes: Buffer): void {
  const target = path.resolve(file)
  if (!fs.existsSync(path.dirname(target)))
    fail('FILE_MISSING', `The folder ${path.dirname(target)} does not exist.`, path.dirname(target))
  const partial = `${target}.partial`
  fs.writeFileSync(partial, bytes)
  fs.renameSync(partial, target)
}

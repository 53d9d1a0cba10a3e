import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { generateEngagement } from '../../electron/core/demo/generate-engagement'

/** A generated engagement kept in the temp folder between benchmark runs (same sizes, same file). */
export function scaleEngagement(respondents: number, codings: number): string {
  const file = path.join(os.tmpdir(), `terrain-bench-${respondents}r-${codings}c.terrain`)
  if (!fs.existsSync(file)) {
    process.stderr.write(`Generating ${respondents} respondents and ${codings} codings in ${file}…\n`)
    generateEngagement(file, { respondents, codings, language: 'en' }).close()
  }
  return file
}

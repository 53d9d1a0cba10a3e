// The respondent import has no command line: this script runs it through the core, as the
// contract's handler does, so that a test can measure a fresh process's memory. Exit 2 on a refusal.
import { openEngagementFile } from '../../electron/core/engagement/open-engagement'
import { RefusedFile } from '../../electron/core/import/refused-file'
import { importRespondents } from '../../electron/core/respondents-import/import-respondents'

const [engagement, file] = process.argv.slice(2)
const e = openEngagementFile(engagement!)
try {
  const summary = importRespondents(e, file!)
  process.stderr.write(`created ${summary.created}\n`)
} catch (err) {
  if (!(err instanceof RefusedFile)) throw err
  process.stderr.write(`${err.problems.map((p) => p.key).join('\n')}\n`)
  process.exitCode = 2
} finally {
  e.close()
}

import { describe, it } from 'vitest'
import { findChromium, MISSING_CHROMIUM } from '../../electron/cli/chromium/find-chromium'

/**
 * Declares a browser suite: skipped with one loud line where no Chromium exists, except under
 * CI=true, where a missing browser fails the run.
 */
export function browserSuite(name: string, body: (chromiumPath: string) => void): void {
  const exe = findChromium()
  if (exe) {
    describe(name, () => body(exe))
    return
  }
  if (process.env.CI === 'true') {
    describe(name, () =>
      it('has a Chromium to run in', () => {
        throw new Error(MISSING_CHROMIUM)
      }),
    )
    return
  }
  console.warn(`\n*** ${MISSING_CHROMIUM} ***\n`)
  describe.skip(name, () => it('needs Chromium', () => undefined))
}

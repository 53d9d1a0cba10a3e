import { afterEach, expect } from 'vitest'
import { launchApp, type AppHarness } from './app-harness'

/**
 * One app per test, closed after it; a test fails if the page threw or logged an error (expected
 * refusals are shown in the UI, never thrown).
 */
export function appPerTest() {
  let app: AppHarness | undefined
  afterEach(async () => {
    const errors = app?.pageErrors ?? []
    await app?.close()
    app = undefined
    expect(errors).toEqual([])
  })
  return {
    async launch(chromiumPath: string, options: Parameters<typeof launchApp>[1] = {}): Promise<AppHarness> {
      app = await launchApp(chromiumPath, options)
      return app
    },
    get current(): AppHarness {
      if (!app) throw new Error('No app launched in this test.')
      return app
    },
  }
}

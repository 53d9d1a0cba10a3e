import path from 'node:path'
import { afterEach, expect } from 'vitest'
import { launchApp, TEST_PASSPHRASE, type AppHarness } from './app-harness'

export { TEST_PASSPHRASE }
import type { Page } from 'playwright-core'

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

/** From the start screen: a new empty engagement saved as `fileName` in the app's folder, open. */

/** Types the same passphrase in both fields of a new passphrase. */
export async function typePassphrase(page: Page, passphrase = TEST_PASSPHRASE): Promise<void> {
  const fields = page.locator('.passphrase-fields .passphrase-input')
  await fields.nth(0).fill(passphrase)
  await fields.nth(1).fill(passphrase)
}

export async function newEngagement(app: AppHarness, fileName: string): Promise<void> {
  app.dialogs.nextSavePath = path.join(app.dataDir, fileName)
  await app.page.locator('.start-actions .action-card').first().click()
  await typePassphrase(app.page)
  await app.page.locator('.modal button[type="submit"]').click()
  await app.page.locator('.topbar').waitFor()
}

/** From the start screen: the demo engagement open, on a tab of the coding workbench (Ctrl+5). */
/** From the start screen: the demo engagement opened, on its Engagement page. */
export async function openDemo(app: AppHarness): Promise<void> {
  await app.page.locator('.start-actions .action-card.accent').click()
  await app.page.locator('.topbar .client').waitFor()
}

export async function openDemoCodingTab(app: AppHarness, tab: string): Promise<void> {
  await openDemo(app)
  await app.page.keyboard.press('Control+5')
  await app.page.getByRole('tab', { name: tab, exact: true }).click()
}

/** From a new engagement (English): a customer added on the Interviews tab, interviewed, consent given. */
export async function interviewNewCustomer(page: Page): Promise<void> {
  await page.keyboard.press('Control+3')
  const form = page.getByRole('form', { name: 'Add respondent' })
  await form.getByLabel('Group').selectOption('customer')
  await form.getByRole('button', { name: 'Add' }).click()
  await page.getByRole('table', { name: 'Respondents' }).getByRole('button', { name: 'Interview' }).click()
  await page.getByRole('heading', { name: 'Before we start' }).waitFor()
  await page.keyboard.press('Enter')
}

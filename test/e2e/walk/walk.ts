import { expect } from 'vitest'
import type { Page } from 'playwright-core'
import type { AppHarness } from '../app-harness'
import { DIALOGS, SCREENS, openDialog, type DialogEntry, type ScreenEntry } from './registry'

/** Back to the workspace's ordinary state: out of a live interview, no dialog open. */
async function settle(page: Page): Promise<void> {
  for (
    let i = 0;
    i < 3 && (await page.locator('[role="dialog"][aria-modal="true"], [role="alertdialog"]').count());
    i++
  )
    await page.keyboard.press('Escape')
  if (await page.locator('.live').count()) {
    await page.locator('.live-actions .button').last().click()
    await page.locator('.live').waitFor({ state: 'detached' })
  }
}

/**
 * Visits every screen of the registry from the demo engagement, and every dialog from its screen,
 * calling `visit` on each (the dialog open, when it is one); the app is left on the start screen
 * first, then the demo is opened.
 */
export async function walkEveryScreen(
  app: AppHarness,
  visit: (what: { screen: ScreenEntry; dialog?: DialogEntry }) => Promise<void>,
): Promise<string[]> {
  const { page } = app
  const visited: string[] = []
  const dialogsOf = (s: ScreenEntry) => DIALOGS.filter((d) => d.screen === s.id)
  const run = async (screen: ScreenEntry) => {
    await settle(page)
    await screen.open(page)
    await page.waitForTimeout(150)
    await visit({ screen })
    visited.push(screen.id)
    for (const dialog of dialogsOf(screen)) {
      await settle(page)
      await screen.open(page)
      await openDialog(page, dialog, app)
      await page.waitForTimeout(150)
      await visit({ screen, dialog })
      visited.push(dialog.component)
      // A dialog opened from another (the recovery sheet over the new engagement) closes one at a time.
      const open = page.locator('[role="dialog"][aria-modal="true"], [role="alertdialog"]')
      for (let i = 0; i < 3 && (await open.count()) > 0; i++) {
        const before = await open.count()
        await page.keyboard.press('Escape')
        await expect.poll(() => open.count()).toBeLessThan(before)
      }
      await open.first().waitFor({ state: 'detached' })
    }
  }
  for (const screen of SCREENS.filter((s) => s.beforeDemo)) await run(screen)
  await page.locator('.start-actions .action-card.accent').click()
  await page.locator('.topbar .client').waitFor()
  for (const screen of SCREENS.filter((s) => !s.beforeDemo)) await run(screen)
  return visited
}

import fs from 'node:fs'
import { expect, it } from 'vitest'
import { browserSuite } from './browser-suite'
import { appPerTest } from './app-lifecycle'
import { screenshot } from './screenshots'
import { layoutProblems } from './walk/layout-checks'
import { walkEveryScreen } from './walk/walk'
import { DIALOGS, SCREENS } from './walk/registry'
import { MIN_WINDOW } from '../../shared/domain/window-size'

const apps = appPerTest()

/** A 13-inch laptop, a 1366x768 screen at 125 %, and the smallest the window can be made. */
const SIZES = [
  { width: 1024, height: 700, locale: 'fr-FR' },
  { width: 1093, height: 614, locale: 'fr-FR' },
  { ...MIN_WINDOW, locale: 'fr-FR' },
  { ...MIN_WINDOW, locale: 'en-GB' },
]

browserSuite('every screen and dialog on a small screen', (chromiumPath) => {
  for (const size of SIZES)
    it(`fits ${size.width}x${size.height} (${size.locale}): nothing past the window, nothing cut off, no control over another`, async () => {
      const app = await apps.launch(chromiumPath, {
        locale: size.locale,
        viewport: { width: size.width, height: size.height },
      })
      const found: Record<string, string[]> = {}
      const visited = await walkEveryScreen(app, async ({ screen, dialog }) => {
        const id = dialog ? `${screen.id}/${dialog.component}` : screen.id
        const problems = await layoutProblems(app.page, dialog ? '[role="dialog"], [role="alertdialog"]' : null)
        if (screen.id === 'coding-document' && !dialog) {
          const width = await app.page.locator('.cm-content').evaluate((el) => el.getBoundingClientRect().width)
          if (width < 360) problems.push(`the coding text column is ${Math.round(width)}px wide (360 at least)`)
        }
        if (problems.length) found[id] = problems
        await screenshot(app.page, `layout-${size.width}x${size.height}-${size.locale}-${id.replace('/', '-')}`)
      })
      fs.mkdirSync('test-results', { recursive: true })
      fs.writeFileSync(
        `test-results/layout-${size.width}x${size.height}-${size.locale}.json`,
        JSON.stringify(found, null, 1),
      )
      expect(visited).toEqual(expect.arrayContaining([...SCREENS.map((s) => s.id), ...DIALOGS.map((d) => d.component)]))
      expect(found).toEqual({})
    }, 240_000)
})

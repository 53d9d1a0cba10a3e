import fs from 'node:fs'
import { expect, it } from 'vitest'
import { browserSuite } from './browser-suite'
import { appPerTest } from './app-lifecycle'
import { walkEveryScreen } from './walk/walk'
import { axeViolations, type AxeFinding } from './walk/axe'

const apps = appPerTest()

browserSuite('every screen and dialog for a keyboard and screen-reader user', (chromiumPath) => {
  for (const locale of ['fr-FR', 'en-GB'])
    it(`has no WCAG 2.1 A or AA violation that axe-core finds (${locale})`, async () => {
      const app = await apps.launch(chromiumPath, { locale })
      const found: Record<string, AxeFinding[]> = {}
      await walkEveryScreen(app, async ({ screen, dialog }) => {
        const violations = await axeViolations(app.page)
        if (violations.length) found[dialog ? `${screen.id}/${dialog.component}` : screen.id] = violations
      })
      fs.mkdirSync('test-results', { recursive: true })
      fs.writeFileSync(`test-results/axe-${locale}.json`, JSON.stringify(found, null, 1))
      expect(found).toEqual({})
    }, 300_000)
})

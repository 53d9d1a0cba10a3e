import fs from 'node:fs'
import { expect, it } from 'vitest'
import { browserSuite } from './browser-suite'
import { appPerTest } from './app-lifecycle'
import { walkEveryScreen } from './walk/walk'
import { interfaceTexts, textProblems } from './walk/interface-text'
import { en } from '../../shared/i18n/en'
import { fr } from '../../shared/i18n/fr'

const apps = appPerTest()

/** The catalogue's words that exist in one language only: seeing one in the other is a leak. */
const onlyIn = (mine: Record<string, string>, other: Record<string, string>) => {
  const theirs = new Set(Object.values(other))
  return new Set(Object.values(mine).filter((v) => !theirs.has(v) && !/\{\w+\}/.test(v)))
}

browserSuite('every screen and dialog speaks one language', (chromiumPath) => {
  for (const lang of ['fr', 'en'] as const)
    it(`shows only ${lang === 'fr' ? 'French' : 'English'} interface words, no raw identifier, ${lang === 'fr' ? 'with French typography' : 'in English'}`, async () => {
      const app = await apps.launch(chromiumPath, { locale: lang === 'fr' ? 'fr-FR' : 'en-GB' })
      const foreign = lang === 'fr' ? onlyIn(en, fr) : onlyIn(fr, en)
      const found: Record<string, string[]> = {}
      await walkEveryScreen(app, async ({ screen, dialog }) => {
        const texts = await interfaceTexts(app.page, dialog ? '[role="dialog"], [role="alertdialog"]' : null)
        const problems = [...new Set(texts.flatMap((t) => textProblems(t, lang, foreign)))]
        if (problems.length) found[dialog ? `${screen.id}/${dialog.component}` : screen.id] = problems
      })
      fs.mkdirSync('test-results', { recursive: true })
      fs.writeFileSync(`test-results/language-${lang}.json`, JSON.stringify(found, null, 1))
      expect(found).toEqual({})
    }, 300_000)
})

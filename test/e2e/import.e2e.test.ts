import fs from 'node:fs'
import path from 'node:path'
import { expect, it } from 'vitest'
import { browserSuite } from './browser-suite'
import { appPerTest, newEngagement } from './app-lifecycle'
import { screenshot } from './screenshots'

const apps = appPerTest()

const GOOD = [
  'respondent;group;question;excerpt;code;stance;target;valence;intensity;coder',
  'R01;employee;Comment trouvez-vous l’information ?;Je perds une heure par jour à chercher;OUT.FIND;SELF;;-;2;Claire Dubois',
  'R01;employee;Comment trouvez-vous l’information ?;Je perds une heure par jour à chercher;ATT.FRAG;SELF;;-;;Claire Dubois',
  'R02;leadership;Que veulent les collaborateurs ?;Ils veulent se sentir liés;APP.BEL;ATTR;employee;0;1;Claire Dubois',
].join('\n')

const BAD = [
  'respondent;group;question;excerpt;code;stance;target;valence;intensity;coder',
  'R01;employee;Q;Un extrait;OUT.NOPE;SELF;;-;2;Claire',
  'R02;alien;Q;Un autre;OUT.FIND;SELF;;+;;Claire',
].join('\n')

async function codingScreen(chromiumPath: string, locale: string) {
  const app = await apps.launch(chromiumPath, { locale })
  const { page } = app
  await newEngagement(app, 'notes.terrain')
  await page.keyboard.press('Control+5')
  return page
}

browserSuite('importing coded excerpts from a spreadsheet', (chromiumPath) => {
  it('imports a CSV and says what it wrote', async () => {
    const page = await codingScreen(chromiumPath, 'en-GB')
    const csv = path.join(apps.current.dataDir, 'notes.csv')
    fs.writeFileSync(csv, GOOD)
    apps.current.dialogs.nextSpreadsheetPath = csv
    await page.getByRole('button', { name: 'Choose a CSV or XLSX file…' }).click()
    await page.getByRole('status').filter({ hasText: 'Imported notes.csv' }).waitFor()
    const counts = (await apps.current.engagement()).counts()
    expect(counts).toMatchObject({ codings: 3, respondents: 2, coders: 1 })
    await screenshot(page, 'import-done-en')
  })

  it('refuses a file with errors, lists them by line in French, and imports nothing', async () => {
    const page = await codingScreen(chromiumPath, 'fr-FR')
    const csv = path.join(apps.current.dataDir, 'bad.csv')
    fs.writeFileSync(csv, BAD)
    apps.current.dialogs.nextSpreadsheetPath = csv
    const before = (await apps.current.engagement()).counts()
    await page.getByRole('button', { name: 'Choisir un fichier CSV ou XLSX…' }).click()
    const alert = page.getByRole('alert').filter({ hasText: 'Rien n’a été importé depuis bad.csv' })
    await alert.waitFor()
    expect(await alert.locator('li').count()).toBe(2)
    expect(await alert.locator('li').first().textContent()).toMatch(/2/)
    expect((await apps.current.engagement()).counts()).toEqual(before)
    await screenshot(page, 'import-refused-fr')
  })

  it('shows a long import’s progress with Cancel, and a cancelled import writes nothing, in French', async () => {
    const app = await apps.launch(chromiumPath, { locale: 'fr-FR', viewport: { width: 1024, height: 700 } })
    const { page } = app
    await newEngagement(app, 'longue.terrain')
    await page.keyboard.press('Control+5')
    const header = GOOD.split('\n')[0]!
    const rows = Array.from(
      { length: 60_000 },
      (_, i) =>
        `R${i % 300};employee;Question ${i % 9};Extrait numéro ${i} sur les outils;OUT.FIND;SELF;;-;;Claire Dubois`,
    )
    const csv = path.join(app.dataDir, 'longue.csv')
    fs.writeFileSync(csv, [header, ...rows].join('\n'))
    app.dialogs.nextSpreadsheetPath = csv
    const before = (await app.engagement()).counts()
    await page.getByRole('button', { name: 'Choisir un fichier CSV ou XLSX…' }).click()
    const bar = page.locator('.job-progress')
    await bar.getByText('Import des extraits codés').waitFor({ timeout: 30_000 })
    await screenshot(page, 'job-progress-fr-1024')
    await bar.getByRole('button', { name: 'Interrompre' }).click()
    await page.locator('.job-progress', { hasText: 'interrompu, rien n’a été modifié' }).waitFor({ timeout: 30_000 })
    await screenshot(page, 'job-cancelled-fr-1024')
    expect((await app.engagement()).counts()).toEqual(before)
    // No error to dismiss: the user asked for it.
    expect(await page.locator('.error-banner').count()).toBe(0)
  })
})

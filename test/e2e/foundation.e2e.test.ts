import fs from 'node:fs'
import path from 'node:path'
import { expect, it } from 'vitest'
import { browserSuite } from './browser-suite'
import { appPerTest, newEngagement, typePassphrase } from './app-lifecycle'
import { screenshot } from './screenshots'

const apps = appPerTest()

browserSuite('the app in Chromium, bound to the real core', (chromiumPath) => {
  it('opens the demo engagement and switches between French and English', async () => {
    const app = await apps.launch(chromiumPath, { locale: 'en-GB' })
    const { page } = app
    await page.getByRole('button', { name: 'Open the demo engagement' }).waitFor()
    await screenshot(page, 'start-en')
    await page.getByRole('button', { name: 'Open the demo engagement' }).click()
    const header = page.locator('.topbar .client')
    await header.waitFor()
    expect(await header.textContent()).toMatch(/\S/)
    // The demo's sample meets every evidence floor.
    await expect.poll(() => page.locator('.tile.met').count()).toBeGreaterThanOrEqual(4)
    expect(await page.locator('.tile[data-group="employee"] .tile-value').textContent()).toBe('10')
    await screenshot(page, 'demo-engagement-en')

    await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'FR' }).click()
    await page.getByRole('button', { name: /^Mission/ }).waitFor()
    expect(await page.locator('.tile[data-group="employee"] .tile-label').textContent()).toBe('Collaborateurs')
    await page.getByRole('button', { name: /^Guide/ }).click()
    await page.getByText('Guide collaborateurs').first().waitFor()
    await screenshot(page, 'demo-guide-fr')
    await page.keyboard.press('Control+3')
    await page.getByRole('table', { name: 'Répondants' }).waitFor()
    expect(await page.getByRole('table', { name: 'Répondants' }).locator('tbody tr').count()).toBe(26)
    await screenshot(page, 'demo-interviews-fr')
    await page.keyboard.press('Control+4')
    await page.getByText('Trouver l’information, l’expert, la réponse').waitFor()
    await screenshot(page, 'demo-codebook-fr')

    await page.getByRole('group', { name: 'Langue' }).getByRole('button', { name: 'EN' }).click()
    await page.getByText('Findability: information, experts, answers').waitFor()
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
  })

  it('starts in French on a French system', async () => {
    const app = await apps.launch(chromiumPath, { locale: 'fr-FR' })
    await app.page.getByRole('button', { name: 'Ouvrir la mission de démonstration' }).waitFor()
    expect(await app.page.locator('h1').textContent()).toBe('Terrain')
    await screenshot(app.page, 'start-fr')
  })

  it('creates an engagement, adds a respondent, and finds both again after a reload', async () => {
    const app = await apps.launch(chromiumPath, { locale: 'en-GB' })
    const { page } = app
    const file = path.join(app.dataDir, 'acme.terrain')
    app.dialogs.nextSavePath = file
    await page.getByRole('button', { name: /^New engagement/ }).click()
    await page.getByLabel('Client').fill('Acme Mutuelle')
    await page.getByLabel('Study title').fill('Collaboration diagnosis')
    await typePassphrase(page)
    await page.getByRole('button', { name: 'Choose where to save…' }).click()
    await page.locator('.topbar .client', { hasText: 'Acme Mutuelle' }).waitFor()
    expect(fs.existsSync(file)).toBe(true)

    await page.keyboard.press('Control+3')
    const form = page.getByRole('form', { name: 'Add respondent' })
    await form.getByLabel('Group').selectOption('leadership')
    await form.getByLabel('Role').fill('Chief operating officer')
    await form.getByRole('button', { name: 'Add' }).click()
    const table = page.getByRole('table', { name: 'Respondents' })
    await table.getByText('R01').waitFor()
    expect(await table.getByText('Chief operating officer').count()).toBe(1)

    await page.reload()
    await page.locator('.topbar .client', { hasText: 'Acme Mutuelle' }).waitFor()
    expect((await app.engagement()).respondents.list().map((r) => r.code)).toEqual(['R01'])
    await page.getByRole('button', { name: 'Close engagement' }).click()
    await page.getByRole('button', { name: /Acme Mutuelle/ }).waitFor()
    // Encrypted by default, and the recent list says so.
    expect(fs.readFileSync(file).subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3')
    await page
      .getByRole('button', { name: /Acme Mutuelle/ })
      .locator('.lock-badge')
      .waitFor()
    await screenshot(page, 'start-with-recent-en')
  })

  it('saves the study’s details as they are typed', async () => {
    const app = await apps.launch(chromiumPath, { locale: 'en-GB' })
    const { page } = app
    app.dialogs.nextSavePath = path.join(app.dataDir, 'typed.terrain')
    await page.getByRole('button', { name: /^New engagement/ }).click()
    // A plain file, chosen on purpose: the dialog lets the consultant say so.
    await page.getByLabel('Encrypt this engagement (recommended)').uncheck()
    await page.getByRole('button', { name: 'Choose where to save…' }).click()
    await page.locator('.form-grid').waitFor()
    await page.locator('.form-grid').getByLabel('Client').fill('Vireo')
    await page.locator('.form-grid').getByLabel('Consultants').fill('Claire Dubois\nMarc Lenoir')
    await expect
      .poll(async () => (await app.engagement()).info.get().consultants, { timeout: 5000 })
      .toEqual(['Claire Dubois', 'Marc Lenoir'])
    expect((await app.engagement()).info.get().client).toBe('Vireo')
    await page.locator('.statusbar', { hasText: 'Saved' }).waitFor()
  })

  it('writes what is still being typed when the window closes, before the autosave delay', async () => {
    const app = await apps.launch(chromiumPath, { locale: 'en-GB' })
    const { page } = app
    app.dialogs.nextSavePath = path.join(app.dataDir, 'closing.terrain')
    await page.getByRole('button', { name: /^New engagement/ }).click()
    // A plain file, chosen on purpose: the dialog lets the consultant say so.
    await page.getByLabel('Encrypt this engagement (recommended)').uncheck()
    await page.getByRole('button', { name: 'Choose where to save…' }).click()
    const title = page.locator('.form-grid').getByLabel('Title')
    await title.click()
    await page.keyboard.type('Last words before closing', { delay: 0 })
    // Straight away, well inside the autosave delay, as Electron does when the window closes.
    await app.requestFlush()
    expect((await app.engagement()).info.get().title).toBe('Last words before closing')
  })

  it('shows a new user the demo engagement on first start', async () => {
    const app = await apps.launch(chromiumPath, { locale: 'fr-FR', firstRun: true })
    await app.page.locator('.topbar .client', { hasText: 'Mutuelle Aubrelle' }).waitFor()
    expect((await app.engagement()).info.get().language).toBe('fr')
    await app.page.reload()
    await app.page.locator('.topbar .client').waitFor()
    await app.page.getByRole('button', { name: 'Fermer la mission' }).click()
    await app.page.reload()
    await app.page.getByRole('button', { name: 'Ouvrir la mission de démonstration' }).waitFor()
  })

  it('explains, in the user’s language, why a file cannot be opened', async () => {
    const app = await apps.launch(chromiumPath, { locale: 'fr-FR' })
    const { page } = app
    const foreign = path.join(app.dataDir, 'notes.terrain')
    fs.writeFileSync(foreign, 'pas une base')
    app.dialogs.nextOpenPath = foreign
    await page.getByRole('button', { name: /^Ouvrir…/ }).click()
    const alert = page.getByRole('alert')
    await alert.getByText('Ce fichier n’est pas une mission Terrain.').waitFor()
    expect(await alert.getByText(foreign).count()).toBe(1)
    await screenshot(page, 'refused-file-fr')
    expect(fs.readFileSync(foreign, 'utf8')).toBe('pas une base')
  })

  it('tells a new engagement what each group will need and what to do next, in French', async () => {
    const app = await apps.launch(chromiumPath, { locale: 'fr-FR' })
    const { page } = app
    await newEngagement(app, 'nouvelle.terrain')
    await page.keyboard.press('Control+1')
    const tiles = page.locator('.tiles')
    await tiles.getByText('5\u202fau moins pour ses chiffres').first().waitFor()
    expect(await tiles.getByText('Hors étude').count()).toBe(0)
    await page.getByText('Prochaine étape\u202f: ajoutez les personnes à interroger', { exact: false }).waitFor()
    await page.getByRole('button', { name: 'Entretiens (Ctrl+3)' }).click()
    await page.getByRole('form', { name: 'Ajouter un répondant' }).getByRole('button', { name: 'Ajouter' }).click()
    await page.keyboard.press('Control+1')
    // Once the study has people, a group without anyone is out of the study; the next step moves on.
    await tiles.getByText('Hors étude').first().waitFor()
    await page.getByText('Prochaine étape\u202f: menez un premier entretien.').waitFor()
  })
})

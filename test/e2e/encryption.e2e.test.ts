import fs from 'node:fs'
import path from 'node:path'
import { expect, it } from 'vitest'
import { browserSuite } from './browser-suite'
import { appPerTest, TEST_PASSPHRASE, typePassphrase } from './app-lifecycle'
import { screenshot } from './screenshots'
import { checkEngagementFile } from '../../electron/core/db/file-identity'

const apps = appPerTest()

const plainHeader = (file: string) => fs.readFileSync(file).subarray(0, 15).toString('latin1') === 'SQLite format 3'

browserSuite('encrypted engagements in the app', (chromiumPath) => {
  it('creates an engagement encrypted by default, with a generated passphrase and a recovery sheet', async () => {
    const app = await apps.launch(chromiumPath, { locale: 'fr-FR', viewport: { width: 1024, height: 700 } })
    const { page } = app
    const file = path.join(app.dataDir, 'aubrelle.terrain')
    app.dialogs.nextSavePath = file
    await page.locator('[data-opens="NewEngagementDialog"]').click()
    await page.getByLabel('Client').fill('Mutuelle Aubrelle')
    const encrypt = page.getByLabel('Chiffrer cette mission (recommandé)')
    expect(await encrypt.isChecked()).toBe(true)
    const create = page.getByRole('button', { name: 'Choisir où enregistrer…' })
    // No passphrase yet: nothing to create; a short one is said to be short.
    expect(await create.isDisabled()).toBe(true)
    await typePassphrase(page, 'court')
    expect(await create.isDisabled()).toBe(true)
    await page.getByText('Au moins 12 caractères.').waitFor()
    await page.getByRole('button', { name: 'Générer une phrase secrète robuste' }).click()
    const generated = await page.locator('.passphrase-input').first().inputValue()
    expect(generated).toMatch(/^[a-z2-9]{5}(-[a-z2-9]{5}){5}$/)
    await page.getByText(/Une phrase secrète perdue ne peut pas être retrouvée/).waitFor()
    await screenshot(page, 'encryption-new-fr-1024')
    await page.getByRole('button', { name: 'Imprimer une fiche de secours…' }).click()
    const sheet = page.locator('.modal .recovery-sheet')
    expect(await sheet.locator('.recovery-passphrase').textContent()).toBe(generated)
    expect(await sheet.textContent()).toContain('Mutuelle Aubrelle')
    await screenshot(page, 'encryption-sheet-fr-1024')
    // Printed, the sheet is alone on the page: nothing of the app, the dialog or its buttons.
    await page.emulateMedia({ media: 'print' })
    expect(await page.locator('.print-only .recovery-passphrase').isVisible()).toBe(true)
    expect(await page.locator('.modal-backdrop').first().isVisible()).toBe(false)
    expect(await page.locator('.start-actions').isVisible()).toBe(false)
    await screenshot(page, 'encryption-sheet-printed-fr')
    await page.emulateMedia({ media: 'screen' })
    await page.getByRole('button', { name: 'Fermer' }).click()
    await create.click()
    await page.locator('.topbar .client', { hasText: 'Mutuelle Aubrelle' }).waitFor()
    expect(plainHeader(file)).toBe(false)
    expect(checkEngagementFile(file, generated).encrypted).toBe(true)
    await page.getByText(/Chiffrée sur le disque/).waitFor()
    await screenshot(page, 'encryption-engagement-fr-1024')
  })

  it('asks for the passphrase when opening, says a wrong one in place, and opens with the right one', async () => {
    const app = await apps.launch(chromiumPath, { locale: 'en-GB' })
    const { page } = app
    const file = path.join(app.dataDir, 'locked.terrain')
    app.dialogs.nextSavePath = file
    await page.locator('[data-opens="NewEngagementDialog"]').click()
    await page.getByLabel('Client').fill('Vireo')
    await typePassphrase(page)
    await page.getByRole('button', { name: 'Choose where to save…' }).click()
    await page.locator('.topbar .client', { hasText: 'Vireo' }).waitFor()
    await page.getByRole('button', { name: 'Close engagement' }).click()
    const before = fs.readFileSync(file)

    await page.getByRole('button', { name: /Vireo/ }).click()
    const dialog = page.getByRole('dialog', { name: 'locked.terrain is encrypted' })
    await dialog.waitFor()
    await dialog.getByLabel('Passphrase').fill('not the passphrase')
    await dialog.getByRole('button', { name: 'Open' }).click()
    await dialog.getByText(/does not open the file/).waitFor()
    expect(fs.readFileSync(file).equals(before)).toBe(true)
    await screenshot(page, 'encryption-unlock-wrong-en')
    await dialog.getByLabel('Passphrase').fill(TEST_PASSPHRASE)
    await page.keyboard.press('Enter')
    await page.locator('.topbar .client', { hasText: 'Vireo' }).waitFor()
    expect(await dialog.count()).toBe(0)
  })

  it('encrypts a plain engagement, changes its passphrase and decrypts it from the engagement page', async () => {
    const app = await apps.launch(chromiumPath, { locale: 'en-GB', viewport: { width: 1920, height: 1080 } })
    const { page } = app
    const file = path.join(app.dataDir, 'plain.terrain')
    app.dialogs.nextSavePath = file
    await page.locator('[data-opens="NewEngagementDialog"]').click()
    await page.getByLabel('Encrypt this engagement (recommended)').uncheck()
    await page.getByText(/Not encrypted: anyone who gets the file/).waitFor()
    await page.getByRole('button', { name: 'Choose where to save…' }).click()
    await page
      .locator('.encryption-card')
      .getByText(/Not encrypted/)
      .waitFor()
    expect(plainHeader(file)).toBe(true)

    await page.locator('.encryption-card').getByRole('button', { name: 'Encrypt…' }).click()
    await typePassphrase(page)
    await screenshot(page, 'encryption-encrypt-en-1920')
    await page.getByRole('dialog').getByRole('button', { name: 'Encrypt', exact: true }).click()
    await page
      .locator('.encryption-card')
      .getByText(/Encrypted at rest/)
      .waitFor()
    expect(plainHeader(file)).toBe(false)

    await page.locator('.encryption-card').getByRole('button', { name: 'Change the passphrase…' }).click()
    await page.getByRole('dialog').getByLabel('Current passphrase').fill(TEST_PASSPHRASE)
    await typePassphrase(page, 'the second passphrase of the study')
    await page.getByRole('dialog').getByRole('button', { name: 'Change', exact: true }).click()
    // Re-keying runs the key derivation twice and rewrites the file: seconds on a busy machine.
    await expect.poll(() => page.getByRole('dialog').count(), { timeout: 20_000 }).toBe(0)
    expect(() => checkEngagementFile(file, TEST_PASSPHRASE)).toThrow(/does not open/)

    await page.keyboard.press('Control+7')
    await page.getByText(/This engagement is encrypted; the PDF is not/).waitFor()
    await page.keyboard.press('Control+1')
    await page.locator('.encryption-card').getByRole('button', { name: 'Decrypt…' }).click()
    const decrypt = page.getByRole('alertdialog')
    await decrypt.getByLabel('Current passphrase').fill('wrong passphrase')
    await decrypt.getByRole('button', { name: 'Decrypt' }).click()
    await decrypt.getByText(/does not open the file/).waitFor()
    await decrypt.getByLabel('Current passphrase').fill('the second passphrase of the study')
    await decrypt.getByRole('button', { name: 'Decrypt' }).click()
    await page
      .locator('.encryption-card')
      .getByText(/Not encrypted/)
      .waitFor()
    expect(plainHeader(file)).toBe(true)
  })
})

import path from 'node:path'
import { expect, it } from 'vitest'
import { browserSuite } from './browser-suite'
import { appPerTest, openDemo } from './app-lifecycle'
import { screenshot } from './screenshots'
import { openEngagementFile } from '../../electron/core/engagement/open-engagement'
import { writePartedCopy } from '../../electron/core/merge/parted-copy'
import { tick } from '../helpers/tick'

const apps = appPerTest()

browserSuite('merging a colleague’s file in the app', (chromiumPath) => {
  it.each([
    [
      'fr-FR',
      { width: 1024, height: 700 },
      'Fusionner le fichier d’un collègue…',
      'Prendre celui du collègue',
      'Fusionner',
    ],
    ['en-GB', { width: 1920, height: 1080 }, 'Merge a colleague’s file…', 'Take the colleague’s', 'Merge'],
  ] as const)(
    'previews it, settles a conflict and merges (%s)',
    async (locale, viewport, choose, takeTheirs, merge) => {
      const app = await apps.launch(chromiumPath, { locale, viewport })
      const { page } = app
      await page.locator('.start-actions .action-card.accent').click()
      await page.locator('.topbar .client').waitFor()
      const lead = await app.engagement()
      const coding = lead.db.prepare<[], { id: string }>('SELECT id FROM codings ORDER BY id LIMIT 1').get()!.id
      const file = writePartedCopy(lead, path.join(app.dataDir, 'colleague.terrain'))
      tick()
      // The colleague adds a respondent and weighs a coding; the lead weighs the same coding otherwise.
      const colleague = openEngagementFile(file)
      colleague.respondents.add({ code: 'E95', group: 'customer' })
      colleague.codings.update(coding, { intensity: 3 })
      colleague.close()
      lead.codings.update(coding, { intensity: 1 })

      await page.keyboard.press('Control+1')
      app.dialogs.nextMergeSourcePath = file
      await page.getByRole('button', { name: choose }).click()
      const dialog = page.getByRole('dialog')
      await dialog.locator('.merge-conflict').waitFor()
      const mergeButton = dialog.getByRole('button', { name: merge, exact: true })
      expect(await mergeButton.isDisabled()).toBe(true)
      await dialog.getByLabel(takeTheirs).check()
      await screenshot(page, `merge-preview-${locale}`)
      await mergeButton.click()
      await page.getByRole('status').filter({ hasText: 'colleague.terrain' }).waitFor({ timeout: 30_000 })
      await screenshot(page, `merge-done-${locale}`)
      const merged = await app.engagement()
      expect(merged.codings.get(coding)!.intensity).toBe(3)
      expect(merged.respondents.byCode('E95')).toBeDefined()
    },
  )
})

browserSuite('the File menu’s team commands', (chromiumPath) => {
  it('opens the merge preview and the package dialog from any page; says so when no engagement is open', async () => {
    const app = await apps.launch(chromiumPath, { locale: 'en-GB', viewport: { width: 1024, height: 700 } })
    const { page } = app
    await app.menu('mergeFile')
    await page.getByRole('alert').getByText('No engagement is open.').waitFor()
    await page.getByRole('button', { name: 'Dismiss' }).click()

    await openDemo(app)
    const lead = await app.engagement()
    const file = writePartedCopy(lead, path.join(app.dataDir, 'colleague.terrain'))
    tick()
    const colleague = openEngagementFile(file)
    colleague.respondents.add({ code: 'E96', group: 'customer' })
    colleague.close()

    // From the Coding page: the Engagement page opens with the preview of the file chosen.
    await page.keyboard.press('Control+5')
    app.dialogs.nextMergeSourcePath = file
    await app.menu('mergeFile')
    const preview = page.getByRole('dialog', { name: 'Merge colleague.terrain' })
    await preview.waitFor()
    await expect.poll(() => page.locator('nav [aria-current="page"]').textContent()).toMatch(/Engagement/)
    await preview.getByRole('button', { name: 'Cancel' }).click()

    await page.keyboard.press('Control+6')
    await app.menu('codingPackage')
    await page.getByRole('dialog', { name: 'A coding package for a colleague' }).waitFor()
  })
})

browserSuite('a coding package from the app', (chromiumPath) => {
  it('writes the documents chosen for a colleague, nothing of anyone’s coding in it (fr, 1024x700)', async () => {
    const app = await apps.launch(chromiumPath, { locale: 'fr-FR', viewport: { width: 1024, height: 700 } })
    const { page } = app
    await openDemo(app)
    await page.keyboard.press('Control+1')
    await page.getByRole('button', { name: 'Écrire un paquet de codage…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Un paquet de codage pour un collègue' })
    await dialog.getByLabel('Qui le codera').fill('Marie Dupont')
    await dialog.getByLabel('Les documents d’un groupe').check()
    await dialog.getByRole('combobox').selectOption('customer')
    await screenshot(page, 'package-dialog-fr-1024')
    const out = path.join(app.dataDir, 'marie.terrain')
    app.dialogs.nextPackagePath = out
    await dialog.getByRole('button', { name: 'Choisir où enregistrer…' }).click()
    await page.getByRole('status').filter({ hasText: 'Marie Dupont codera à l’aveugle' }).waitFor({ timeout: 30_000 })
    const pkg = openEngagementFile(out)
    expect(pkg.db.prepare('SELECT count(*) FROM codings').pluck().get()).toBe(0)
    expect(pkg.identities.realNames()).toEqual([])
    expect(
      pkg.db
        .prepare(
          `SELECT DISTINCT r.group_key FROM documents d JOIN interviews i ON i.id = d.interview_id
           JOIN respondents r ON r.id = i.respondent_id`,
        )
        .pluck()
        .all(),
    ).toEqual(['customer'])
    pkg.close()
  })

  it('encrypts the package under a passphrase of its own, the button waiting for one typed twice (en, 1920x1080)', async () => {
    const app = await apps.launch(chromiumPath, { locale: 'en-GB', viewport: { width: 1920, height: 1080 } })
    const { page } = app
    await openDemo(app)
    await page.keyboard.press('Control+1')
    await page.getByRole('button', { name: 'Write a coding package…' }).click()
    const dialog = page.getByRole('dialog', { name: 'A coding package for a colleague' })
    await dialog.getByLabel('Who will code it').fill('Mary Dale')
    await dialog.getByLabel('Give the package a passphrase of its own').check()
    const write = dialog.getByRole('button', { name: 'Choose where to save…' })
    await dialog.getByLabel('Package passphrase').fill('mary keeps this one')
    await expect.poll(() => write.isDisabled()).toBe(true)
    await dialog.getByLabel('The same passphrase again').fill('mary keeps this one')
    await expect.poll(() => write.isEnabled()).toBe(true)
    await screenshot(page, 'package-dialog-own-passphrase-en-1920')
    const out = path.join(app.dataDir, 'mary.terrain')
    app.dialogs.nextPackagePath = out
    await write.click()
    await page.getByRole('status').filter({ hasText: 'Mary Dale to code blind' }).waitFor({ timeout: 30_000 })
    expect(() => openEngagementFile(out).close()).toThrow()
    const pkg = openEngagementFile(out, { passphrase: 'mary keeps this one' })
    expect(pkg.db.prepare('SELECT count(*) FROM documents').pluck().get()).toBeGreaterThan(0)
    pkg.close()
  })
})

import fs from 'node:fs'
import path from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import { expect, it } from 'vitest'
import { browserSuite } from './browser-suite'
import { appPerTest } from './app-lifecycle'
import { screenshot } from './screenshots'
import { demoQuotingAName } from '../helpers/temp-engagement'

const apps = appPerTest()

browserSuite('the engagement as a REFI-QDA project', (chromiumPath) => {
  it.each([
    ['fr-FR', { width: 1024, height: 700 }, 'Exporter en projet REFI-QDA…', 'codages enregistrés'],
    ['en-GB', { width: 1920, height: 1080 }, 'Export as a REFI-QDA project…', 'codings saved'],
  ] as const)('exports it from the engagement page (%s)', async (locale, viewport, button, saved) => {
    const app = await apps.launch(chromiumPath, { locale, viewport })
    const { page } = app
    await page.locator('.start-actions .action-card.accent').click()
    await page.locator('.topbar .client').waitFor()
    await page.keyboard.press('Control+1')
    const out = path.join(app.dataDir, 'projet.qdpx')
    app.dialogs.nextQdpxExportPath = out
    await page.getByRole('button', { name: button }).click()
    await page.getByRole('status').filter({ hasText: saved }).waitFor({ timeout: 30_000 })
    await page.getByRole('button', { name: button }).scrollIntoViewIfNeeded()
    await screenshot(page, `refi-export-${locale}`)
    const zip = unzipSync(new Uint8Array(fs.readFileSync(out)))
    expect(strFromU8(zip['project.qde']!)).toContain('<Project xmlns="urn:QDA-XML:project:1.0"')
    expect(Object.keys(zip).some((n) => n.startsWith('sources/'))).toBe(true)
  })
})

browserSuite('the names gate of the project export', (chromiumPath) => {
  it('lists the texts that name a respondent, and exports once the consultant checked them (en)', async () => {
    const { path: file, name } = demoQuotingAName('en')
    const app = await apps.launch(chromiumPath, { locale: 'en-GB', viewport: { width: 1024, height: 700 } })
    const { page } = app
    app.dialogs.nextOpenPath = file
    await page.getByRole('button', { name: /^Open…/ }).click()
    await page.locator('.topbar .client').waitFor()
    await page.keyboard.press('Control+1')
    const out = path.join(app.dataDir, 'named.qdpx')
    app.dialogs.nextQdpxExportPath = out
    const exportButton = page.getByRole('button', { name: 'Export as a REFI-QDA project…' })
    await exportButton.click()
    const alert = page.getByRole('alert').filter({ hasText: 'Texts that name a respondent' })
    await alert
      .getByText(new RegExp(`names ${name}`))
      .first()
      .waitFor()
    expect(await exportButton.isDisabled()).toBe(true)
    expect(fs.existsSync(out)).toBe(false)
    await alert.scrollIntoViewIfNeeded()
    await screenshot(page, 'refi-export-names-en-1024')
    await alert.getByLabel('I checked these passages: export them as they are').check()
    await exportButton.click()
    await page.getByRole('status').filter({ hasText: 'codings saved' }).waitFor({ timeout: 30_000 })
    expect(strFromU8(unzipSync(new Uint8Array(fs.readFileSync(out)))['project.qde']!)).toContain('<Project')
  })
})

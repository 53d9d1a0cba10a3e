import fs from 'node:fs'
import path from 'node:path'
import { expect, it } from 'vitest'
import { browserSuite } from './browser-suite'
import { appPerTest } from './app-lifecycle'
import { screenshot } from './screenshots'
import { strFromU8, unzipSync } from 'fflate'

const apps = appPerTest()

browserSuite('the report screen', (chromiumPath) => {
  it('previews the report, keeps the consultant’s summary and verbatims, and exports the PDF', async () => {
    const app = await apps.launch(chromiumPath, { locale: 'en-GB' })
    const { page } = app
    await page.locator('.start-actions .action-card.accent').click()
    await page.locator('.topbar .client').waitFor()
    await page.keyboard.press('Control+7')
    const preview = page.frameLocator('.report-preview iframe')
    await preview.getByRole('heading', { name: 'Executive summary' }).waitFor()
    await screenshot(page, 'report-en')

    await page
      .getByLabel('Executive summary')
      .fill('Our reading: the programme asks for belonging; people ask for answers.')
    await page.getByLabel('Executive summary').blur()
    await preview.getByText('Our reading: the programme asks for belonging; people ask for answers.').waitFor()
    expect((await app.engagement()).reportChoices.texts('en')).toEqual({
      executiveSummary: 'Our reading: the programme asks for belonging; people ask for answers.',
    })

    const candidates = page.locator('.candidates label')
    await candidates.first().waitFor()
    // Each candidate says who said it (code, group), then the words.
    expect(await candidates.nth(4).locator('.candidate-who .mono').textContent()).toMatch(/^R\d+$/)
    const chosen = (await candidates.nth(4).locator('[data-content]').textContent())!.trim()
    await candidates.nth(4).locator('input').click()
    await expect.poll(async () => (await app.engagement()).reportChoices.verbatims().pragmatism?.length).toBe(1)
    await preview
      .locator('blockquote')
      .filter({ hasText: chosen.slice(-30) })
      .first()
      .waitFor()

    await page.getByLabel('Commentary').fill('Tools first: every group asks for answers before belonging.')
    await page.getByLabel('Commentary').blur()
    await preview.getByText('Tools first: every group asks for answers before belonging.').waitFor()
    expect((await app.engagement()).reportChoices.texts('en').pragmatism).toBe(
      'Tools first: every group asks for answers before belonging.',
    )

    const out = path.join(app.dataDir, 'report.pdf')
    app.dialogs.nextReportPath = out
    await page.getByRole('button', { name: 'Export the PDF…' }).click()
    await page
      .getByRole('status')
      .filter({ hasText: `Saved: ${out}` })
      .waitFor({ timeout: 60_000 })
    expect(fs.readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-')
    await screenshot(page, 'report-exported-en')
  }, 120_000)

  it('keeps the preview where the consultant was reading after a commentary edit or a verbatim tick', async () => {
    const app = await apps.launch(chromiumPath, { locale: 'fr-FR' })
    const { page } = app
    await page.locator('.start-actions .action-card.accent').click()
    await page.locator('.topbar .client').waitFor()
    await page.keyboard.press('Control+7')
    const frame = page.locator('.report-preview iframe')
    const preview = page.frameLocator('.report-preview iframe')
    await preview.getByRole('heading', { name: 'Synthèse' }).waitFor()
    const scrollOf = () =>
      frame.evaluate((f) => (f as unknown as { contentWindow: { scrollY: number } }).contentWindow.scrollY)
    await frame.evaluate((f) =>
      (f as unknown as { contentWindow: { scrollTo(x: number, y: number): void } }).contentWindow.scrollTo(0, 2400),
    )
    await expect.poll(scrollOf).toBe(2400)

    await page.getByLabel('Commentaire').first().fill('Les outils d’abord : chacun demande des réponses.')
    await page.getByLabel('Commentaire').first().blur()
    await preview.getByText('Les outils d’abord', { exact: false }).waitFor()
    expect(await scrollOf()).toBe(2400)

    const candidates = page.locator('.candidates label')
    await candidates.nth(2).locator('input').click()
    await expect.poll(async () => (await app.engagement()).reportChoices.verbatims().pragmatism?.length).toBe(1)
    await page.waitForTimeout(500)
    expect(await scrollOf()).toBe(2400)
  }, 90_000)

  it('says when a commentary was written in the other language only', async () => {
    const app = await apps.launch(chromiumPath, { locale: 'fr-FR' })
    const { page } = app
    await page.locator('.start-actions .action-card.accent').click()
    await page.locator('.topbar .client').waitFor()
    await page.keyboard.press('Control+7')
    await page.getByLabel('Commentaire').first().fill('Les outils d’abord.')
    await page.getByLabel('Commentaire').first().blur()
    await expect
      .poll(async () => (await app.engagement()).reportChoices.texts('fr').pragmatism)
      .toBe('Les outils d’abord.')
    await page.getByLabel('Langue du rapport').selectOption('en')
    await page
      .getByText('Écrit en français seulement\u202f: le rapport en anglais partira sans.', { exact: false })
      .waitFor()
    await page.getByLabel('Commentaire').first().fill('Tools first.')
    await page.getByText('Écrit en français seulement', { exact: false }).waitFor({ state: 'detached' })
  }, 60_000)

  it.each([
    ['fr-FR', { width: 1024, height: 700 }, 'Exporter en', 'Enregistré'],
    ['en-GB', { width: 1920, height: 1080 }, 'Export as', 'Saved'],
  ] as const)(
    'exports the deck, the workbook and the Word report from the report page (%s)',
    async (locale, viewport, group, saved) => {
      const app = await apps.launch(chromiumPath, { locale, viewport })
      const { page } = app
      await page.locator('.start-actions .action-card.accent').click()
      await page.locator('.topbar .client').waitFor()
      await page.keyboard.press('Control+7')
      const formats = page.getByRole('group', { name: group })
      await formats.waitFor()
      await screenshot(page, `report-export-as-${locale}`)
      const main = {
        pptx: 'presentationml.presentation.main+xml',
        xlsx: 'spreadsheetml.sheet.main+xml',
        docx: 'wordprocessingml.document.main+xml',
      }
      for (const [format, button] of [
        ['pptx', 'PowerPoint'],
        ['xlsx', 'Excel'],
        ['docx', 'Word'],
      ] as const) {
        const out = path.join(app.dataDir, `livrable.${format}`)
        app.dialogs.nextDeliverablePath = out
        await formats.getByRole('button', { name: button }).click()
        await page
          .getByRole('status')
          .filter({ hasText: `${saved}` })
          .filter({ hasText: `livrable.${format}` })
          .waitFor({
            timeout: 30_000,
          })
        const types = strFromU8(unzipSync(new Uint8Array(fs.readFileSync(out)))['[Content_Types].xml']!)
        expect(types).toContain(main[format])
      }
    },
  )
})

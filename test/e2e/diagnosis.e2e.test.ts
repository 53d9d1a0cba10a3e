import { expect, it } from 'vitest'
import { browserSuite } from './browser-suite'
import { appPerTest } from './app-lifecycle'
import { screenshot } from './screenshots'

const apps = appPerTest()

async function openDemoDiagnosis(chromiumPath: string, locale: string) {
  const app = await apps.launch(chromiumPath, { locale })
  const { page } = app
  await page.locator('.start-actions .action-card.accent').click()
  await page.locator('.topbar .client').waitFor()
  await page.keyboard.press('Control+6')
  await page.locator('[data-chart="perception-gap"] svg').waitFor()
  return page
}

browserSuite('the diagnosis dashboard', (chromiumPath) => {
  it('shows the demo’s measures and the quotes behind a bar of the perception-gap chart', async () => {
    const page = await openDemoDiagnosis(chromiumPath, 'en-GB')
    await expect.poll(() => page.locator('.kpi').count()).toBeGreaterThanOrEqual(6)
    expect(await page.locator('.kpi[data-measure="idealismIndex"] .kpi-band').textContent()).toContain('idealist')
    expect(await page.locator('.kpi[data-measure="collectives"] .kpi-band').textContent()).toContain(
      'project groups in disguise',
    )
    await screenshot(page, 'diagnosis-en')

    // Click the first "said by employees" bar: the bars are SVG paths filled with the series colour.
    const bars = page.locator('[data-chart="perception-gap"] svg path[fill="#0F5E66"]')
    await expect.poll(() => bars.count()).toBeGreaterThan(5)
    const box = (await bars.first().boundingBox())!
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2)
    const panel = page.getByRole('complementary', { name: 'Evidence' })
    await panel.locator('.excerpt').first().waitFor()
    expect(await panel.locator('.excerpt').count()).toBeGreaterThan(3)
    expect(await panel.locator('.excerpt mark').first().textContent()).toMatch(/\w{3}/)
    expect(await panel.locator('.excerpt .badge').first().textContent()).toBe('Employee')
    await screenshot(page, 'diagnosis-evidence-en')
  })

  it('keeps a band override with its reason, in French', async () => {
    const page = await openDemoDiagnosis(chromiumPath, 'fr-FR')
    await page.locator('.kpi[data-measure="attentionLoad"] .kpi-edit').click()
    const dialog = page.getByRole('dialog')
    await dialog.getByLabel('Niveau').selectOption('moderate')
    await dialog
      .getByLabel('Justification (affichée avec le chiffre)')
      .fill('Deux répondants ont confondu volume et urgence.')
    await dialog.getByRole('button', { name: 'Corriger', exact: true }).click()
    await page.locator('.kpi[data-measure="attentionLoad"] .kpi-override').waitFor()
    expect(await page.locator('.kpi[data-measure="attentionLoad"] .kpi-band').textContent()).toContain('modérée')
    expect((await apps.current.engagement()).overrides.bands()).toMatchObject([
      { measure: 'attentionLoad', band: 'moderate' },
    ])
    await screenshot(page, 'diagnosis-fr')
  })

  it('lets the consultant reject a recommendation with a reason', async () => {
    const page = await openDemoDiagnosis(chromiumPath, 'en-GB')
    const r4 = page.locator('.rec[data-rec="R4"]')
    await r4.getByRole('button', { name: 'Reject' }).click()
    await r4.getByLabel('Reason').fill('A channel charter is already being written.')
    await r4.locator('form').getByRole('button', { name: 'Reject' }).click()
    await r4.getByText('Rejected').waitFor()
    expect((await apps.current.engagement()).overrides.recommendations()).toMatchObject([
      { recommendation: 'R4', decision: 'rejected' },
    ])
    await r4.scrollIntoViewIfNeeded()
    await screenshot(page, 'diagnosis-recommendations-en')
  })

  it('groups the thresholds by measure, shows the method’s value beside each, reads a French decimal, and keeps the focus', async () => {
    const page = await openDemoDiagnosis(chromiumPath, 'fr-FR')
    await page.setViewportSize({ width: 1024, height: 700 })
    const opener = page.getByRole('button', { name: 'Seuils…' })
    await opener.click()
    const dialog = page.getByRole('dialog', { name: 'Seuils de cette mission' })
    // One group per measure, each saying what it changes.
    const groups = dialog.locator('fieldset legend')
    expect(await groups.count()).toBe(11)
    await dialog
      .getByRole('group', { name: 'Pragmatiques et relationnels' })
      .getByText('besoins pratiques', { exact: false })
      .waitFor()
    const field = dialog.getByLabel('Un répondant est pragmatique à partir d’un indice de (0 à 1)', { exact: true })
    expect(await field.inputValue()).toBe('0,65')
    await dialog.getByText('méthode\u202f: 0,65').first().waitFor()
    // The buttons stay in view while the body scrolls.
    const apply = dialog.getByRole('button', { name: 'Appliquer' })
    expect(await apply.isVisible()).toBe(true)
    const box = (await apply.boundingBox())!
    expect(box.y + box.height).toBeLessThanOrEqual(700)

    await field.fill('0,7')
    await dialog.getByText('1 seuil diffère de la méthode').waitFor()
    await field.fill('0,7x')
    await dialog.getByText('Un nombre est attendu.').waitFor()
    expect(await apply.isDisabled()).toBe(true)
    await field.fill('0,7')
    await screenshot(page, 'thresholds-fr-1024')
    await apply.click()
    await dialog.waitFor({ state: 'detached' })
    const stored = (await apps.current.engagement()).info.settings() as {
      diagnosis: { pragmatism: { pragmaticAt: number } }
    }
    expect(stored.diagnosis.pragmatism.pragmaticAt).toBe(0.7)

    // Escape closes it from anywhere inside, and the focus goes back to the button.
    await opener.click()
    await dialog.getByRole('button', { name: 'Tout ramener à la méthode' }).focus()
    await page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'detached' })
    expect(
      await opener.evaluate(
        (el) => el === (globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement,
      ),
    ).toBe(true)
  })

  it('says which codings a valence-reading measure left out, and a new overload coding is negative by default', async () => {
    const page = await openDemoDiagnosis(chromiumPath, 'fr-FR')
    const kpi = page.locator('.kpi[data-measure="attentionLoad"]')
    // The demo holds one overload coding left neutral: the card says it was not counted, and why.
    await kpi.getByText(/1\scodage de Surcharge informationnelle non compté\s: valence neutre/).waitFor()
    const e = await apps.current.engagement()
    const overload = e.codebook.get().codes.find((c) => c.key === 'ATT.OVL')!
    expect(overload.defaultValence).toBe('-')
  })

  it('puts a quote behind a figure into the report, and opens another in its document', async () => {
    const page = await openDemoDiagnosis(chromiumPath, 'en-GB')
    const bars = page.locator('[data-chart="perception-gap"] svg path[fill="#0F5E66"]')
    await expect.poll(() => bars.count()).toBeGreaterThan(5)
    const box = (await bars.first().boundingBox())!
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2)
    const panel = page.getByRole('complementary', { name: 'Evidence' })
    const first = panel.locator('.excerpt').first()
    await first.waitFor()
    await first.getByLabel('Add to the report…').selectOption('perceptionGap')
    await first.getByRole('status').waitFor()
    const e = await apps.current.engagement()
    expect(e.reportChoices.verbatims().perceptionGap).toHaveLength(1)

    const words = (await panel.locator('.excerpt mark').nth(1).textContent())!
    await panel.locator('.excerpt').nth(1).getByRole('button', { name: 'Open in its document' }).click()
    await page.locator('.coder-editor .cm-content').waitFor()
    await expect.poll(() => page.locator('.coder-editor .cm-content').textContent()).toContain(words.slice(0, 30))
  })
})

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
    expect(apps.current.session.requireEngagement().overrides.bands()).toMatchObject([
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
    expect(apps.current.session.requireEngagement().overrides.recommendations()).toMatchObject([
      { recommendation: 'R4', decision: 'rejected' },
    ])
    await r4.scrollIntoViewIfNeeded()
    await screenshot(page, 'diagnosis-recommendations-en')
  })
})

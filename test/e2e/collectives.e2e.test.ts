import { expect, it } from 'vitest'
import { browserSuite } from './browser-suite'
import { appPerTest, openDemoCodingTab } from './app-lifecycle'
import { screenshot } from './screenshots'

const apps = appPerTest()

/** The demo engagement, on the Collectives tab of the coding workbench. */
async function openDemoCollectives(chromiumPath: string, locale: string, tab: string) {
  const app = await apps.launch(chromiumPath, { locale })
  const { page } = app
  await openDemoCodingTab(app, tab)
  await page.locator('.collective-card').first().waitFor()
  return page
}

const core = () => apps.current.engagement()

browserSuite('the collective cards', (chromiumPath) => {
  it('shows the demo’s collectives with their criteria and evidence; a criterion set is on disk', async () => {
    const page = await openDemoCollectives(chromiumPath, 'en-GB', 'Collectives')
    expect(await page.locator('.collective-card').count()).toBe(6)
    const experts = page.getByRole('article', { name: 'Building Experts Community' })
    expect(await experts.locator('.verdict').textContent()).toContain('CoP score 4/5')
    expect(await experts.locator('.criterion').count()).toBe(5)
    expect(await experts.locator('.criterion').first().textContent()).toContain('C1 · Purpose')
    expect(await experts.locator('.collective-excerpts .excerpt').count()).toBeGreaterThan(3)
    expect(await experts.locator('.excerpt .badge[class*="group-"]').first().textContent()).toMatch(/\w/)
    const claims = page.getByRole('article', { name: 'Claims Quality Community' })
    expect(await claims.locator('.verdict').textContent()).toContain('Project group in disguise')
    await screenshot(page, 'collectives-en')

    // C2 of the Claims Quality Community to "Yes", with the keyboard.
    const c2 = claims.getByRole('group', { name: 'C2 · Membership' })
    await c2.getByRole('button', { name: 'Yes' }).focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => c2.getByRole('button', { name: 'Yes' }).getAttribute('aria-pressed')).toBe('true')
    const id = (await claims.getAttribute('data-collective'))!
    expect((await core()).collectives.get(id)!.criteria[1]).toBe(1)
    expect(await claims.locator('.verdict').textContent()).toContain('CoP score 1/5')
  })

  it('unlinks an excerpt, links it back from the suggestions and opens one in its document', async () => {
    const page = await openDemoCollectives(chromiumPath, 'en-GB', 'Collectives')
    const claims = page.getByRole('article', { name: 'Claims Quality Community' })
    const id = (await claims.getAttribute('data-collective'))!
    const before = (await core()).collectives.get(id)!.evidenceCodingIds.length
    const excerpts = claims.locator('.collective-excerpts .excerpt')
    const first = (await excerpts.first().getAttribute('data-coding'))!
    await excerpts.first().getByRole('button', { name: 'Unlink' }).click()
    await expect.poll(() => excerpts.count()).toBe(before - 1)
    expect((await core()).collectives.get(id)!.evidenceCodingIds).not.toContain(first)
    expect((await core()).codings.get(first)).toBeDefined()

    await claims.getByRole('button', { name: 'Link evidence…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Link evidence to “Claims Quality Community”' })
    const suggestion = dialog.locator('.candidates-list .candidate').first()
    await suggestion.waitFor()
    await dialog.getByLabel('Link as evidence for').selectOption('2')
    await screenshot(page, 'collectives-link-en')
    const linked = (await suggestion.getAttribute('data-coding'))!
    await suggestion.getByRole('button', { name: 'Link' }).click()
    await expect.poll(async () => (await core()).collectives.get(id)!.evidenceCodingIds.includes(linked)).toBe(true)
    expect(
      (await core()).db.prepare('SELECT criterion FROM collective_evidence WHERE coding_id = ?').pluck().get(linked),
    ).toBe(2)
    await page.keyboard.press('Escape')
    await expect.poll(() => excerpts.count()).toBe(before)
    expect(await claims.locator('.criterion[data-criterion="2"] .badge').textContent()).toBe('1 quote')

    await excerpts.first().getByRole('button', { name: 'Show in document' }).click()
    await page.getByRole('tab', { name: 'Code', selected: true }).waitFor()
  })

  it('creates a collective, in French', async () => {
    const page = await openDemoCollectives(chromiumPath, 'fr-FR', 'Collectifs')
    await page.getByRole('button', { name: 'Nouveau collectif…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Nouveau collectif' })
    await dialog.getByLabel('Nom, tel que les répondants le disent').fill('Communauté Experts bâtiment')
    await dialog.getByLabel('Appelé par l’organisation').selectOption('project')
    await dialog.getByRole('button', { name: 'Créer' }).click()
    await dialog.getByRole('alert').waitFor()
    expect(await dialog.getByRole('alert').textContent()).toContain('porte déjà ce nom')
    await dialog.getByLabel('Nom, tel que les répondants le disent').fill('Réseau des acheteurs')
    await page.keyboard.press('Enter')
    const card = page.getByRole('article', { name: 'Réseau des acheteurs' })
    await card.waitFor()
    expect(await card.locator('.verdict').textContent()).toContain('0 sur 5')
    expect((await core()).collectives.list().find((c) => c.name === 'Réseau des acheteurs')).toMatchObject({
      label: 'project',
      criteria: [null, null, null, null, null],
    })
    await card.scrollIntoViewIfNeeded()
    await screenshot(page, 'collectives-fr')
  })

  it('writes a collective’s notes still being typed when the window closes, before the autosave delay', async () => {
    const app = await apps.launch(chromiumPath, { locale: 'en-GB' })
    await openDemoCodingTab(app, 'Collectives')
    const notes = app.page.getByLabel('Consultant’s notes').first()
    await notes.click()
    await notes.press('Control+End')
    await app.page.keyboard.type(' Checked with HR.', { delay: 0 })
    await app.requestFlush()
    const cards = (await app.engagement()).collectives.list()
    expect(cards.some((c) => c.notes.endsWith(' Checked with HR.'))).toBe(true)
  })
})

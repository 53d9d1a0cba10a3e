import { expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { browserSuite } from './browser-suite'
import { appPerTest, openDemoCodingTab } from './app-lifecycle'
import { screenshot } from './screenshots'

const apps = appPerTest()

async function openDemoCoding(chromiumPath: string, locale: string, tab: string): Promise<Page> {
  const app = await apps.launch(chromiumPath, { locale })
  const { page } = app
  await openDemoCodingTab(app, tab)
  return page
}

const codingCount = async (): Promise<number> =>
  ((await apps.current.engagement()).db.prepare('SELECT count(*) AS n FROM codings').get() as { n: number }).n

/** Ticks one code in the code picker, found by its key. */
async function pickCode(page: Page, key: string): Promise<void> {
  await page.locator('.codes-choice input[type="search"]').fill(key)
  await page.locator('.codes-choice-options label', { hasText: key }).first().locator('input').check()
}

browserSuite('search and autocoding', (chromiumPath) => {
  it('finds “téléphone” from “telephone”, codes every hit, and undoes it, in French', async () => {
    const page = await openDemoCoding(chromiumPath, 'fr-FR', 'Rechercher')
    await page.locator('.search-bar input').fill('telephone')
    await page.keyboard.press('Enter')
    const count = page.locator('.search-count')
    await count.waitFor()
    const total = Number((await count.textContent())!.match(/^\d+/)![0])
    expect(total).toBeGreaterThan(5)
    expect(await page.locator('.span-row mark').count()).toBe(total)
    expect(await page.locator('.span-row mark').first().textContent()).toMatch(/^téléphone$/i)
    await screenshot(page, 'search-fr')

    const before = await codingCount()
    await page.getByRole('button', { name: 'Coder tous les résultats…' }).click()
    await pickCode(page, 'OUT.FIND')
    await page.locator('.bulk-form').getByRole('button', { name: 'Coder', exact: true }).click()
    await page.locator('.bulk-status', { hasText: 'codages ajoutés' }).waitFor()
    expect(await codingCount()).toBe(before + total)
    // The undo history is the core's session's own: asked through the contract.
    expect((await apps.current.ask('codings.history', {})).undo).toMatchObject({ action: 'codeHits', count: total })
    await screenshot(page, 'search-coded-fr')

    await page.locator('.bulk-status').getByRole('button', { name: 'Annuler' }).click()
    await page.locator('.bulk-status', { hasText: 'Annulé' }).waitFor()
    expect(await codingCount()).toBe(before)
  })

  it('previews an autocoding by keyword, applies exactly it, and undoes it, in French', async () => {
    const page = await openDemoCoding(chromiumPath, 'fr-FR', 'Codage automatique')
    await page.getByLabel(/Mots-clés \(un par ligne/).fill('telephone\nmail')
    await page.getByLabel('Groupe de répondants').selectOption('employee')
    await pickCode(page, 'OUT.FIND')
    await page.getByRole('button', { name: 'Prévisualiser' }).click()
    const previewCount = page.locator('.preview-count')
    await previewCount.waitFor()
    const total = Number((await previewCount.textContent())!.match(/^\d+/)![0])
    expect(total).toBeGreaterThan(0)
    expect(await page.locator('.autocode-preview .span-row .badge').first().textContent()).toBe('Collaborateur')
    await screenshot(page, 'autocode-preview-fr')

    const before = await codingCount()
    await page.getByRole('button', { name: 'Appliquer' }).click()
    await page.locator('.bulk-status', { hasText: 'Autocodage appliqué' }).waitFor()
    expect(await codingCount()).toBe(before + total)
    expect((await apps.current.ask('codings.history', {})).undo).toMatchObject({
      action: 'autocode',
      count: total,
    })
    await page.locator('.bulk-status').getByRole('button', { name: 'Annuler' }).click()
    await page.locator('.bulk-status', { hasText: 'Annulé' }).waitFor()
    expect(await codingCount()).toBe(before)
  })

  it('says why a regular expression is refused, and previews a good one by sentence, in English', async () => {
    const page = await openDemoCoding(chromiumPath, 'en-GB', 'Autocode')
    await page.getByRole('button', { name: 'Regular expression' }).click()
    const pattern = page.getByLabel('Regular expression (JavaScript, case-insensitive)')
    await pattern.fill('(\\w+\\s?)+$')
    await pickCode(page, 'OUT.FIND')
    await page.locator('.autocode-problem', { hasText: 'repeated group contains a repeat' }).waitFor()
    expect(await page.getByRole('button', { name: 'Preview' }).isDisabled()).toBe(true)
    await screenshot(page, 'autocode-refused-en')
    await pattern.fill('customers?')
    await page.getByRole('button', { name: 'Preview' }).click()
    await page.locator('.preview-count').waitFor()
    expect(await page.locator('.autocode-preview .span-row mark').first().textContent()).toMatch(/customer.*[.?!]$/i)
    expect(await page.locator('.autocode-preview .span-row mark b').first().textContent()).toMatch(/^customers?$/i)
    await screenshot(page, 'autocode-preview-en')

    await page.getByRole('tab', { name: 'Search' }).click()
    await page.locator('.search-bar input').fill('"customer" manag*')
    await page.keyboard.press('Enter')
    await page.locator('.search-count').waitFor()
    await screenshot(page, 'search-en')
    await page.getByRole('button', { name: 'Code all hits…' }).click()
    await page.getByRole('checkbox', { name: 'Code the whole sentence around each hit' }).check()
    await screenshot(page, 'search-code-all-en')
    await page.keyboard.press('Escape')
    await page.locator('.bulk-form').waitFor({ state: 'detached' })
    await page.locator('.span-row .span-show').first().click()
    expect(await page.getByRole('tab', { name: 'Code', exact: true }).getAttribute('aria-selected')).toBe('true')
  })
})

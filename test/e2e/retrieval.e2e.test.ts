import path from 'node:path'
import fs from 'node:fs'
import { expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { browserSuite } from './browser-suite'
import { appPerTest, openDemoCodingTab } from './app-lifecycle'
import { screenshot } from './screenshots'
import { retrieveExcerpts } from '../../electron/core/retrieval/retrieve-excerpts'
import { retrievalCounts } from '../../electron/core/retrieval/retrieval-counts'
import type { Group } from '../../shared/domain/groups'
import type { RetrievalQueryInput } from '../../shared/api/retrieval'

const apps = appPerTest()

async function openDemoRetrieval(chromiumPath: string, locale: string, tab: string): Promise<Page> {
  const app = await apps.launch(chromiumPath, { locale })
  const { page } = app
  await openDemoCodingTab(app, tab)
  await page.locator('.code-picker input[type="search"]').waitFor()
  return page
}

/** What the file holds for OUT.FIND in one group, read through the core. */
async function expected(group: Group) {
  const e = await apps.current.engagement()
  const find = e.codebook.codeByKey('OUT.FIND')!
  const query = { codeIds: [find.id], groups: [group] }
  return {
    total: retrieveExcerpts(e, { query }).total,
    cell: retrievalCounts(e, query).codes[0]!.byGroup[group]!,
    all: retrieveExcerpts(e, { query: { codeIds: [find.id] } }).total,
  }
}

async function chooseFind(page: Page) {
  await page.locator('.code-picker input[type="search"]').fill('out.find')
  await page.keyboard.press('Enter')
  await page.locator('.retrieved').first().waitFor()
}

browserSuite('retrieval of coded excerpts', (chromiumPath) => {
  it('retrieves a code’s excerpts for one group, counts them as the file does, and jumps to the source', async () => {
    const page = await openDemoRetrieval(chromiumPath, 'en-GB', 'Retrieve')
    await screenshot(page, 'retrieval-empty-en')
    await chooseFind(page)
    const want = await expected('manager')
    await expect.poll(() => page.locator('.retrieval-results h3').textContent()).toBe(`${want.all} excerpts`)
    await screenshot(page, 'retrieval-en')

    await page.locator('.group-toggle[data-group="manager"]').click()
    await expect.poll(() => page.locator('.retrieval-results h3').textContent()).toBe(`${want.total} excerpts`)
    const badges = await page.locator('.retrieved .badge[class*="group-"]').allTextContents()
    expect(badges.length).toBe(Math.min(want.total, 100))
    expect(new Set(badges)).toEqual(new Set(['Manager']))
    const counts = page.getByRole('region', { name: 'Counts by code and group' })
    expect(await counts.locator('thead th').allTextContents()).toEqual(['Code', 'Managers', 'Total'])
    expect(await counts.locator('tbody td').first().textContent()).toBe(
      `${want.cell.excerpts} (${want.cell.respondents})`,
    )
    await screenshot(page, 'retrieval-managers-en')

    // The excerpts as shown, to Excel: one row per coding of the managers' excerpts.
    const out = path.join(apps.current.dataDir, 'excerpts.xlsx')
    apps.current.dialogs.nextExcerptsExportPath = out
    await page.getByRole('button', { name: 'Export to Excel…' }).click()
    await page.getByRole('status').filter({ hasText: 'excerpts.xlsx' }).waitFor()
    expect(fs.statSync(out).size).toBeGreaterThan(1000)

    // Keyboard: focus the first card, Enter opens its document in the coding tab.
    const first = page.locator('.retrieved').first()
    await first.focus()
    await page.keyboard.press('ArrowDown')
    await expect
      .poll(() => page.locator('.retrieval-results .excerpts > li:nth-child(2) > .retrieved:focus').count())
      .toBe(1)
    await page.keyboard.press('ArrowUp')
    const excerpt = await first.locator('mark').textContent()
    await page.keyboard.press('Enter')
    await expect
      .poll(() => page.getByRole('tab', { name: 'Code', exact: true }).getAttribute('aria-selected'))
      .toBe('true')
    // The document is open with the excerpt's words selected.
    await expect.poll(() => page.evaluate('getSelection().toString()')).toBe(excerpt)
    await screenshot(page, 'retrieval-jump-en')

    // Back on the tab, the query is still there.
    await page.getByRole('tab', { name: 'Retrieve' }).click()
    await expect.poll(() => page.locator('.retrieval-results h3').textContent()).toBe(`${want.total} excerpts`)
  })

  it('works in French, with exclusion and an AND query', async () => {
    const page = await openDemoRetrieval(chromiumPath, 'fr-FR', 'Extraits')
    await chooseFind(page)
    const want = await expected('employee')
    await page.locator('.group-toggle[data-group="employee"]').click()
    await expect.poll(() => page.locator('.retrieval-results h3').textContent()).toBe(`${want.total} extraits`)
    expect(new Set(await page.locator('.retrieved .badge[class*="group-"]').allTextContents())).toEqual(
      new Set(['Collaborateur']),
    )
    await screenshot(page, 'retrieval-fr')

    // The demo's codings never overlap: code two of these excerpts again, one with a code to exclude
    // (APP.BEL), one with a code to require (OUT.EFF), then read the counts from the file.
    const e = await apps.current.engagement()
    const [find, bel, eff] = ['OUT.FIND', 'APP.BEL', 'OUT.EFF'].map((k) => e.codebook.codeByKey(k)!.id)
    const query = { codeIds: [find!], groups: ['employee' as const] }
    const [x1, x2] = retrieveExcerpts(e, { query }).excerpts
    const coderId = e.coders.list()[0]!.id
    for (const [x, codeId] of [
      [x1!, bel!],
      [x2!, eff!],
    ] as const)
      e.codings.add({ ...x, codeId, coderId, stance: 'SELF', target: null, valence: '0', intensity: null })
    const total = (q: RetrievalQueryInput) => retrieveExcerpts(e, { query: q }).total
    const header = () => page.locator('.retrieval-results h3').textContent()
    const plural = (n: number) => `${n} ${n > 1 ? 'extraits' : 'extrait'}`
    await page.getByRole('button', { name: 'Exclure Appartenance, lien' }).click()
    const without = total({ ...query, excludeCodeIds: [bel!] })
    expect(without).toBe(want.total - 1)
    await expect.poll(header).toBe(plural(without))
    await page.getByRole('button', { name: 'Tous (ET)' }).click()
    await page.locator('.code-picker input[type="search"]').fill('OUT.EFF')
    await page.keyboard.press('Enter')
    expect(total({ ...query, codeIds: [find!, eff!], mode: 'all', excludeCodeIds: [bel!] })).toBe(1)
    await expect.poll(header).toBe(plural(1))
    expect(await page.locator('.retrieved mark').textContent()).toBe(x2!.text)
    expect(await page.locator('.retrieved .code-chip').allTextContents()).toHaveLength(2)
    await page.getByText('Les extraits du premier code qui chevauchent').waitFor()
    await screenshot(page, 'retrieval-and-fr')
  })

  it('filters by stance, target and respondent variable', async () => {
    const page = await openDemoRetrieval(chromiumPath, 'en-GB', 'Retrieve')
    await chooseFind(page)
    const e = await apps.current.engagement()
    const find = e.codebook.codeByKey('OUT.FIND')!.id
    await page.getByRole('button', { name: 'Attributed', exact: true }).click()
    await page.getByLabel('Attributed to').selectOption('employee')
    const attr = retrieveExcerpts(e, { query: { codeIds: [find], stance: 'ATTR', target: 'employee' } }).total
    await expect.poll(() => page.locator('.retrieval-results h3').textContent()).toMatch(new RegExp(`^${attr} excerpt`))
    expect(new Set(await page.locator('.retrieved .badge.attr').allTextContents())).toEqual(
      new Set(attr ? ['Attributed to Employees'] : []),
    )
    await screenshot(page, 'retrieval-attributed-en')
  })
})

import { expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { browserSuite } from './browser-suite'
import { appPerTest, openDemoCodingTab } from './app-lifecycle'
import type { AppHarness } from './app-harness'
import { screenshot } from './screenshots'
import { engagementDiagnosis } from '../../electron/core/diagnosis/engagement-diagnosis'
import { diagnosisInput } from '../../electron/core/diagnosis/diagnosis-input'

const apps = appPerTest()

/**
 * The demo's second consultant codes twelve of the first one's answers too: she leaves out every
 * fourth of his codings and adds OUT.FIND at the start of every third answer, so that both agree
 * and disagree on common material.
 */
async function secondCoderOnCommonAnswers(app: AppHarness): Promise<void> {
  const e = await app.engagement()
  const [first, second] = e.coders.list().filter((c) => c.kind === 'person')
  const docs = e.db
    .prepare<[string], { id: string }>(
      `SELECT DISTINCT c.document_id AS id FROM codings c JOIN documents d ON d.id = c.document_id
       WHERE c.coder_id = ? AND d.kind = 'answer' ORDER BY c.document_id LIMIT 12`,
    )
    .all(first!.id)
  const find = e.codebook.codeByKey('OUT.FIND')!.id
  e.transaction(() =>
    docs.forEach(({ id }, d) => {
      const theirs = e.codings.ofDocument(id).filter((c) => c.coderId === first!.id)
      theirs.forEach((c, i) => {
        if (i % 4 !== 3) e.codings.add({ ...c, coderId: second!.id })
      })
      if (d % 3 === 0) {
        const end = Math.min(24, e.documents.get(id)!.text.length)
        e.codings.add({
          documentId: id,
          start: 0,
          end,
          codeId: find,
          coderId: second!.id,
          stance: 'SELF',
          target: null,
          valence: '0',
          intensity: null,
        })
      }
    }),
  )
}

async function reopenTab(page: Page, other: string, tab: string) {
  await page.getByRole('tab', { name: other, exact: true }).click()
  await page.getByRole('tab', { name: tab, exact: true }).click()
}

browserSuite('inter-coder agreement', (chromiumPath) => {
  it('explains how to get there, then shows alpha and kappa per code and a disagreement side by side (French)', async () => {
    const app = await apps.launch(chromiumPath, { locale: 'fr-FR' })
    const { page } = app
    await openDemoCodingTab(app, 'Accord inter-codeurs')
    // The demo's two consultants each coded their own interviews: nothing in common yet.
    await page.getByText('L’accord demande deux consultants sur les mêmes entretiens').waitFor()
    await page.getByText('«\u202fCodé par\u202f»', { exact: false }).waitFor()
    await screenshot(page, 'agreement-empty-fr')

    await secondCoderOnCommonAnswers(app)
    await reopenTab(page, 'Coder', 'Accord inter-codeurs')
    const rows = page.locator('.agreement-table tbody tr')
    await expect.poll(() => rows.count()).toBeGreaterThan(3)
    await page.getByText('α de Krippendorff').waitFor()
    await page.getByText('κ de Cohen').waitFor()
    await page.getByText(/Landis et Koch/).waitFor()
    await expect
      .poll(() => page.locator('.agreement-mean').textContent())
      .toMatch(/α moyen sur \d+ codes\u202f: 0,\d{3}/)
    await screenshot(page, 'agreement-table-fr')
    const find = page.locator('tr[data-code="OUT.FIND"]')
    await find.getByRole('button', { name: /Examiner/ }).click()
    const review = page.locator('.agreement-review')
    await review.getByText(/Désaccords sur/).waitFor()
    await expect.poll(() => review.locator('.agreement-excerpt').count()).toBeGreaterThan(0)
    await review.scrollIntoViewIfNeeded()
    await screenshot(page, 'agreement-review-fr')

    // One click takes the consultant to the words in their document.
    const excerpt = review.locator('.agreement-excerpt').first()
    const words = (await excerpt.locator('blockquote').textContent())!
    await excerpt.getByRole('button', { name: 'Voir dans le document' }).click()
    await page.locator('.coder-editor .cm-content').waitFor()
    await expect.poll(() => page.evaluate('getSelection().toString()')).toBe(words)
  })

  it('reads the same in English, each rule named', async () => {
    const app = await apps.launch(chromiumPath, { locale: 'en-GB' })
    const { page } = app
    await openDemoCodingTab(app, 'Agreement')
    await page.getByText('Agreement needs two consultants on the same interviews').waitFor()
    await screenshot(page, 'agreement-empty-en')
    await secondCoderOnCommonAnswers(app)
    await reopenTab(page, 'Code', 'Agreement')
    await expect.poll(() => page.locator('.agreement-table tbody tr').count()).toBeGreaterThan(3)
    await page.getByText('Krippendorff’s α').waitFor()
    await page.getByText(/Landis & Koch \(1977\)/).waitFor()
    await screenshot(page, 'agreement-table-en')
    // The coefficients other tools report, folded under the table: one number per code each.
    await page.getByText('Other coefficients, for comparison with other tools').click()
    const more = page.locator('.agreement-more tbody tr')
    await expect.poll(() => more.count()).toBe(await page.locator('.agreement-table > table tbody tr').count())
    await expect
      .poll(() => more.first().locator('td').allTextContents())
      .toEqual([
        expect.stringMatching(/^(–|-?\d\.\d{3})$/),
        expect.stringMatching(/^(–|-?\d\.\d{3})$/),
        expect.stringMatching(/^(–|-?\d\.\d{3})$/),
      ])
    await page.locator('.agreement-more').scrollIntoViewIfNeeded()
    await screenshot(page, 'agreement-more-en')
    await page
      .locator('tr[data-code="OUT.FIND"]')
      .getByRole('button', { name: /Review/ })
      .click()
    await page.locator('.agreement-review .agreement-excerpt').first().waitFor()
    await page.locator('.agreement-review').scrollIntoViewIfNeeded()
    await screenshot(page, 'agreement-review-en')
  })
})

browserSuite('consensus', (chromiumPath) => {
  it('leaves a disagreement out of the consensus with a reason, which changes the diagnosis, and Undo takes it back', async () => {
    const app = await apps.launch(chromiumPath, { locale: 'en-GB', viewport: { width: 1024, height: 700 } })
    const { page } = app
    await openDemoCodingTab(app, 'Agreement')
    await secondCoderOnCommonAnswers(app)
    await reopenTab(page, 'Code', 'Agreement')
    const e = await app.engagement()
    const before = JSON.stringify(engagementDiagnosis(e))
    const fed = () => diagnosisInput(e).codings.map((c) => c.id)
    await page
      .locator('tr[data-code="OUT.FIND"]')
      .getByRole('button', { name: /Review/ })
      .click()
    const excerpt = page.locator('.agreement-review .agreement-excerpt').first()
    const coding = (await excerpt.getAttribute('data-coding'))!
    expect(fed()).toContain(coding)
    await excerpt.getByLabel('Why (kept with the decision)').fill('Not about finding an expert: leave it out.')
    await excerpt.getByRole('button', { name: 'Leave it out' }).click()
    await excerpt.getByText('Left out of the consensus').waitFor()
    await page.getByText('Each coder against the consensus').waitFor()
    await excerpt.scrollIntoViewIfNeeded()
    await screenshot(page, 'agreement-consensus-en-1024')
    // The diagnosis reads the consensus set on that answer now: the excerpt left out no longer feeds
    // it, the agreed codings do; the coders' own codings stay in the file.
    const consensus = e.coders.list().find((c) => c.kind === 'consensus')!
    const after = fed()
    expect(after).not.toContain(coding)
    expect(after.some((id) => e.codings.get(id)!.coderId === consensus.id)).toBe(true)
    expect(e.codings.get(coding)).toBeDefined()

    await page.getByRole('button', { name: /^Undo/ }).click()
    await expect
      .poll(() => e.db.prepare('SELECT count(*) FROM codings WHERE coder_id = ?').pluck().get(consensus.id))
      .toBe(0)
    await excerpt.getByRole('button', { name: 'Leave it out' }).waitFor()
    expect(fed()).toContain(coding)
    expect(JSON.stringify(engagementDiagnosis(e))).toBe(before)
  })
})

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
 * Takes the demo's team work back: the second pass over the double-coded interviews (codings by
 * someone other than the interviewer) and the consensus set go, so that no answer is coded by two.
 */
async function untilTeamWork(app: AppHarness): Promise<void> {
  const e = await app.engagement()
  e.db
    .prepare(
      `DELETE FROM codings WHERE id IN (SELECT c.id FROM codings c JOIN documents d ON d.id = c.document_id
         JOIN interviews i ON i.id = d.interview_id WHERE c.coder_id <> i.interviewer_id)`,
    )
    .run()
}

async function reopenTab(page: Page, other: string, tab: string) {
  await page.getByRole('tab', { name: other, exact: true }).click()
  await page.getByRole('tab', { name: tab, exact: true }).click()
}

browserSuite('inter-coder agreement', (chromiumPath) => {
  it('shows alpha and kappa per code from the demo team’s work, a settled disagreement side by side, and how to get there without it (French)', async () => {
    const app = await apps.launch(chromiumPath, { locale: 'fr-FR' })
    const { page } = app
    await openDemoCodingTab(app, 'Accord inter-codeurs')
    // The demo is a team study: six interviews coded by both consultants, from the first start.
    const rows = page.locator('.agreement-table tbody tr')
    await expect.poll(() => rows.count()).toBeGreaterThan(3)
    await page.getByText('α de Krippendorff').waitFor()
    await page.getByText('κ de Cohen').waitFor()
    await page.getByText(/Landis et Koch/).waitFor()
    await expect
      .poll(() => page.locator('.agreement-mean').textContent())
      .toMatch(/α moyen sur \d+ codes\u202f: 0,\d{3}/)
    await page.getByText('Chaque codeur face au consensus').waitFor()
    await screenshot(page, 'agreement-table-fr')
    // Communities read as project groups: the team settled each disagreement, with its reason.
    const cop = page.locator('tr[data-code="COL.COP"]')
    await cop.getByRole('button', { name: /Examiner/ }).click()
    const review = page.locator('.agreement-review')
    await review.getByText(/Désaccords sur/).waitFor()
    await expect.poll(() => review.locator('.agreement-excerpt').count()).toBeGreaterThan(0)
    await review.getByText('Gardé dans le consensus').first().waitFor()
    await review.getByText('Écarté du consensus').first().waitFor()
    await review
      .getByText(/c’est une communauté|c’est un groupe projet/)
      .first()
      .waitFor()
    await review.scrollIntoViewIfNeeded()
    await screenshot(page, 'agreement-review-fr')

    // One click takes the consultant to the words in their document.
    const excerpt = review.locator('.agreement-excerpt').first()
    const words = (await excerpt.locator('blockquote').textContent())!
    await excerpt.getByRole('button', { name: 'Voir dans le document' }).click()
    await page.locator('.coder-editor .cm-content').waitFor()
    await expect.poll(() => page.evaluate('getSelection().toString()')).toBe(words)

    // Without the second pass, the tab says how to get there.
    await untilTeamWork(app)
    await reopenTab(page, 'Coder', 'Accord inter-codeurs')
    await page.getByText('L’accord demande deux consultants sur les mêmes entretiens').waitFor()
    await page.getByText('«\u202fCodé par\u202f»', { exact: false }).waitFor()
    await screenshot(page, 'agreement-empty-fr')
  })

  it('reads the same in English, each rule named', async () => {
    const app = await apps.launch(chromiumPath, { locale: 'en-GB' })
    const { page } = app
    await openDemoCodingTab(app, 'Agreement')
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
    // Overload read as fragmentation: disagreements still open, each with its decision to take.
    await page
      .locator('tr[data-code="ATT.OVL"]')
      .getByRole('button', { name: /Review/ })
      .click()
    await page.locator('.agreement-review .agreement-excerpt').first().waitFor()
    await page.locator('.agreement-review').getByRole('button', { name: 'Leave it out' }).first().waitFor()
    await page.locator('.agreement-review').scrollIntoViewIfNeeded()
    await screenshot(page, 'agreement-review-en')

    await untilTeamWork(app)
    await reopenTab(page, 'Code', 'Agreement')
    await page.getByText('Agreement needs two consultants on the same interviews').waitFor()
    await screenshot(page, 'agreement-empty-en')
  })
})

browserSuite('consensus', (chromiumPath) => {
  it('leaves a disagreement out of the consensus with a reason, which changes the diagnosis, and Undo takes it back', async () => {
    const app = await apps.launch(chromiumPath, { locale: 'en-GB', viewport: { width: 1024, height: 700 } })
    const { page } = app
    await openDemoCodingTab(app, 'Agreement')
    const e = await app.engagement()
    const before = JSON.stringify(engagementDiagnosis(e))
    const fed = () => diagnosisInput(e).codings.map((c) => c.id)
    const consensus = e.coders.list().find((c) => c.kind === 'consensus')!
    const inConsensus = () => e.db.prepare('SELECT count(*) FROM codings WHERE coder_id = ?').pluck().get(consensus.id)
    const settled = inConsensus()
    // A disagreement the demo's team left open: overload read as fragmentation.
    await page
      .locator('tr[data-code="ATT.OVL"]')
      .getByRole('button', { name: /Review/ })
      .click()
    const fedBefore = fed()
    const coding = (await page
      .locator('.agreement-review .agreement-excerpt')
      .filter({ has: page.getByRole('button', { name: 'Leave it out' }) })
      .first()
      .getAttribute('data-coding'))!
    const excerpt = page.locator(`.agreement-review .agreement-excerpt[data-coding="${coding}"]`)
    const onAnswer = (id: string) => e.codings.get(id)!.documentId === e.codings.get(coding)!.documentId
    expect(fed()).toContain(coding)
    await excerpt
      .getByLabel('Why (kept with the decision)')
      .fill('About scattered tools, not the volume: leave it out.')
    await excerpt.getByRole('button', { name: 'Leave it out' }).click()
    await excerpt.getByText('Left out of the consensus').waitFor()
    await page.getByText('Each coder against the consensus').waitFor()
    await excerpt.scrollIntoViewIfNeeded()
    await screenshot(page, 'agreement-consensus-en-1024')
    // The diagnosis reads that code from the consensus set on that answer now: the excerpt left out
    // no longer feeds it, everything else there still does; the coders' own codings stay in the file.
    const after = fed()
    expect(after).not.toContain(coding)
    expect(after.filter(onAnswer)).toHaveLength(fedBefore.filter(onAnswer).length - 1)
    expect(e.codings.get(coding)).toBeDefined()

    await page.getByRole('button', { name: /^Undo/ }).click()
    await expect.poll(inConsensus).toBe(settled)
    await page.locator('.agreement-review').getByText('Left out of the consensus').waitFor({ state: 'detached' })
    expect(fed()).toContain(coding)
    expect(JSON.stringify(engagementDiagnosis(e))).toBe(before)
  })
})

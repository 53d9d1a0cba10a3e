import { expect, it } from 'vitest'
import { browserSuite } from './browser-suite'
import { appPerTest, newEngagement } from './app-lifecycle'
import { screenshot } from './screenshots'

const apps = appPerTest()

browserSuite('the campaign plan', (chromiumPath) => {
  it('shows what is missing by group, and warns of the evidence floors not met before leaving the site', async () => {
    const app = await apps.launch(chromiumPath, { locale: 'en-GB' })
    const { page } = app
    await newEngagement(app, 'plan.terrain')
    await page.keyboard.press('Control+3')
    const form = page.getByRole('form', { name: 'Add to the plan' })
    await form.getByLabel('Group').selectOption('employee')
    await form.getByLabel('Site').fill('Lyon')
    await form.getByLabel('Planned').fill('6')
    await form.getByRole('button', { name: 'Add to the plan' }).click()
    await form.getByLabel('Group').selectOption('leadership')
    await form.getByLabel('Site').fill('')
    await form.getByLabel('Planned').fill('3')
    await form.getByRole('button', { name: 'Add to the plan' }).click()
    await page.getByRole('table', { name: 'Campaign plan' }).locator('tbody tr').nth(1).waitFor()

    // Part of the plan done on site: two leaders, five employees in Lyon.
    const e = await app.engagement()
    const done = (code: string, group: 'employee' | 'leadership', site: string | null) => {
      const r = e.respondents.add({ code, group, site })
      e.interviews.add({ respondentId: r.id, status: 'completed' })
    }
    done('L1', 'leadership', null)
    done('L2', 'leadership', null)
    for (let i = 1; i <= 5; i++) done(`E${i}`, 'employee', 'Lyon')
    await page.keyboard.press('Control+1')
    await page.keyboard.press('Control+3')

    const byGroup = page.getByRole('table', { name: 'Coverage by group' })
    await expect.poll(() => byGroup.locator('tr[data-group="leadership"] td').nth(4).textContent()).toBe('1')
    expect(await byGroup.locator('tr[data-group="employee"] td').nth(4).textContent()).toBe('1')
    const warning = page.getByRole('alert').filter({ hasText: 'Before you leave the site' })
    await screenshot(page, 'campaign-en')
    await warning.getByText('2 leaders so far: the perception gap needs 3.').waitFor()
    expect(await warning.locator('li').count()).toBe(1)
    await screenshot(page, 'campaign-en')
  })
})

browserSuite('a line of the campaign plan', (chromiumPath) => {
  it('takes its dates day first and says when the plan leaves a group below its floor, in French', async () => {
    const app = await apps.launch(chromiumPath, { locale: 'fr-FR' })
    const { page } = app
    await newEngagement(app, 'plan-fr.terrain')
    await page.keyboard.press('Control+3')
    const form = page.getByRole('form', { name: 'Ajouter au plan' })
    await form.getByLabel('Groupe').selectOption('customer')
    await form.getByLabel('Prévus').fill('3')
    await form
      .getByText('Avec cette ligne, le plan compte 3\u202fclients\u202f: la méthode en demande 5', { exact: false })
      .waitFor()
    await form.getByLabel('Du', { exact: true }).fill('09/03/2026')
    await form.getByLabel('Au', { exact: true }).fill('11/3/2026')
    await form.getByLabel('Lieu').fill('Agence de Nantes')
    await screenshot(page, 'campaign-plan-line-fr')
    await form.getByRole('button', { name: 'Ajouter au plan' }).click()
    const plan = page.getByRole('table', { name: 'Plan de campagne' })
    await plan.getByText('9–11 mars 2026').waitFor()
    expect((await app.engagement()).campaign.list()[0]).toMatchObject({
      plannedFrom: '2026-03-09',
      plannedTo: '2026-03-11',
      quota: 3,
    })
    // A date that is not one says so, and is not taken.
    await form.getByLabel('Du', { exact: true }).fill('31/02/2026')
    await form.getByLabel('Du', { exact: true }).blur()
    await form.getByText('Une date au format jj/mm/aaaa, par exemple 09/03/2026.').waitFor()
  })
})

browserSuite('the respondents table', (chromiumPath) => {
  it('edits a respondent, its real name kept apart from the table', async () => {
    const app = await apps.launch(chromiumPath, { locale: 'fr-FR' })
    const { page } = app
    await newEngagement(app, 'people.terrain')
    await page.keyboard.press('Control+3')
    const form = page.getByRole('form', { name: 'Ajouter un répondant' })
    await form.getByRole('button', { name: 'Ajouter' }).click()
    const table = page.getByRole('table', { name: 'Répondants' })
    await table.getByRole('button', { name: 'Modifier' }).click()
    const dialog = page.getByRole('dialog', { name: 'Répondant R01' })
    await dialog.getByLabel('Groupe').selectOption('leadership')
    await dialog.getByLabel('Site').fill('Paris')
    await dialog.getByLabel('Nom réel (conservé à part, jamais dans le rapport)').fill('Claire Martin')
    await screenshot(page, 'respondent-edit-fr')
    await dialog.getByRole('button', { name: 'Enregistrer' }).click()
    await dialog.waitFor({ state: 'detached' })
    await table.getByText('Paris').waitFor()
    expect(await table.textContent()).not.toContain('Claire')
    const e = await app.engagement()
    const r = e.respondents.byCode('R01')!
    expect(r).toMatchObject({ group: 'leadership', site: 'Paris' })
    expect(e.identities.get(r.id)?.realName).toBe('Claire Martin')
  })
})

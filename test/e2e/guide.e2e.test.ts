import { expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { browserSuite } from './browser-suite'
import { appPerTest, newEngagement } from './app-lifecycle'
import { screenshot } from './screenshots'
import { saveAnswer, startInterview } from '../../electron/core/interviews/live-interview'

const apps = appPerTest()

const questionTexts = (page: Page) => page.locator('ol.questions > li.question .question-text').allTextContents()

browserSuite('the guide editor', (chromiumPath) => {
  it('adds, rewords, reorders by keyboard and by drag, deletes and duplicates, and the file keeps it', async () => {
    const app = await apps.launch(chromiumPath, { locale: 'en-GB' })
    const { page } = app
    await newEngagement(app, 'guide.terrain')
    await page.keyboard.press('Control+2')
    await page.locator('ol.questions > li.question').first().waitFor()
    const original = await questionTexts(page)

    // A scale question, written in English only; the form says what is missing until it can be saved.
    await page.getByRole('button', { name: 'Add a question' }).click()
    const dialog = page.getByRole('dialog', { name: 'New question' })
    const save = dialog.getByRole('button', { name: 'Save' })
    expect(await save.isDisabled()).toBe(true)
    await dialog.getByText('Write the question in at least one language.').waitFor()
    await dialog.getByLabel('Question (English)').fill('How useful is the intranet to you, from 1 to 5?')
    await dialog.getByLabel('Type').selectOption('scale')
    await dialog.getByLabel('To', { exact: true }).fill('50')
    await dialog.getByText('A scale goes from a smaller number to a larger one').waitFor()
    await dialog.getByLabel('To', { exact: true }).fill('5')
    await dialog.getByLabel('Probes (English), one per line').fill('Why that score?\nWhat would make it a 5?')
    await screenshot(page, 'guide-question-dialog-en')
    await save.click()
    await dialog.waitFor({ state: 'detached' })
    const added = 'How useful is the intranet to you, from 1 to 5?'
    // The list is read again after the save: wait for it.
    await expect.poll(() => questionTexts(page)).toEqual([...original, added])
    const card = page.locator('li.question', { hasText: added })
    expect(await card.locator('.badge').allTextContents()).toEqual(['Scale', '1 – 5'])

    // Keyboard: select it, Alt+↑ twice; the focus follows the question.
    await card.focus()
    await page.keyboard.press('Alt+ArrowUp')
    await expect.poll(() => questionTexts(page)).toEqual([...original.slice(0, -1), added, original.at(-1)])
    await page.keyboard.press('Alt+ArrowUp')
    await expect.poll(() => questionTexts(page)).toEqual([...original.slice(0, -2), added, ...original.slice(-2)])
    expect(
      await page.evaluate(
        () =>
          (globalThis as unknown as { document: { activeElement: { textContent: string } | null } }).document
            .activeElement?.textContent ?? '',
      ),
    ).toContain(added)

    // Enter edits the focused question.
    await page.keyboard.press('Enter')
    const edit = page.getByRole('dialog', { name: 'Edit the question' })
    expect(await edit.getByLabel('Question (French)').inputValue()).toBe(added)
    await edit.getByLabel('Question (French)').fill('Quelle utilité a l’intranet pour vous, de 1 à 5 ?')
    await edit.getByRole('button', { name: 'Save' }).click()
    await edit.waitFor({ state: 'detached' })

    // Drag the first question onto the second.
    const items = page.locator('ol.questions > li.question')
    await items.nth(0).dragTo(items.nth(1))
    await expect
      .poll(() => questionTexts(page))
      .toEqual([original[1], original[0], ...original.slice(2, -2), added, ...original.slice(-2)])

    // Delete asks first; an answered question cannot go.
    await card.focus()
    await page.keyboard.press('Delete')
    await card.getByRole('alertdialog').getByRole('button', { name: 'Delete' }).click()
    await expect.poll(() => questionTexts(page)).not.toContain(added)

    const e = await app.engagement()
    const employee = e.guides.list().find((g) => g.group === 'employee')!
    const interview = startInterview(e, e.respondents.add({ code: 'R01', group: 'employee' }).id)
    saveAnswer(e, interview.id, employee.questions[0]!.id, 'Mostly I need the right document, fast.')
    const answered = items.first()
    await answered.focus()
    await page.keyboard.press('Delete')
    await answered.getByRole('alertdialog').getByRole('button', { name: 'Delete' }).click()
    await answered.getByText('Answers were given to this question: it stays in the guide.').waitFor()
    expect(e.guides.get(employee.id)!.questions.length).toBe(employee.questions.length)
    expect(employee.questions.map((q) => q.text.en)).toEqual(await questionTexts(page))

    // Duplicate the guide for the "other" group: it opens, with the same questions.
    await page.getByRole('button', { name: 'Duplicate for another group…' }).click()
    const dup = page.getByRole('dialog', { name: /Duplicate the guide/ })
    expect(await dup.getByLabel('For the group').inputValue()).toBe('other')
    await dup.getByLabel('Name (English)').fill('Partners')
    await dup.getByRole('button', { name: 'Save' }).click()
    await page.locator('.detail-header h2', { hasText: 'Partners' }).waitFor()
    expect(await questionTexts(page)).toEqual(employee.questions.map((q) => q.text.en))
    await screenshot(page, 'guide-editor-en')
    expect(
      e.guides
        .list()
        .filter((g) => g.group === 'other')
        .map((g) => g.name.en),
    ).toContain('Partners')
  })
})

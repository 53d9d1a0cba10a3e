import { expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { browserSuite } from './browser-suite'
import { appPerTest, newEngagement } from './app-lifecycle'
import { screenshot } from './screenshots'
import type { AppHarness } from './app-harness'
import { applyCoding } from '../../electron/core/coding/apply-coding'

const apps = appPerTest()
const TEXT = 'Les réunions durent trop. On ne trouve jamais le bon document. Je veux des outils simples.'
const span = (words: string) => ({ start: TEXT.indexOf(words), end: TEXT.indexOf(words) + words.length })

/** One employee's answer, to code from the test as a coder would have. */
async function answer(app: AppHarness) {
  const e = await app.engagement()
  const r = e.respondents.add({ code: 'R01', group: 'employee' })
  const q = e.guides
    .list()
    .flatMap((g) => g.questions)
    .find((x) => x.stance === 'SELF' && x.type === 'open')!
  return { e, doc: e.documents.add({ kind: 'answer', respondentId: r.id, questionId: q.id, text: TEXT }) }
}

async function openCodebook(app: AppHarness, file: string): Promise<Page> {
  await newEngagement(app, file)
  await app.page.keyboard.press('Control+4')
  await app.page.locator('.code-tree li.tree-code').first().waitFor()
  return app.page
}

const row = (page: Page, name: string) => page.locator('li.tree-code', { hasText: name })

browserSuite('the codebook editor', (chromiumPath) => {
  it('creates, renames, recolours, nests, merges (with undo) and deletes a code, and the file keeps it', async () => {
    const app = await apps.launch(chromiumPath, { locale: 'en-GB' })
    const page = await openCodebook(app, 'codebook.terrain')
    const { e, doc } = await answer(app)
    const eff = e.codebook.codeByKey('OUT.EFF')!
    const find = e.codebook.codeByKey('OUT.FIND')!
    await screenshot(page, 'codebook-editor-en')

    // A new code with a shortcut; the form says when a shortcut is taken, and by which code.
    await page.getByRole('button', { name: 'New code', exact: true }).click()
    const create = page.getByRole('dialog', { name: 'New code' })
    const save = create.getByRole('button', { name: 'Save' })
    await create.getByText('Give the code a name in French or in English.').waitFor()
    await create.getByLabel('Name (English)').fill('Meetings that waste time')
    await create.getByLabel('Definition (English)').fill('The respondent says meetings take time from the work.')
    await create.getByLabel('Shortcut').fill(eff.shortcut!)
    await create.getByText(`The shortcut ${eff.shortcut} already codes OUT.EFF.`).waitFor()
    expect(await save.isDisabled()).toBe(true)
    await create.getByLabel('Shortcut').fill('q')
    await screenshot(page, 'codebook-new-code-en')
    await save.click()
    await create.waitFor({ state: 'detached' })
    await page.locator('.code-detail h2', { hasText: 'Meetings that waste time' }).waitFor()
    const made = e.codebook.codeByKey('OUT.MEETINGS')!
    expect(made).toMatchObject({ shortcut: 'q', familyId: eff.familyId, parentId: null })

    // Rename and recolour it.
    await page.locator('.code-actions').getByRole('button', { name: 'Edit…' }).click()
    const edit = page.getByRole('dialog', { name: 'Edit the code OUT.MEETINGS' })
    await edit.getByLabel('Name (English)').fill('Pointless meetings')
    await edit.getByLabel('Name (French)').fill('Réunions inutiles')
    await edit.getByRole('radio', { name: '#C62828' }).click()
    await edit.getByRole('button', { name: 'Save' }).click()
    await edit.waitFor({ state: 'detached' })
    await page.locator('.code-detail h2', { hasText: 'Pointless meetings' }).waitFor()
    expect(e.codebook.code(made.id)).toMatchObject({
      name: { en: 'Pointless meetings', fr: 'Réunions inutiles' },
      color: '#C62828',
    })

    // Nest it under OUT.EFF by choosing the parent; the tree indents it.
    await page.locator('.code-actions').getByRole('button', { name: 'Edit…' }).click()
    const nest = page.getByRole('dialog', { name: 'Edit the code OUT.MEETINGS' })
    await nest.getByLabel('Under').selectOption(eff.id)
    await nest.getByRole('button', { name: 'Save' }).click()
    await nest.waitFor({ state: 'detached' })
    await expect.poll(() => row(page, 'Pointless meetings').getAttribute('aria-level')).toBe('2')
    expect(e.codebook.code(made.id)!.parentId).toBe(eff.id)

    // Keyboard: ↑ selects OUT.EFF above it; Alt+↓ moves OUT.EFF (with its sub-code) below OUT.FIND, Alt+↑ back.
    const topOfOut = () =>
      e.codebook
        .codes()
        .filter((c) => c.familyId === eff.familyId && c.parentId === null)
        .map((c) => c.key)
    const order = topOfOut()
    await row(page, 'Pointless meetings').click()
    await page.keyboard.press('ArrowUp')
    await expect.poll(() => page.locator('.code-detail h2').textContent()).toBe(eff.name.en)
    await page.keyboard.press('Alt+ArrowDown')
    await expect.poll(topOfOut).toEqual([order[1], order[0], ...order.slice(2)])
    expect(e.codebook.code(made.id)!.parentId).toBe(eff.id)
    // The next key acts on the tree as drawn: wait until it shows the move (a busy machine redraws late).
    const shownKeys = () => page.locator('li.tree-code .code-key').allTextContents()
    await expect
      .poll(async () => (await shownKeys()).indexOf(order[0]!) > (await shownKeys()).indexOf(order[1]!))
      .toBe(true)
    await page.keyboard.press('Alt+ArrowUp')
    await expect.poll(topOfOut).toEqual(order)

    // Two codings of the new code, one on words OUT.FIND already codes: the merge drops that one.
    applyCoding(e, { documentId: doc.id, ...span('Les réunions durent trop'), codeIds: [made.id] })
    applyCoding(e, { documentId: doc.id, ...span('le bon document'), codeIds: [made.id, find.id] })
    const findBefore = e.codings.ofCode(find.id).length
    await row(page, 'Pointless meetings').click()
    await page.locator('.code-actions').getByRole('button', { name: 'Merge into…' }).click()
    const merge = page.getByRole('dialog', { name: 'Merge OUT.MEETINGS into another code' })
    await merge.getByLabel('Target code').selectOption(find.id)
    await screenshot(page, 'codebook-merge-en')
    await merge.getByRole('button', { name: 'Merge' }).click()
    await page
      .getByRole('status')
      .getByText('OUT.MEETINGS merged into OUT.FIND: 1 coding moved, 1 duplicate dropped.')
      .waitFor()
    expect(e.codebook.code(made.id)).toBeUndefined()
    expect(e.codings.ofCode(find.id)).toHaveLength(findBefore + 1)
    expect(await row(page, 'Pointless meetings').count()).toBe(0)

    // Ctrl+Z brings the code back with its two codings.
    await page.locator('.code-detail h2').click()
    await page.keyboard.press('Control+z')
    await row(page, 'Pointless meetings').waitFor()
    expect(e.codings.ofCode(made.id)).toHaveLength(2)
    expect(e.codings.ofCode(find.id)).toHaveLength(findBefore)

    // Delete states what goes with it first.
    await row(page, 'Pointless meetings').focus()
    await page.keyboard.press('Delete')
    const del = page.getByRole('alertdialog', { name: 'Delete the code OUT.MEETINGS?' })
    await del.getByText('2 codings').waitFor()
    await screenshot(page, 'codebook-delete-en')
    await del.getByRole('button', { name: 'Delete', exact: true }).click()
    await del.waitFor({ state: 'detached' })
    await page.getByRole('status').getByText('OUT.MEETINGS deleted.').waitFor()
    expect(e.codebook.code(made.id)).toBeUndefined()
    expect(e.codings.ofDocument(doc.id).map((c) => c.codeId)).toEqual([find.id])
    await screenshot(page, 'codebook-after-en')
  })

  it('reads in French, with the definitions in the tree and a code in full', async () => {
    const app = await apps.launch(chromiumPath, { locale: 'fr-FR' })
    const page = await openCodebook(app, 'grille.terrain')
    await row(page, 'Trouver').first().click()
    await page.locator('.code-detail h2', { hasText: 'Trouver' }).waitFor()
    await screenshot(page, 'codebook-editor-fr')
    await page.locator('.code-actions').getByRole('button', { name: 'Nouveau sous-code' }).click()
    const dialog = page.getByRole('dialog', { name: /Nouveau sous-code de/ })
    await dialog.getByLabel('Nom (français)').fill('Annuaire des experts')
    await screenshot(page, 'codebook-new-sub-code-fr')
    await dialog.getByRole('button', { name: 'Enregistrer' }).click()
    await dialog.waitFor({ state: 'detached' })
    const sub = (await app.engagement()).codebook.codeByKey('OUT.FIND.ANNUAIRE')!
    expect(sub.parentId).toBe((await app.engagement()).codebook.codeByKey('OUT.FIND')!.id)
    await page.locator('.code-actions').getByRole('button', { name: 'Supprimer…' }).click()
    await page.getByRole('alertdialog').getByText('rien d’autre ne disparaît').waitFor()
    await screenshot(page, 'codebook-delete-fr')
  })
})

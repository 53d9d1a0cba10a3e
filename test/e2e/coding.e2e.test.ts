import { expect, it } from 'vitest'
import { browserSuite } from './browser-suite'
import { appPerTest, newEngagement, openDemoCodingTab } from './app-lifecycle'
import { screenshot } from './screenshots'
import { clickBefore, dragOver } from './text-selection'

const apps = appPerTest()

const TEXT =
  'Je veux des outils simples pour trouver les bons interlocuteurs. On nous parle de communauté, mais l’élève cherche surtout des réponses.'

browserSuite('the coding workbench', (chromiumPath) => {
  it('codes by mouse and by key, overlaps codes, keeps codings on their words through edits, undoes and redoes, finds “élève” from “eleve”', async () => {
    const app = await apps.launch(chromiumPath, { locale: 'fr-FR' })
    const { page } = app
    await newEngagement(app, 'coding.terrain')
    const e = await app.engagement()
    const respondent = e.respondents.add({ code: 'E07', group: 'employee' })
    const question = e.guides
      .list()
      .find((g) => g.group === 'employee')!
      .questions.find((q) => q.type === 'open')!
    const doc = e.documents.add({
      kind: 'answer',
      respondentId: respondent.id,
      questionId: question.id,
      title: question.text.fr,
      text: TEXT,
    })
    const code = (key: string) => e.codebook.codeByKey(key)!
    const codingsOf = (key: string) => e.codings.ofDocument(doc.id).filter((c) => c.codeId === code(key).id)

    await page.keyboard.press('Control+5')
    await page.locator('.navigator-document').first().click()
    await page.locator('.coder-editor .cm-content').waitFor()

    // By mouse: drag over the words, click the code in the codebook.
    await dragOver(page, 'des outils simples')
    await page.locator('.palette-code[data-code-key="OUT.EFF"]').click()
    await expect.poll(() => codingsOf('OUT.EFF').map((c) => c.text)).toEqual(['des outils simples'])

    // By key: caret before the words, Shift+arrows to select, the code's key (2 = OUT.FIND).
    await clickBefore(page, 'trouver les bons interlocuteurs')
    for (let i = 0; i < 'trouver les bons interlocuteurs'.length; i++) await page.keyboard.press('Shift+ArrowRight')
    await page.keyboard.press('2')
    await expect.poll(() => codingsOf('OUT.FIND').map((c) => c.text)).toEqual(['trouver les bons interlocuteurs'])
    // The valence of what was just coded, from the keyboard too.
    await page.keyboard.press('+')
    await expect.poll(() => codingsOf('OUT.FIND')[0]?.valence).toBe('+')

    // Overlap: a second code across the end of the first coding, drawn on its own lane.
    await dragOver(page, 'simples pour trouver')
    await page.keyboard.press('4')
    await expect.poll(() => codingsOf('APP.BEL').map((c) => c.text)).toEqual(['simples pour trouver'])
    await expect.poll(() => page.locator('.cm-coding.cm-lane-1').count()).toBeGreaterThan(0)
    await expect.poll(() => page.locator('.cm-stripe').count()).toBe(3)
    await screenshot(page, 'coding-overlap-fr')

    // Edit the text inside a coding and before it: each coding stays on its words.
    await page.keyboard.press('Control+e')
    await clickBefore(page, 'simples pour')
    await page.keyboard.type('très ')
    await page.keyboard.press('Control+Home')
    await page.keyboard.type('Franchement, ')
    await page.keyboard.press('Control+e')
    await expect
      .poll(() => e.documents.get(doc.id)!.text.startsWith('Franchement, Je veux des outils très simples'))
      .toBe(true)
    await expect.poll(() => codingsOf('OUT.EFF').map((c) => c.text)).toEqual(['des outils très simples'])
    expect(codingsOf('OUT.FIND').map((c) => c.text)).toEqual(['trouver les bons interlocuteurs'])
    expect(codingsOf('APP.BEL').map((c) => c.text)).toEqual(['simples pour trouver'])
    const text = e.documents.get(doc.id)!.text
    for (const c of e.codings.ofDocument(doc.id)) expect(text.slice(c.start, c.end)).toBe(c.text)

    // Undo the last coding action (the overlap), then redo it; Ctrl+Z again takes back the valence.
    await page.locator('.coder-editor .cm-content').focus()
    await page.keyboard.press('Control+z')
    await expect.poll(() => codingsOf('APP.BEL')).toEqual([])
    await expect.poll(() => page.locator('.cm-stripe').count()).toBe(2)
    await page.keyboard.press('Control+Shift+Z')
    await expect.poll(() => codingsOf('APP.BEL').map((c) => c.text)).toEqual(['simples pour trouver'])
    await page.keyboard.press('Control+z')
    await page.keyboard.press('Control+z')
    await expect.poll(() => codingsOf('OUT.FIND')[0]?.valence).toBe('0')

    // A click on coded words shows their codings; one is removed from there.
    await clickBefore(page, 'outils')
    await page.locator('.coding-card').first().waitFor()
    await screenshot(page, 'coding-inspector-fr')
    await page.locator('.coding-card .remove-coding').first().click()
    await expect.poll(() => codingsOf('OUT.EFF')).toEqual([])

    // Search without accents: "eleve" finds "élève", highlighted, and opens it in its document.
    await page.getByRole('tab', { name: 'Rechercher' }).click()
    await page.locator('.search-bar input').fill('eleve')
    await page.keyboard.press('Enter')
    await expect.poll(() => page.locator('.span-row mark').allTextContents()).toEqual(['élève'])
    await screenshot(page, 'coding-search-eleve-fr')
    await page.locator('.span-row').first().getByRole('button', { name: 'Voir dans le document' }).click()
    await expect.poll(() => page.evaluate('getSelection().toString()')).toBe('élève')
    // Another hit in the document already open is selected too.
    await page.getByRole('tab', { name: 'Rechercher' }).click()
    await page.locator('.search-bar input').fill('reponses')
    await page.keyboard.press('Enter')
    await expect.poll(() => page.locator('.span-row mark').allTextContents()).toEqual(['réponses'])
    await page.locator('.span-row').first().getByRole('button', { name: 'Voir dans le document' }).click()
    await expect.poll(() => page.evaluate('getSelection().toString()')).toBe('réponses')
  })
})

browserSuite('a coding whose words are deleted', (chromiumPath) => {
  it('is flagged for review, found from the navigator, and confirmed where it lies', async () => {
    const app = await apps.launch(chromiumPath, { locale: 'en-GB' })
    const { page } = app
    await newEngagement(app, 'review.terrain')
    const e = await app.engagement()
    const respondent = e.respondents.add({ code: 'C02', group: 'customer' })
    const doc = e.documents.add({
      kind: 'transcript',
      respondentId: respondent.id,
      title: 'Interview C02',
      text: 'I come for the discounts.\r\nThe community? Never heard of it.\r\nThe app is fine.',
    })
    const words = 'Never heard of it.'
    const start = e.documents.get(doc.id)!.text.indexOf(words)
    const coding = e.codings.add({
      documentId: doc.id,
      start,
      end: start + words.length,
      codeId: e.codebook.codeByKey('COL.MIS')!.id,
      coderId: e.coders.add('Claire Dambrine').id,
      stance: 'SELF',
      target: null,
      valence: '-',
      intensity: null,
    })
    await page.keyboard.press('Control+5')
    await page.locator(`.navigator-document[data-document="${doc.id}"]`).click()
    await page.locator('.cm-coding').first().waitFor()

    // Edit the text: select the coded words and delete them; the Windows line ends stay.
    await page.getByRole('button', { name: 'Edit text (Ctrl+E)' }).click()
    await dragOver(page, words)
    await page.keyboard.press('Backspace')
    await page.keyboard.press('Control+e')
    await expect.poll(() => e.codings.get(coding.id)?.needsReview).toBe(true)
    expect(e.codings.get(coding.id)!.text).toBe(words)
    expect(e.documents.get(doc.id)!.text).toBe('I come for the discounts.\r\nThe community? \r\nThe app is fine.')

    // The navigator offers the documents to review; the coding says why and is confirmed there.
    await page.getByLabel('Only documents with codings to review (1)').check()
    await expect.poll(() => page.locator('.navigator-document').count()).toBe(1)
    await page.locator('.cm-stripe').first().click()
    await page.locator('.coding-review').waitFor()
    await screenshot(page, 'coding-review-en')
    await page.getByRole('button', { name: 'Confirm here' }).click()
    await expect.poll(() => e.codings.get(coding.id)?.needsReview).toBe(false)
  })
})

browserSuite('the coding workbench on the demo', (chromiumPath) => {
  it('shows each answer’s codings in the text and the margin, and the codings under a click', async () => {
    const app = await apps.launch(chromiumPath, { locale: 'en-GB' })
    const { page } = app
    await openDemoCodingTab(app, 'Code')
    const e = await app.engagement()
    const richest = e.db
      .prepare<[], { id: string; n: number }>(
        'SELECT document_id AS id, count(*) AS n FROM codings GROUP BY document_id ORDER BY n DESC LIMIT 1',
      )
      .get()!
    // Alt+PageDown walks the documents; the richest one is opened from the list.
    await page.locator(`.navigator-document`).first().click()
    await page.keyboard.press('Alt+PageDown')
    await expect.poll(() => page.locator('.navigator-document[aria-current="true"]').count()).toBe(1)
    const second = await page.locator('.navigator-document').nth(1).getAttribute('aria-current')
    expect(second).toBe('true')

    await page.locator(`.navigator-document[data-document="${richest.id}"]`).click()
    await expect.poll(() => page.locator('.cm-coding').count()).toBeGreaterThanOrEqual(richest.n)
    const first = e.codings.ofDocument(richest.id)[0]!
    await page.locator(`.cm-coding[data-coding="${first.id}"]`).first().click()
    await expect.poll(() => page.locator(`.coding-card[data-coding="${first.id}"]`).count()).toBe(1)
    // A click on a stripe of the margin shows that coding alone.
    const last = e.codings.ofDocument(richest.id).at(-1)!
    await page.locator(`.cm-stripe[data-coding="${last.id}"]`).click()
    await expect
      .poll(() => page.locator('.coding-card').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-coding'))))
      .toEqual([last.id])
    await screenshot(page, 'coding-demo-en')
  })
})

browserSuite('blind coding', (chromiumPath) => {
  it('shows only the coder’s own codings on demand, in the text, in Retrieve, and without the Agreement tab', async () => {
    const app = await apps.launch(chromiumPath, { locale: 'fr-FR', viewport: { width: 1024, height: 700 } })
    const { page } = app
    await openDemoCodingTab(app, 'Coder')
    const e = await app.engagement()
    const [me, other] = e.coders.list().filter((c) => c.kind === 'person')
    const mine = e.db
      .prepare<[string], { id: string; n: number }>(
        'SELECT document_id AS id, count(*) AS n FROM codings WHERE coder_id = ? GROUP BY document_id ORDER BY n DESC LIMIT 1',
      )
      .get(me!.id)!
    // The other consultant codes the same answer: their coding is what a blind coder must not see.
    const code = e.codebook.get().codes[0]!
    await app.ask('codings.apply', { documentId: mine.id, start: 0, end: 4, codeIds: [code.id], coderId: other!.id })
    const theirs = e.db
      .prepare<[string, string], { id: string }>('SELECT id FROM codings WHERE document_id = ? AND coder_id = ?')
      .get(mine.id, other!.id)!.id
    await page.locator('.coder-picker select').selectOption(me!.id)
    await page.locator(`.navigator-document[data-document="${mine.id}"]`).click()
    await page.locator(`.cm-coding[data-coding="${theirs}"]`).first().waitFor()
    const blind = page.getByLabel('Seulement mes codages')
    await blind.check()
    await expect.poll(() => page.locator(`.cm-coding[data-coding="${theirs}"]`).count()).toBe(0)
    await expect.poll(() => page.locator(`.cm-stripe[data-coding="${theirs}"]`).count()).toBe(0)
    expect(await page.locator('.cm-stripe').count()).toBe(mine.n)
    expect(await page.locator('#coding-tab-agreement').count()).toBe(0)
    await screenshot(page, 'coding-blind-fr-1024')
    await blind.uncheck()
    await page.locator(`.cm-coding[data-coding="${theirs}"]`).first().waitFor()
    expect(await page.locator('#coding-tab-agreement').count()).toBe(1)
  })
})

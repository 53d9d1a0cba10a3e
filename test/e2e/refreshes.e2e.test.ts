import { expect, it } from 'vitest'
import type { AppHarness } from './app-harness'
import { browserSuite } from './browser-suite'
import { appPerTest, newEngagement, interviewNewCustomer } from './app-lifecycle'
import { dragOver } from './text-selection'

const apps = appPerTest()

/** Waits until the page has made no call for a while: the action and what it made stale are done. */
async function settled(app: AppHarness): Promise<void> {
  let seen = -1
  while (seen !== app.calls.length) {
    seen = app.calls.length
    await app.page.waitForTimeout(700)
  }
}

/** The calls an action makes, and the reads that follow it, once all is quiet. */
async function callsOf(app: AppHarness, action: () => Promise<void>): Promise<string[]> {
  await settled(app)
  app.calls.length = 0
  await action()
  await settled(app)
  return [...app.calls].sort()
}

browserSuite('precise refreshes', (chromiumPath) => {
  it('after one coding, reads again only what the coding changed', async () => {
    const app = await apps.launch(chromiumPath, { locale: 'en-GB' })
    const { page } = app
    await newEngagement(app, 'refresh.terrain')
    const e = await app.engagement()
    const respondent = e.respondents.add({ code: 'E01', group: 'employee' })
    const question = e.guides
      .list()
      .find((g) => g.group === 'employee')!
      .questions.find((q) => q.type === 'open')!
    e.documents.add({
      kind: 'answer',
      respondentId: respondent.id,
      questionId: question.id,
      title: question.text.en,
      text: 'I want simple tools to find the right people, not a community.',
    })
    await page.keyboard.press('Control+5')
    await page.locator('.navigator-document').first().click()
    await page.locator('.coder-editor .cm-content').waitFor()
    const codings = () => e.db.prepare('SELECT count(*) AS n FROM codings').get()
    // The first coding also records the consultant as a coder; the second is the everyday one.
    await dragOver(page, 'simple tools')
    await page.keyboard.press('2')
    await expect.poll(codings).toEqual({ n: 1 })
    const calls = await callsOf(app, async () => {
      await dragOver(page, 'the right people')
      await page.keyboard.press('3')
      await expect.poll(codings).toEqual({ n: 2 })
    })
    // The coding itself; the text and its marks, the document list's counts, the undo history,
    // and the sample's counts at the top. Not the codebook, the coders, the guides or the respondents.
    expect(calls).toEqual([
      'coding.document',
      'coding.documents',
      'codings.apply',
      'codings.history',
      'engagement.current',
    ])
  })

  it('after one keystroke in a live answer, writes it and reads nothing again (the screen holds the answer)', async () => {
    const app = await apps.launch(chromiumPath, { locale: 'en-GB' })
    const { page } = app
    await newEngagement(app, 'keystroke.terrain')
    await interviewNewCustomer(page)
    await page.getByLabel('Answer').waitFor()
    const calls = await callsOf(app, async () => {
      await page.keyboard.type('M')
      await expect
        .poll(async () =>
          (await app.engagement()).db.prepare("SELECT count(*) AS n FROM documents WHERE text = 'M'").get(),
        )
        .toEqual({ n: 1 })
    })
    expect(calls).toEqual(['interviews.saveAnswer'])
  })
})

import path from 'node:path'
import { expect, it } from 'vitest'
import { browserSuite } from './browser-suite'
import { appPerTest } from './app-lifecycle'
import { screenshot } from './screenshots'

const apps = appPerTest()

browserSuite('a live interview', (chromiumPath) => {
  it('runs from the keyboard, and after a crash keeps every word typed more than a second before', async () => {
    const app = await apps.launch(chromiumPath, { locale: 'en-GB' })
    let page = app.page
    app.dialogs.nextSavePath = path.join(app.dataDir, 'site.terrain')
    await page.locator('.start-actions .action-card').first().click()
    await page.locator('.modal button[type="submit"]').click()
    await page.locator('.topbar').waitFor()
    await page.keyboard.press('Control+3')
    const form = page.getByRole('form', { name: 'Add respondent' })
    await form.getByLabel('Group').selectOption('customer')
    await form.getByRole('button', { name: 'Add' }).click()
    await page.getByRole('table', { name: 'Respondents' }).getByRole('button', { name: 'Interview' }).click()

    // Consent, from the keyboard.
    await page.getByRole('heading', { name: 'Before we start' }).waitFor()
    await screenshot(page, 'interview-consent-en')
    await page.keyboard.press('Enter')
    const answer = page.getByLabel('Answer')
    await answer.waitFor()
    await expect
      .poll(() =>
        answer.evaluate(
          (el) => el === (globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement,
        ),
      )
      .toBe(true)
    const e = app.session.requireEngagement()
    expect(e.interviews.list()[0]).toMatchObject({ status: 'in_progress', consentGiven: true })

    // Open answers, typed.
    await page.keyboard.type('Mostly on the app, for the discounts.')
    await page.keyboard.press('Control+Enter')
    await page.keyboard.type('I follow them for the promo codes, and nothing else.')
    await screenshot(page, 'interview-question-en')

    // The motive cards: a closed question answered with letters, Shift to rank.
    for (let i = 0; i < 8; i++) await page.keyboard.press('Control+Enter')
    await page.getByText('Tick every card that applies', { exact: false }).first().waitFor()
    await page.keyboard.press('a')
    await page.keyboard.press('Shift+B')
    await page.keyboard.press('c')
    await page.keyboard.press('c')
    const interviewId = e.interviews.list()[0]!.id
    const cards = e.guides
      .list()
      .find((g) => g.group === 'customer')!
      .questions.find((q) => q.options?.motiveCards)!
    await expect
      .poll(() => e.closedAnswers.get(interviewId, cards.id))
      .toEqual({ kind: 'choice', ticked: ['discounts', 'purchase'], ranked: ['purchase'] })
    await screenshot(page, 'interview-cards-en')

    // Back to the second answer: more than a second passes, then a few words, then the crash.
    for (let i = 0; i < 8; i++) await page.keyboard.press('Alt+ArrowLeft')
    await page.getByLabel('Answer').waitFor()
    await page.getByLabel('Answer').press('End')
    await page.waitForTimeout(1200)
    await page.keyboard.type(' And')
    page = await app.crashAndReopen()
    await page.locator('.topbar').waitFor()
    await page.keyboard.press('Control+3')
    await page.getByRole('button', { name: /Resume/ }).click()
    await page.getByLabel('Answer').waitFor()
    // It resumes on the first question not yet answered; the answers before it are whole.
    await page.keyboard.press('Alt+ArrowLeft')
    expect(await page.getByLabel('Answer').inputValue()).toMatch(
      /^I follow them for the promo codes, and nothing else\./,
    )
    await page.keyboard.press('Alt+ArrowLeft')
    expect(await page.getByLabel('Answer').inputValue()).toBe('Mostly on the app, for the discounts.')
    await page.keyboard.press('Control+Shift+F')
    await expect.poll(() => e.interviews.get(interviewId)!.status).toBe('completed')
  }, 90_000)
})

import { expect, it } from 'vitest'
import { browserSuite } from './browser-suite'
import { appPerTest, newEngagement, interviewNewCustomer } from './app-lifecycle'
import { screenshot } from './screenshots'

const apps = appPerTest()

browserSuite('a live interview', (chromiumPath) => {
  it('runs from the keyboard, and after a crash keeps every word typed more than a second before', async () => {
    const app = await apps.launch(chromiumPath, { locale: 'en-GB' })
    let page = app.page
    await newEngagement(app, 'site.terrain')
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
    const e = await app.engagement()
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
    await page.getByRole('button', { name: /Resume · R01/ }).click()
    await page.getByLabel('Answer').waitFor()
    // It resumes on the first question not yet answered; the answers before it are whole.
    await page.keyboard.press('Alt+ArrowLeft')
    expect(await page.getByLabel('Answer').inputValue()).toMatch(
      /^I follow them for the promo codes, and nothing else\./,
    )
    await page.keyboard.press('Alt+ArrowLeft')
    expect(await page.getByLabel('Answer').inputValue()).toBe('Mostly on the app, for the discounts.')
    // Finishing early asks first, and names the questions left unanswered.
    await page.keyboard.press('Control+Shift+F')
    const finishing = page.getByRole('dialog', { name: 'Finish with unanswered questions?' })
    await finishing.getByText('questions have no answer', { exact: false }).waitFor()
    expect(e.interviews.get(interviewId)!.status).toBe('in_progress')
    await finishing.getByRole('button', { name: 'Finish anyway' }).click()
    await expect.poll(() => e.interviews.get(interviewId)!.status).toBe('completed')
  }, 90_000)

  it('answers every question type with the keyboard only: scale, ranking, choice with ranks, open', async () => {
    const app = await apps.launch(chromiumPath, { locale: 'en-GB' })
    const { page } = app
    await newEngagement(app, 'types.terrain')

    // The customer guide, adapted: a 1-10 scale and a ranking of three cards come first, then the motive cards.
    const e = await app.engagement()
    const guide = e.guides.list().find((g) => g.group === 'customer')!
    const base = { probes: { fr: [], en: [] }, stance: 'SELF' as const, target: null, expectedCodes: [] }
    const scale = e.guides.addQuestion(guide.id, {
      ...base,
      text: { fr: 'Probabilité de recommander, de 1 à 10 ?', en: 'How likely are you to recommend us, from 1 to 10?' },
      type: 'scale',
      options: { min: 1, max: 10, labels: { fr: ['Pas du tout', 'Certainement'], en: ['Not at all', 'Certainly'] } },
    })
    const cards = ['price', 'delivery', 'advice'].map((key) => ({ key, label: { fr: key, en: key } }))
    const ranking = e.guides.addQuestion(guide.id, {
      ...base,
      text: { fr: 'Classez ce qui compte.', en: 'Rank what matters to you.' },
      type: 'ranking',
      options: { items: cards },
    })
    const motive = guide.questions.find((q) => q.options?.motiveCards)!
    const rest = guide.questions.filter((q) => q.id !== motive.id).map((q) => q.id)
    e.guides.reorder(guide.id, [scale.id, ranking.id, motive.id, ...rest])

    await interviewNewCustomer(page)
    await page.getByText('Press a number from 1 to 10 (0 for 10).').waitFor()
    const interviewId = e.interviews.list()[0]!.id
    const answerOf = (questionId: string) => e.closedAnswers.get(interviewId, questionId)

    await page.locator('.scale-point', { hasText: '10' }).getByText('Certainly').waitFor()
    await page.keyboard.press('7')
    await page.keyboard.press('0')
    await expect.poll(() => answerOf(scale.id)).toEqual({ kind: 'scale', value: 10 })
    await screenshot(page, 'interview-scale-en')
    await page.keyboard.press('Control+Enter')
    await page.getByRole('heading', { name: 'Rank what matters to you.' }).waitFor()
    for (const key of ['c', 'a', 'b']) await page.keyboard.press(key)
    await expect.poll(() => answerOf(ranking.id)).toEqual({ kind: 'ranking', order: ['advice', 'price', 'delivery'] })
    await page.keyboard.press('Control+Enter')
    await page.getByText('Tick every card that applies', { exact: false }).first().waitFor()
    await page.keyboard.press('Shift+C')
    await page.keyboard.press('e')
    await expect
      .poll(() => answerOf(motive.id))
      .toMatchObject({ kind: 'choice', ranked: [motive.options!.items![2]!.key] })
    await page.keyboard.press('Control+Enter')
    await page.getByLabel('Answer').waitFor()
    await page.keyboard.type('On the app, for the price.')

    // Marks with a modifier: the whole answer as key verbatim, then the last words tagged with a customer code.
    await page.keyboard.press('Control+K')
    await page.getByRole('list', { name: 'Key verbatims' }).getByText('★ On the app, for the price.').waitFor()
    for (let i = 0; i < 'the price.'.length; i++) await page.keyboard.press('Shift+ArrowLeft')
    await page.keyboard.press('Control+T')
    await page.getByRole('dialog', { name: /Tag with which code/ }).waitFor()
    await screenshot(page, 'interview-tag-prompt-en')
    // A customer interview offers the customer codes only; CLI.VAL (deals and offers) by its key.
    const code1 = e.codebook.get().codes.find((c) => c.key === 'CLI.VAL')!
    expect(await page.getByRole('dialog', { name: /Tag with which code/ }).textContent()).not.toContain('OUT.EFF')
    await page.keyboard.press(code1.shortcut!)
    await page.getByRole('dialog', { name: /Tag with which code/ }).waitFor({ state: 'detached' })
    await page.getByRole('list', { name: 'Tagged' }).getByText(code1.key, { exact: true }).waitFor()
    await page.getByText(`Tagged ${code1.key}: “the price.”`).waitFor()
    await screenshot(page, 'interview-tags-en')
    expect(await page.getByLabel('Answer').inputValue()).toBe('On the app, for the price.')
    const answerDoc = e.documents.answerOf(interviewId, rest[0]!)!
    expect(e.codings.ofDocument(answerDoc.id)).toMatchObject([{ codeId: code1.id, text: 'the price.' }])
    expect(e.keyVerbatims.ofDocument(answerDoc.id).map((k) => k.text)).toEqual(['On the app, for the price.'])

    // Free notes, from anywhere in the interview: saved as typed, and the answer untouched.
    await page.keyboard.press('Control+Shift+N')
    await page.keyboard.type('Calm; uses the app daily. Ask for the loyalty card.')
    await page.keyboard.press('Control+Shift+N')
    await expect
      .poll(() => e.interviews.get(interviewId)!.notes)
      .toBe('Calm; uses the app daily. Ask for the loyalty card.')
    await page.keyboard.press('Alt+ArrowLeft')
    await page.keyboard.press('Alt+ArrowLeft')
    // On a closed question, letters typed in the notes stay text and tick nothing.
    await page.keyboard.press('Control+Shift+N')
    await page.keyboard.type(' b')
    await expect.poll(() => e.interviews.get(interviewId)!.notes).toMatch(/card\. b$/)
    expect(answerOf(ranking.id)).toEqual({ kind: 'ranking', order: ['advice', 'price', 'delivery'] })
    await page.keyboard.press('Alt+ArrowRight')
    await page.keyboard.press('Alt+ArrowRight')
    await page.getByLabel('Answer').waitFor()
    await page.keyboard.press('Alt+ArrowLeft')
    await page.keyboard.press('Alt+ArrowRight')
    expect(await page.getByLabel('Answer').inputValue()).toBe('On the app, for the price.')
    const open = e.documents.answerOf(interviewId, rest[0]!)
    expect(open?.text).toBe('On the app, for the price.')

    // At the desk, the key verbatim marked on site shows in the coding view: a star and its words.
    await page.getByRole('button', { name: /Leave/ }).click()
    await page.keyboard.press('Control+5')
    await page.locator(`[data-document="${open!.id}"]`).click()
    await page.locator('.coder-editor .cm-key-star').waitFor()
    // The codings may split the marked words into several pieces; together they are the verbatim.
    expect((await page.locator('.coder-editor .cm-key-verbatim').allTextContents()).join('')).toBe(
      'On the app, for the price.',
    )
    expect(await page.locator('.coder-editor .cm-key-star').count()).toBe(1)
  }, 90_000)
})

import fs from 'node:fs'
import path from 'node:path'
import { expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { browserSuite } from './browser-suite'
import { appPerTest, newEngagement } from './app-lifecycle'
import { screenshot } from './screenshots'
import { TWO_SPEAKERS_VTT } from './walk/registry'

const apps = appPerTest()

const focused = (page: Page) =>
  page.evaluate(() => {
    const el = (globalThis as unknown as { document: { activeElement: { textContent: string | null } | null } })
      .document.activeElement
    return el?.textContent ?? ''
  })

async function customerInterviewed(chromiumPath: string) {
  const app = await apps.launch(chromiumPath, { locale: 'fr-FR', viewport: { width: 1024, height: 700 } })
  const { page } = app
  await newEngagement(app, 'cycle.terrain')
  await page.keyboard.press('Control+3')
  const form = page.getByRole('form', { name: 'Ajouter un répondant' })
  await form.getByLabel('Groupe').selectOption('customer')
  await form.getByRole('button', { name: 'Ajouter' }).click()
  const interviewButton = page.getByRole('table', { name: 'Répondants' }).getByRole('button', { name: 'Entretien' })
  await interviewButton.waitFor()
  return { app, page, e: await app.engagement(), interviewButton }
}

browserSuite('the life of an interview', (chromiumPath) => {
  it('asks before finishing early, opens a finished interview for review and correction, starts a second only on purpose', async () => {
    const { page, e, interviewButton } = await customerInterviewed(chromiumPath)
    await interviewButton.click()
    await page.getByRole('heading', { name: 'Avant de commencer' }).waitFor()

    // Enter on "Quitter" leaves: it never gives consent.
    await page.getByRole('button', { name: /Quitter/ }).focus()
    await page.keyboard.press('Enter')
    await page.getByRole('button', { name: /Reprendre · R01/ }).waitFor()
    expect(e.interviews.list()[0]).toMatchObject({ status: 'in_progress', consentGiven: false })

    await page.getByRole('button', { name: /Reprendre · R01/ }).click()
    await page.getByRole('heading', { name: 'Avant de commencer' }).waitFor()
    await page.keyboard.press('Enter')
    await page.getByLabel('Réponse', { exact: true }).waitFor()
    await page.keyboard.type('Surtout pour les promotions.')
    await page.keyboard.press('Control+Enter')
    await page.keyboard.type('Je regarde les avis.')
    await page.keyboard.press('Control+Shift+F')

    // Finishing at question 2 of 11: the dialog names what is unanswered, and goes back to it.
    const finishing = page.getByRole('dialog', { name: 'Terminer avec des questions sans réponse ?' })
    await finishing.getByText('9 questions n’ont pas de réponse :').waitFor()
    await screenshot(page, 'interview-finish-early-fr-1024')
    expect(await focused(page)).toBe('Revenir à la question 3')
    await page.keyboard.press('Enter')
    await finishing.waitFor({ state: 'detached' })
    await page.getByText('Question 3 sur 11').waitFor()
    await page.keyboard.press('Control+Shift+F')
    await finishing.getByRole('button', { name: 'Terminer quand même' }).click()
    const interviewId = e.interviews.list()[0]!.id
    await expect.poll(() => e.interviews.get(interviewId)!.status).toBe('completed')

    // "Entretien" again: a choice, not a second interview at the consent screen.
    await interviewButton.click()
    const choice = page.getByRole('dialog', { name: 'Entretiens de R01' })
    await choice.getByText('2 questions sur 11 renseignées', { exact: false }).waitFor()
    await screenshot(page, 'interview-choice-fr-1024')
    // Escape closes it and gives the focus back to the button that opened it.
    await page.keyboard.press('Escape')
    await choice.waitFor({ state: 'detached' })
    expect(await focused(page)).toBe('Entretien')
    expect(e.interviews.list()).toHaveLength(1)

    await interviewButton.click()
    await choice.getByRole('button', { name: 'Relire et corriger' }).click()
    await page.getByText('Relecture · terminé le', { exact: false }).waitFor()
    const answer = page.getByLabel('Réponse', { exact: true })
    expect(await answer.inputValue()).toBe('Surtout pour les promotions.')
    await answer.fill('Surtout pour les promotions et les soldes.')
    await page.keyboard.press('Control+Shift+N')
    await page.keyboard.type('Relu avec le client le lendemain.')
    await screenshot(page, 'interview-review-fr-1024')
    await page.getByRole('button', { name: 'Terminer la relecture' }).first().click()
    await interviewButton.waitFor()
    const firstQuestion = e.guides.get(e.interviews.get(interviewId)!.guideId!)!.questions[0]!
    expect(e.documents.answerOf(interviewId, firstQuestion.id)!.text).toBe('Surtout pour les promotions et les soldes.')
    expect(e.interviews.get(interviewId)).toMatchObject({
      status: 'completed',
      notes: 'Relu avec le client le lendemain.',
    })

    // A second interview, on purpose.
    await interviewButton.click()
    await choice.getByRole('button', { name: 'Commencer un nouvel entretien' }).click()
    await page.getByRole('heading', { name: 'Avant de commencer' }).waitFor()
    expect(e.interviews.list().map((i) => i.status)).toEqual(['completed', 'in_progress'])
  }, 90_000)

  it('discards an abandoned interview after saying what goes, and refuses one whose words are coded', async () => {
    const { page, e, interviewButton } = await customerInterviewed(chromiumPath)
    await interviewButton.click()
    await page.getByRole('heading', { name: /Avant de commencer|Before we start/ }).waitFor()
    await page.keyboard.press('Enter')
    await page.getByLabel('Réponse', { exact: true }).waitFor()
    await page.keyboard.type('Pour les codes promo.')
    await page.getByRole('button', { name: /Quitter/ }).click()
    const resume = page.getByRole('region', { name: 'Reprendre' })
    await resume.getByRole('button', { name: 'Abandonner…' }).click()
    const discard = page.getByRole('alertdialog', { name: 'Abandonner l’entretien de R01 ?' })
    await discard.getByText('1 réponse écrite').waitFor()
    // The safe choice has the focus; Tab stays inside the dialog.
    expect(await focused(page)).toBe('Annuler')
    await page.keyboard.press('Tab')
    expect(await focused(page)).toBe('Abandonner')
    await page.keyboard.press('Tab')
    expect(await focused(page)).toBe('Annuler')
    await screenshot(page, 'interview-discard-fr-1024')
    await discard.getByRole('button', { name: 'Abandonner', exact: true }).click()
    await page.getByText('L’entretien de R01 a été abandonné.').waitFor()
    expect(e.interviews.list()).toEqual([])

    // An interview whose words are coded is kept, and the dialog says why.
    await interviewButton.click()
    await page.getByRole('heading', { name: 'Avant de commencer' }).waitFor()
    await page.keyboard.press('Enter')
    await page.getByLabel('Réponse', { exact: true }).waitFor()
    await page.keyboard.type('Les prix, rien d’autre.')
    await page.keyboard.press('Control+T')
    await page.keyboard.press(e.codebook.get().codes.find((c) => c.key === 'CLI.VAL')!.shortcut!)
    await page.getByRole('list', { name: 'Codé' }).waitFor()
    await page.getByRole('button', { name: /Quitter/ }).click()
    await resume.getByRole('button', { name: 'Abandonner…' }).click()
    await discard.getByText('1 de ses passages sont codés', { exact: false }).waitFor()
    expect(await discard.getByRole('button', { name: 'Abandonner', exact: true }).count()).toBe(0)
    await page.keyboard.press('Escape')
    await discard.waitFor({ state: 'detached' })
    expect(e.interviews.list()).toHaveLength(1)
  }, 90_000)

  it('counts only the time spent in the interview: a night between two sittings adds nothing', async () => {
    const { page, e, interviewButton } = await customerInterviewed(chromiumPath)
    await page.clock.install()
    await interviewButton.click()
    await page.getByRole('heading', { name: 'Avant de commencer' }).waitFor()
    await page.keyboard.press('Enter')
    await page.getByLabel('Réponse', { exact: true }).waitFor()
    await page.clock.fastForward('10:00')
    await page.getByRole('button', { name: /Quitter/ }).click()
    const id = e.interviews.list()[0]!.id
    await expect.poll(() => Math.round(e.interviews.get(id)!.activeMs / 60_000)).toBe(10)

    // The next morning: twenty hours later, the interview resumes at its ten minutes.
    await page.clock.fastForward('20:00:00')
    await page.getByRole('button', { name: /Reprendre · R01/ }).click()
    const total = page.locator('.clock').first().locator('.mono')
    await expect.poll(() => total.textContent()).toMatch(/^10:0\d$/)
    await page.clock.fastForward('05:00')
    await expect.poll(() => total.textContent()).toMatch(/^15:0\d$/)
    await page.getByRole('button', { name: /Quitter/ }).click()
    await expect.poll(() => Math.round(e.interviews.get(id)!.activeMs / 60_000)).toBe(15)
    // The list says fifteen minutes, not twenty hours.
    await page.getByRole('cell', { name: '15 min' }).waitFor()
  }, 90_000)

  it('shows its shortcuts in the interface’s words (Maj, Entrée), the scale keys included, each chord on one line', async () => {
    const { page, interviewButton } = await customerInterviewed(chromiumPath)
    await interviewButton.click()
    await page.getByRole('button', { name: /Consentement donné\s*Entrée/ }).waitFor()
    await page.keyboard.press('Enter')
    await page.getByLabel('Réponse', { exact: true }).waitFor()
    await page.getByText('Notes libres sur l’entretien').locator('kbd').getByText('Ctrl Maj N').waitFor()
    await page.keyboard.press('F1')
    const help = page.getByRole('dialog', { name: 'Raccourcis clavier' })
    await help
      .getByRole('row', { name: /Répondre à une question sur échelle/ })
      .getByText('1 … 9')
      .waitFor()
    const keys = await help.locator('td.keys').allTextContents()
    expect(keys.join(' ')).not.toMatch(/Shift|Enter/)
    expect(keys.some((k) => k.includes('Maj'))).toBe(true)
    // No chord wraps: every key cell is one line high.
    const heights = await help
      .locator('td.keys')
      .evaluateAll((cells) =>
        cells.map((c) => (c as unknown as { getClientRects(): { length: number } }).getClientRects().length),
      )
    expect(heights.every((h) => h === 1)).toBe(true)
    await screenshot(page, 'interview-help-fr-1024')
    await page.keyboard.press('Escape')
    await help.waitFor({ state: 'detached' })
  }, 60_000)

  it('shows a transcript’s speakers before importing it, the interviewer guessed, and marks the one chosen', async () => {
    const { app, page, e, interviewButton } = await customerInterviewed(chromiumPath)
    await interviewButton.click()
    await page.getByRole('heading', { name: 'Avant de commencer' }).waitFor()
    await page.getByRole('button', { name: /Quitter/ }).click()
    const file = path.join(app.dataDir, 'Entretien R01.vtt')
    fs.writeFileSync(file, TWO_SPEAKERS_VTT)
    app.dialogs.nextTranscriptPath = file
    await page.getByRole('button', { name: 'Importer une transcription…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Intervenants de Entretien R01.vtt' })
    await dialog.getByText('Le fichier compte 2\u202ftours de parole. Qui posait les questions\u202f?').waitFor()
    // Claire asks the questions: she is guessed to be the interviewer.
    expect(await dialog.getByRole('radio', { name: /Claire Dubois/ }).isChecked()).toBe(true)
    await dialog.getByText('Par mail, et parfois sur Teams.').waitFor()
    await screenshot(page, 'transcript-speakers-fr-1024')
    expect(e.documents.ofInterview(e.interviews.list()[0]!.id)).toHaveLength(0)
    await dialog.getByRole('button', { name: 'Importer', exact: true }).click()
    await page.getByText('Transcription importée', { exact: false }).waitFor()
    const doc = e.documents.ofInterview(e.interviews.list()[0]!.id).find((d) => d.kind === 'transcript')!
    expect(e.transcriptTurns.ofDocument(doc.id).map((t) => [t.speaker, t.byInterviewer])).toEqual([
      ['Claire Dubois', true],
      ['Marc Petit', false],
    ])
  }, 60_000)
})

import { execFileSync } from 'node:child_process'
import path from 'node:path'
import { expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { browserSuite } from './browser-suite'
import { appPerTest, newEngagement } from './app-lifecycle'
import { screenshot } from './screenshots'
import { finishInterview, saveAnswer, startInterview } from '../../electron/core/interviews/live-interview'
import { applyCoding } from '../../electron/core/coding/apply-coding'

const apps = appPerTest()
const SIZES = [
  { width: 1024, height: 700 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
]

/** The same screen at a 13-inch laptop's size, a common office screen's and a large one's. */
async function atEverySize(page: Page, name: string) {
  for (const size of SIZES) {
    await page.setViewportSize(size)
    await page.waitForTimeout(120)
    await screenshot(page, `pilot-${name}-${size.width}`)
  }
  await page.setViewportSize(SIZES[0]!)
}

browserSuite('a consultant’s first day, in French, on a 13-inch laptop', (chromiumPath) => {
  it('runs an interview, finishes it early, corrects it, codes it, overrides a band and gets a report that says so', async () => {
    const app = await apps.launch(chromiumPath, { locale: 'fr-FR', viewport: SIZES[0] })
    const { page } = app
    await newEngagement(app, 'pilote.terrain')
    const e = await app.engagement()

    // Respondents: one employee added by hand.
    await page.keyboard.press('Control+3')
    const form = page.getByRole('form', { name: 'Ajouter un répondant' })
    await form.getByLabel('Groupe').selectOption('employee')
    await form.getByRole('button', { name: 'Ajouter' }).click()
    const interviewButton = page.getByRole('table', { name: 'Répondants' }).getByRole('button', { name: 'Entretien' })

    // The live interview, finished early: the dialog asks first.
    await interviewButton.click()
    await page.getByRole('heading', { name: 'Avant de commencer' }).waitFor()
    await page.keyboard.press('Enter')
    await page.getByLabel('Réponse', { exact: true }).waitFor()
    await page.keyboard.type('Je passe ma matinée à trier les messages, trop de canaux à la fois.')
    await atEverySize(page, 'interview')
    await page.keyboard.press('Control+Shift+F')
    await page.getByRole('dialog', { name: 'Terminer avec des questions sans réponse ?' }).waitFor()
    await page.getByRole('button', { name: 'Terminer quand même' }).click()
    const interviewId = e.interviews.list()[0]!.id
    await expect.poll(() => e.interviews.get(interviewId)!.status).toBe('completed')

    // Reopened and corrected.
    await interviewButton.click()
    await page
      .getByRole('dialog', { name: 'Entretiens de R01' })
      .getByRole('button', { name: 'Relire et corriger' })
      .click()
    const answer = page.getByLabel('Réponse', { exact: true })
    await answer.fill('Je passe mes matinées à trier les messages, trop de canaux à la fois.')
    await page.getByRole('button', { name: 'Terminer la relecture' }).first().click()
    await interviewButton.waitFor()
    const question = e.guides.get(e.interviews.get(interviewId)!.guideId!)!.questions[0]!
    const doc = e.documents.answerOf(interviewId, question.id)!
    expect(doc.text).toBe('Je passe mes matinées à trier les messages, trop de canaux à la fois.')
    expect(doc.title).toBe(question.text.fr)

    // Coded: the words selected with the keyboard, then the overload code's key.
    const overload = e.codebook.get().codes.find((c) => c.key === 'ATT.OVL')!
    await page.keyboard.press('Control+5')
    await page.locator('.navigator-document').first().click()
    await page.locator('.coder-editor .cm-content').click()
    await page.keyboard.press('Control+Home')
    for (let i = 0; i < 'Je passe mes matinées à trier les messages'.length; i++)
      await page.keyboard.press('Shift+ArrowRight')
    await page.keyboard.press(overload.shortcut!)
    await expect
      .poll(() => e.codings.ofDocument(doc.id).map((c) => c.text))
      .toEqual(['Je passe mes matinées à trier les messages'])
    // Overload codes take the code's default valence, negative: the attention load counts it.
    expect(e.codings.ofDocument(doc.id)[0]!.valence).toBe('-')
    await atEverySize(page, 'coding')

    // Four more employees said the same on site (seeded: the flow under test is the consultant's).
    for (let n = 2; n <= 5; n++) {
      const r = e.respondents.add({ code: `R0${n}`, group: 'employee' })
      const i = startInterview(e, r.id)
      const words = 'Trop de notifications, je ne suis plus rien.'
      const { documentId } = saveAnswer(e, i.id, question.id, words)
      applyCoding(e, { documentId, start: 0, end: 22, codeIds: [overload.id] })
      finishInterview(e, i.id)
    }

    // The diagnosis: attention load high (5 of 5); the consultant sets it to moderate, with a reason.
    await page.keyboard.press('Control+6')
    const kpi = page.locator('.kpi[data-measure="attentionLoad"]')
    await expect.poll(() => kpi.locator('.kpi-band').textContent()).toContain('élevée')
    await kpi.locator('.kpi-edit').click()
    const dialog = page.getByRole('dialog')
    await dialog.getByLabel('Niveau').selectOption('moderate')
    await dialog.getByLabel('Justification (affichée avec le chiffre)').fill('Pic saisonnier de fin de trimestre.')
    await dialog.getByRole('button', { name: 'Corriger', exact: true }).click()
    await kpi.locator('.kpi-override').waitFor()
    await atEverySize(page, 'diagnosis')

    // The report preview: the summary says the consultant's level, and the preview keeps its place.
    await page.keyboard.press('Control+7')
    const preview = page.frameLocator('.report-preview iframe')
    await preview.getByRole('heading', { name: 'Synthèse' }).waitFor()
    await preview
      .getByText('niveau fixé par le consultant, modérée (calculé\u202f: élevée)', { exact: false })
      .first()
      .waitFor()
    const frame = page.locator('.report-preview iframe')
    const scrollOf = () =>
      frame.evaluate((f) => (f as unknown as { contentWindow: { scrollY: number } }).contentWindow.scrollY)
    await frame.evaluate((f) =>
      (f as unknown as { contentWindow: { scrollTo(x: number, y: number): void } }).contentWindow.scrollTo(0, 900),
    )
    await expect.poll(scrollOf).toBe(900)
    await page.getByLabel('Commentaire').first().fill('Surcharge réelle, mais saisonnière.')
    await page.getByLabel('Commentaire').first().blur()
    await preview.getByText('Surcharge réelle, mais saisonnière.').waitFor()
    expect(await scrollOf()).toBe(900)
    await atEverySize(page, 'report')

    // The PDF's executive summary reads the override.
    const out = path.join(app.dataDir, 'rapport.pdf')
    app.dialogs.nextReportPath = out
    await page.getByRole('button', { name: 'Exporter le PDF…' }).click()
    await page.getByRole('status').filter({ hasText: out }).waitFor({ timeout: 60_000 })
    const text = execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
    const summary = text.slice(text.indexOf('Synthèse'), text.indexOf('Synthèse') + 4000)
    expect(summary).toMatch(/fixé par le consultant, modérée \(calculé\s?: élevée\)/)
  }, 180_000)
})

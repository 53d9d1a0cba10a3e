import fs from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'
import type { AppHarness } from '../app-harness'
import { createEngagementFile } from '../../../electron/core/engagement/create-engagement'
import { writeFixture } from '../../helpers/qdpx-fixture'
import { writePartedCopy } from '../../../electron/core/merge/parted-copy'

/**
 * Every screen and dialog of the app, and how to reach it from the demo engagement: the walks
 * (layout, language, accessibility) visit them all, and a test fails when a dialog in the code is
 * missing here. Navigation uses ids and keys, never words, so one registry serves both languages.
 */
export interface ScreenEntry {
  id: string
  /** Reaches the screen from the demo engagement's open workspace. */
  open: (page: Page) => Promise<void>
  /** The start screen is shown before the demo is open. */
  beforeDemo?: boolean
}

export interface DialogEntry {
  /** The component's name, as exported by the file that renders <Dialog>. */
  component: string
  screen: string
  /** Opens it from its screen; by default a click on the first `[data-opens="<component>"]`. */
  open?: (page: Page, app: AppHarness) => Promise<void>
}

/** From the start screen: a small REFI-QDA project chosen, read, its import dialog open. */
async function chooseProject(page: Page, app: AppHarness): Promise<void> {
  const code = '20000000-0000-4000-8000-000000000001'
  app.dialogs.nextQdpxProjectPath = writeFixture({
    origin: 'NVivo 14',
    counting: { unit: 'utf16', crlf: 2 },
    codes: [{ guid: code, name: 'Outils simples' }],
    variables: [{ guid: '30000000-0000-4000-8000-000000000001', name: 'Population', type: 'Text' }],
    cases: [
      { guid: 'd0000000-0000-4000-8000-000000000001', name: 'E01', values: { Population: 'Salariés' }, sources: [] },
    ],
    sources: [
      {
        guid: '40000000-0000-4000-8000-00000000000a',
        name: 'Entretien E01',
        text: 'Je veux des outils simples.',
        selections: [
          { words: 'des outils simples', code },
          { words: 'Je', code, at: { start: 90, end: 95 } },
        ],
      },
    ],
  })
  await page.locator('[data-opens="ProjectImportDialog"]').click()
}

const section = (n: number) => async (page: Page) => {
  await page.keyboard.press(`Control+${n}`)
  await page.locator('main').first().waitFor()
}
const codingTab = (tab: string) => async (page: Page) => {
  await page.keyboard.press('Control+5')
  await page.locator(`#coding-tab-${tab}`).click()
  await page.locator('#coding-panel').waitFor()
}
/** A new interview of the demo's first respondent, on purpose (the demo's are all done). */
const newInterview = async (page: Page) => {
  await page.keyboard.press('Control+3')
  await page.locator('[data-opens="InterviewChoiceDialog"]').first().click()
  await page.locator('.choice-list li').last().getByRole('button').click()
  await page.locator('.live-consent').waitFor()
}

export const SCREENS: ScreenEntry[] = [
  { id: 'start', beforeDemo: true, open: async (page) => void (await page.locator('.start-actions').waitFor()) },
  { id: 'engagement', open: section(1) },
  { id: 'guide', open: section(2) },
  { id: 'interviews', open: section(3) },
  { id: 'live-consent', open: newInterview },
  {
    id: 'live-question',
    open: async (page) => {
      await newInterview(page)
      await page.keyboard.press('Enter')
      await page.locator('.live-question').waitFor()
    },
  },
  {
    id: 'live-review',
    open: async (page) => {
      await page.keyboard.press('Control+3')
      await page.locator('[data-opens="InterviewChoiceDialog"]').first().click()
      await page.locator('.choice-list li').first().getByRole('button').last().click()
      await page.locator('.review-state').waitFor()
    },
  },
  { id: 'codebook', open: section(4) },
  { id: 'coding-code', open: codingTab('code') },
  {
    id: 'coding-document',
    open: async (page) => {
      await codingTab('code')(page)
      await page.locator('.navigator-document').first().click()
      await page.locator('.cm-content').waitFor()
    },
  },
  { id: 'coding-retrieve', open: codingTab('retrieve') },
  { id: 'coding-search', open: codingTab('search') },
  { id: 'coding-autocode', open: codingTab('autocode') },
  { id: 'coding-collectives', open: codingTab('collectives') },
  { id: 'coding-agreement', open: codingTab('agreement') },
  {
    id: 'diagnosis',
    open: async (page) => {
      await section(6)(page)
      await page.locator('[data-chart="perception-gap"] svg').waitFor()
    },
  },
  {
    id: 'report',
    open: async (page) => {
      await section(7)(page)
      await page.locator('iframe').first().waitFor()
    },
  },
]

/** The codebook's code actions need a code chosen in the tree. */
const withCodeSelected = (component: string) => async (page: Page) => {
  await page.locator('.tree-code').first().click()
  await page.locator(`[data-opens="${component}"]`).first().click()
}

export const DIALOGS: DialogEntry[] = [
  { component: 'NewEngagementDialog', screen: 'start' },
  {
    component: 'RecoverySheet',
    screen: 'start',
    open: async (page) => {
      await page.locator('[data-opens="NewEngagementDialog"]').click()
      await page.locator('.new-engagement-dialog .passphrase-fields .button-row button').first().click()
      await page.locator('[data-opens="RecoverySheet"]').click()
    },
  },
  { component: 'ProjectImportDialog', screen: 'start', open: (page, app) => chooseProject(page, app) },
  {
    component: 'ProjectImportReport',
    screen: 'start',
    open: async (page, app) => {
      await chooseProject(page, app)
      await page.locator('.project-import-dialog .encryption-choice input[type="checkbox"]').first().uncheck()
      app.dialogs.nextSavePath = path.join(app.dataDir, `imported-${Date.now()}.terrain`)
      await page.locator('.project-import-dialog button[type="submit"]').click()
    },
  },
  {
    component: 'UnlockDialog',
    screen: 'start',
    open: async (page, app) => {
      const file = path.join(app.dataDir, 'Étude chiffrée.terrain')
      if (!fs.existsSync(file))
        createEngagementFile(file, { language: 'fr', passphrase: 'une phrase secrète de test' }).close()
      app.dialogs.nextOpenPath = file
      await page.locator('.start-actions .action-card').nth(1).click()
    },
  },
  { component: 'EncryptionDialog', screen: 'engagement' },
  { component: 'PackageDialog', screen: 'engagement' },
  {
    component: 'EngagementMergeDialog',
    screen: 'engagement',
    open: async (page, app) => {
      const copy = path.join(app.dataDir, `colleague-${Date.now()}.terrain`)
      writePartedCopy(await app.engagement(), copy)
      app.dialogs.nextMergeSourcePath = copy
      await page.locator('[data-opens="EngagementMergeDialog"]').click()
    },
  },
  { component: 'QuestionDialog', screen: 'guide' },
  { component: 'DuplicateGuideDialog', screen: 'guide' },
  { component: 'EditRespondentDialog', screen: 'interviews' },
  { component: 'InterviewChoiceDialog', screen: 'interviews' },
  { component: 'DiscardInterviewDialog', screen: 'interviews' },
  {
    component: 'TranscriptSpeakersDialog',
    screen: 'interviews',
    open: async (page, app) => {
      const file = path.join(app.dataDir, 'Entretien.vtt')
      fs.writeFileSync(file, TWO_SPEAKERS_VTT)
      app.dialogs.nextTranscriptPath = file
      await page.locator('[data-opens="TranscriptSpeakersDialog"]').first().click()
    },
  },
  { component: 'HelpOverlay', screen: 'live-question' },
  {
    component: 'FinishDialog',
    screen: 'live-question',
    open: async (page) => {
      await page.keyboard.press('Control+Shift+F')
    },
  },
  { component: 'CodeDialog', screen: 'codebook' },
  { component: 'FamilyDialog', screen: 'codebook' },
  { component: 'MergeDialog', screen: 'codebook', open: withCodeSelected('MergeDialog') },
  { component: 'DeleteCodeDialog', screen: 'codebook', open: withCodeSelected('DeleteCodeDialog') },
  { component: 'CollectiveNameDialog', screen: 'coding-collectives' },
  { component: 'LinkEvidenceDialog', screen: 'coding-collectives' },
  { component: 'DeleteCollectiveDialog', screen: 'coding-collectives' },
  { component: 'OverrideDialog', screen: 'diagnosis' },
  { component: 'ThresholdsDialog', screen: 'diagnosis' },
]

/** A Teams caption file with two speakers, as the transcript import would be given. */
export const TWO_SPEAKERS_VTT = [
  'WEBVTT',
  '',
  '00:00:01.000 --> 00:00:04.000',
  '<v Claire Dubois>Comment partagez-vous vos dossiers ?</v>',
  '',
  '00:00:04.500 --> 00:00:09.000',
  '<v Marc Petit>Par mail, et parfois sur Teams.</v>',
  '',
].join('\n')

export async function openDialog(page: Page, d: DialogEntry, app: AppHarness): Promise<void> {
  if (d.open) await d.open(page, app)
  else await page.locator(`[data-opens="${d.component}"]`).first().click()
  await page.locator('[role="dialog"][aria-modal="true"], [role="alertdialog"]').first().waitFor()
}

/** The components that render a <Dialog>, read from the renderer's source. */
export function dialogComponentsInSource(): string[] {
  const root = path.resolve(__dirname, '../../../renderer')
  const found: string[] = []
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(file)
      else if (file.endsWith('.tsx') && /<Dialog\s+title=/.test(fs.readFileSync(file, 'utf8'))) {
        const exported = /export function (\w+)/.exec(fs.readFileSync(file, 'utf8'))
        if (exported && exported[1] !== 'Dialog') found.push(exported[1]!)
      }
    }
  }
  walk(root)
  return found.sort()
}

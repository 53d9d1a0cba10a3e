import fs from 'node:fs'
import path from 'node:path'
import { expect, it } from 'vitest'
import { browserSuite } from './browser-suite'
import { appPerTest, typePassphrase } from './app-lifecycle'
import { screenshot } from './screenshots'
import { writeFixture } from '../helpers/qdpx-fixture'
import { buildDemo } from '../../electron/core/demo/build-demo'
import { exportQdpx } from '../../electron/core/refi-qda/export-qdpx'
import { tempDir } from '../helpers/temp-engagement'

const apps = appPerTest()

const CODE = '20000000-0000-4000-8000-000000000001'
const SOURCE = { a: '40000000-0000-4000-8000-00000000000a', b: '40000000-0000-4000-8000-00000000000b' }

/** An NVivo project: two interviews, a case variable holding the groups, one source left out (audio). */
function nvivoProject(): string {
  return writeFixture({
    origin: 'NVivo 14',
    counting: { unit: 'utf16', crlf: 2 },
    sourcesFolder: 'Sources',
    codes: [{ guid: CODE, name: 'Outils simples 🛠', color: '#1F77B4' }],
    variables: [
      { guid: '30000000-0000-4000-8000-000000000001', name: 'Population', type: 'Text' },
      { guid: '30000000-0000-4000-8000-000000000002', name: 'Service', type: 'Text' },
    ],
    cases: [
      {
        guid: 'd0000000-0000-4000-8000-000000000001',
        name: 'E01',
        values: { Population: 'Salariés', Service: 'Ventes' },
        sources: [SOURCE.a],
      },
      {
        guid: 'd0000000-0000-4000-8000-000000000002',
        name: 'M01',
        values: { Population: 'Managers', Service: 'Ventes' },
        sources: [SOURCE.b],
      },
    ],
    sources: [
      {
        guid: SOURCE.a,
        name: 'Entretien E01',
        text: 'Je veux 😀 des outils simples.\r\nPas une communauté.',
        selections: [{ words: 'des outils simples', code: CODE }],
        bom: true,
      },
      {
        guid: SOURCE.b,
        name: 'Entretien M01',
        text: 'On nous parle de communauté 👥, je veux des réponses.',
        selections: [
          { words: 'je veux des réponses', code: CODE },
          { words: 'réponses', code: CODE, at: { start: 400, end: 420 } },
        ],
      },
    ],
  })
}

browserSuite('a new engagement from a REFI-QDA project', (chromiumPath) => {
  it('asks which variable holds the groups, imports, shows the report, opens it (fr, 1024x700)', async () => {
    const app = await apps.launch(chromiumPath, { locale: 'fr-FR', viewport: { width: 1024, height: 700 } })
    const { page } = app
    app.dialogs.nextQdpxProjectPath = nvivoProject()
    await page.getByRole('button', { name: /Depuis un autre logiciel d’analyse/ }).click()
    const dialog = page.getByRole('dialog', { name: 'Nouvelle mission depuis Fixture' })
    await dialog.getByText('Écrit par NVivo 14 : 2 sources, 2 cas, 3 sélections codées.').waitFor()
    // The variable whose values read as groups is chosen; the consultant may pick another or none.
    expect(await dialog.getByRole('radio', { name: /Population : Salariés, Managers/ }).isChecked()).toBe(true)
    expect(await dialog.getByRole('radio', { name: /Service : Ventes/ }).isChecked()).toBe(false)
    await typePassphrase(page)
    await screenshot(page, 'refi-import-ask-fr-1024')
    const target = path.join(app.dataDir, 'etude-nvivo.terrain')
    app.dialogs.nextSavePath = target
    await dialog.getByRole('button', { name: 'Choisir où enregistrer…' }).click()
    const report = page.getByRole('dialog', { name: 'Importé depuis Fixture' })
    await report.waitFor({ timeout: 30_000 })
    await report.getByText(/Non importé\s*:\s*0 source\(s\), 1 sélection\(s\)/).waitFor()
    await report.getByText(/tombe hors de son texte/).waitFor()
    await report
      .getByText(/en caractères UTF-16/)
      .first()
      .waitFor()
    await screenshot(page, 'refi-import-report-fr-1024')
    await report.getByRole('button', { name: 'Ouvrir la mission' }).click()
    await page.locator('.topbar').waitFor()
    const e = await app.engagement()
    expect(e.respondents.list().map((r) => [r.code, r.group])).toEqual([
      ['E01', 'employee'],
      ['M01', 'manager'],
    ])
    expect(e.db.prepare('SELECT text FROM codings ORDER BY text').pluck().all()).toEqual([
      'des outils simples',
      'je veux des réponses',
    ])
    expect(e.encrypted).toBe(true)
  })

  it('brings a Terrain project back whole, without asking for the groups (en, 1920x1080)', async () => {
    const demo = buildDemo(path.join(tempDir(), 'demo.terrain'), 'en')
    const file = path.join(tempDir(), 'demo.qdpx')
    exportQdpx(demo, file, { origin: 'Terrain', allowNames: true })
    const codings = demo.db.prepare('SELECT count(*) FROM codings').pluck().get()
    demo.close()
    const app = await apps.launch(chromiumPath, { locale: 'en-GB', viewport: { width: 1920, height: 1080 } })
    const { page } = app
    app.dialogs.nextQdpxProjectPath = file
    await page.getByRole('button', { name: /From another QDA tool/ }).click()
    const dialog = page.getByRole('dialog')
    await dialog.getByText(/Exported by Terrain/).waitFor()
    await screenshot(page, 'refi-import-ask-en-1920')
    // Terrain's own project says where its groups are: nothing to ask.
    expect(await dialog.getByRole('radio').count()).toBe(0)
    await dialog.getByLabel(/Encrypt this engagement/).uncheck()
    app.dialogs.nextSavePath = path.join(app.dataDir, 'back.terrain')
    await dialog.getByRole('button', { name: 'Choose where to save…' }).click()
    const report = page.getByRole('dialog', { name: /^Imported from / })
    await report.getByText('Everything in the project came in.').waitFor({ timeout: 60_000 })
    await screenshot(page, 'refi-import-report-en-1920')
    await report.getByRole('button', { name: 'Open the engagement' }).click()
    await page.locator('.topbar .client').waitFor()
    const e = await app.engagement()
    expect(e.db.prepare('SELECT count(*) FROM codings').pluck().get()).toBe(codings)
    expect(fs.existsSync(path.join(app.dataDir, 'back.terrain'))).toBe(true)
  })
})

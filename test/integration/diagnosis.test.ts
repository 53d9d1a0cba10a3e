import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { spawnSync } from 'node:child_process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Session } from '../../electron/core/session'
import { coreHandlers } from '../../electron/core/handlers/core-handlers'
import { dispatch } from '../../electron/core/handlers/dispatch'
import { buildDemo } from '../../electron/core/demo/build-demo'
import { ScriptedDialogs } from '../helpers/test-shell'
import { tempDir } from '../helpers/temp-engagement'
import type { Dashboard } from '../../shared/api/diagnosis'

// The demo engagement is built once, the slow part, and each test opens a copy of its own: a test
// that overrides a band or changes a threshold leaves the next one the demo as built.
let demo: string
beforeAll(() => {
  demo = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'terrain-demo-')), 'demo.terrain')
  buildDemo(demo, 'en').close()
})
afterAll(() => fs.rmSync(path.dirname(demo), { recursive: true, force: true }))

/** A session on a fresh copy of the demo, and a way to make its calls. */
function demoSession() {
  const dir = tempDir()
  const file = path.join(dir, 'demo.terrain')
  fs.copyFileSync(demo, file)
  const session = new Session({ dataDir: path.join(dir, 'app'), appVersion: 'test' })
  const handlers = { ...coreHandlers(session), ...new ScriptedDialogs().inProcessHandlers() }
  const run = async <T>(name: string, input: unknown = {}): Promise<T> => {
    const r = await dispatch(handlers, name, input, { emit: () => undefined })
    if (!r.ok) throw new Error(`${name}: ${r.error.code} ${r.error.message}`)
    return r.value as T
  }
  session.open(file)
  return { file, session, run }
}

describe('the demo engagement’s diagnosis', () => {
  it('tells the story the method is about: pragmatic employees, an idealist company, communities in disguise', async () => {
    const { run, session } = demoSession()
    const { diagnosis: d } = await run<Dashboard>('diagnosis.dashboard')
    expect(d.pragmatism.byGroup.employee.label).toBe('pragmatic')
    expect(d.idealismIndex.band).toBe('idealist')
    expect(d.collectives.band).toBe('projectGroupsInDisguise')
    const gaps = Object.fromEntries(d.perceptionGap.employee.map((r) => [r.code, r]))
    expect(gaps['APP.BEL']!.direction).toBe('overestimate')
    expect(gaps['OUT.FIND']!.direction).toBe('blindSpot')
    const cards = Object.fromEntries(d.motiveCards.customer.map((r) => [r.item, r]))
    expect(cards.community!.gap!).toBeGreaterThan(30)
    expect(cards.discounts!.expressed!).toBeGreaterThan(cards.community!.expressed!)
    const fired = d.recommendations.filter((r) => r.triggered).map((r) => r.id)
    expect(fired).toEqual(expect.arrayContaining(['R1', 'R2', 'R5', 'R11']))
    session.close()
  })

  it('shows the words behind a figure', async () => {
    const { run, session } = demoSession()
    const { diagnosis: d } = await run<Dashboard>('diagnosis.dashboard')
    const row = d.perceptionGap.employee.find((r) => r.code === 'OUT.FIND')!
    const excerpts = await run<{ text: string; respondentCode: string; group: string; question: unknown }[]>(
      'diagnosis.excerpts',
      { refs: row.supporting.slice(0, 5) },
    )
    expect(excerpts).toHaveLength(5)
    for (const x of excerpts) {
      expect(x.text.length).toBeGreaterThan(5)
      expect(x.group).toBe('employee')
      expect(x.respondentCode).toMatch(/^R\d\d$/)
      expect(x.question).not.toBeNull()
    }
    session.close()
  })

  it('keeps a consultant’s band override and recommendation decision through recomputation', async () => {
    const { run, session } = demoSession()
    await run('diagnosis.overrideBand', {
      measure: 'idealismIndex',
      band: 'leaningIdealist',
      reason: 'Two of the five leaders spoke for the board.',
    })
    await run('diagnosis.overrideBand', {
      measure: 'perceptionGap.employee.APP.BEL',
      band: 'notable',
      reason: 'Probes were leading.',
    })
    await run('diagnosis.decideRecommendation', {
      recommendation: 'R4',
      decision: 'rejected',
      reason: 'Already under way.',
    })
    const { diagnosis: d } = await run<Dashboard>('diagnosis.dashboard')
    expect(d.idealismIndex).toMatchObject({
      band: 'idealist',
      override: {
        band: 'leaningIdealist',
        computedBand: 'idealist',
        reason: 'Two of the five leaders spoke for the board.',
      },
    })
    expect(d.perceptionGap.employee.find((r) => r.code === 'APP.BEL')).toMatchObject({ override: { band: 'notable' } })
    expect(d.recommendations.find((r) => r.id === 'R4')).toMatchObject({
      triggered: true,
      decision: { decision: 'rejected', reason: 'Already under way.' },
    })
    await run('diagnosis.clearBandOverride', { measure: 'idealismIndex' })
    expect((await run<Dashboard>('diagnosis.dashboard')).diagnosis.idealismIndex).not.toHaveProperty('override')
    await expect(
      run('diagnosis.overrideBand', { measure: 'attentionLoad', band: 'low', reason: '   ' }),
    ).rejects.toThrow(/INVALID_INPUT/)
    session.close()
  })

  it('reads the thresholds from the engagement’s settings', async () => {
    const { run, session } = demoSession()
    const before = (await run<Dashboard>('diagnosis.dashboard')).diagnosis.idealismIndex
    const settings = await run<{ idealism: { idealistAt: number } }>('diagnosis.updateSettings', {
      diagnosis: { idealism: { idealistAt: before.value! + 1 }, bogus: 3 },
    })
    expect(settings.idealism.idealistAt).toBe(before.value! + 1)
    expect(settings).not.toHaveProperty('bogus')
    const after = await run<Dashboard>('diagnosis.dashboard')
    expect(after.diagnosis.idealismIndex.band).toBe('leaningIdealist')
    expect(after.settings).toMatchObject({ idealism: { idealistAt: before.value! + 1, leaningAt: 5 } })
    session.close()
  })
})

describe('terrain diagnose --json', () => {
  it('prints the documented keys on stdout alone, and reads only', () => {
    const { file, session } = demoSession()
    session.close()
    const r = spawnSync(
      process.execPath,
      [path.resolve(__dirname, '../../scripts/terrain.mjs'), 'diagnose', file, '--json'],
      { encoding: 'utf8' },
    )
    expect(r.status).toBe(0)
    expect(r.stderr).toBe('')
    const d = JSON.parse(r.stdout)
    expect(Object.keys(d.pragmatism.byGroup).sort()).toEqual(['customer', 'employee', 'leadership', 'manager', 'other'])
    expect(d.pragmatism.byGroup.employee).toMatchObject({ label: 'pragmatic', median: expect.any(Number), valid: 10 })
    const rows = d.perceptionGap.employee as {
      code: string
      expressed: number
      hypothesis: number
      gap: number
      band: string
      direction: string | null
      indicative: boolean
    }[]
    for (const row of rows)
      expect(Object.keys(row)).toEqual(
        expect.arrayContaining(['code', 'expressed', 'hypothesis', 'gap', 'band', 'direction', 'indicative']),
      )
    for (let i = 1; i < rows.length; i++) {
      const [a, b] = [rows[i - 1]!, rows[i]!]
      expect(a.expressed > b.expressed || (a.expressed === b.expressed && a.code < b.code)).toBe(true)
    }
    expect(d.idealismIndex).toMatchObject({ value: expect.any(Number), band: 'idealist', indicative: false })
    expect(d.collectives).toMatchObject({ misRate: expect.any(Number), band: 'projectGroupsInDisguise' })
    expect(d.collectives.items.length).toBeGreaterThan(0)
    expect(d.recommendations.map((x: { id: string }) => x.id)).toEqual([
      'R0',
      'R1',
      'R2',
      'R3',
      'R4',
      'R5',
      'R6',
      'R7',
      'R8',
      'R9',
      'R10',
      'R11',
      'R12',
    ])
    for (const x of d.recommendations)
      expect(Object.keys(x)).toEqual(expect.arrayContaining(['id', 'triggered', 'evaluable']))
    expect(Object.keys(d)).toEqual(
      expect.arrayContaining(['motiveCards', 'executionMaturity', 'attentionLoad', 'enablers']),
    )
  })

  it('needs --json and a real engagement', () => {
    const r = spawnSync(
      process.execPath,
      [path.resolve(__dirname, '../../scripts/terrain.mjs'), 'diagnose', 'x.terrain'],
      { encoding: 'utf8', env: { ...process.env, LANG: 'en_GB.UTF-8' } },
    )
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(/needs --json/)
  })
})

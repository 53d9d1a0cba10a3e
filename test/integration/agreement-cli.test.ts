import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3-multiple-ciphers'
import { describe, expect, it } from 'vitest'
import { newCode } from '../helpers/new-code'
import { createFamily, updateFamily } from '../../electron/core/codebook/edit-families'
import { agreementCodings } from '../../electron/core/agreement/agreement-codings'
import { MIGRATIONS } from '../../electron/core/db/migrations'
import m13 from '../../electron/core/db/migrations/0013-exclusive-families'
import { migrate } from '../../electron/core/db/migrate'
import { openEngagementFile } from '../../electron/core/engagement/open-engagement'
import type { Engagement } from '../../electron/core/engagement/engagement'
import { exportCodebook } from '../../electron/core/codebook-transfer/export-codebook'
import { importCodebook } from '../../electron/core/codebook-transfer/import-codebook'
import { answerUnitsAgreement } from '../../shared/domain/agreement/answer-units'
import { exclusiveFamilyAgreement } from '../../shared/domain/agreement/family-agreement'
import { terrain } from '../helpers/run-terrain'
import { tempDir, tempEngagement, track } from '../helpers/temp-engagement'

const VECTORS = JSON.parse(fs.readFileSync(new URL('../fixtures/agreement-vectors.json', import.meta.url), 'utf8'))
  .vectors as { id: string; coders: (string | null)[][]; expect: Record<string, unknown> }[]
const vector = (id: string) => VECTORS.find((v) => v.id.startsWith(id))!

/**
 * An engagement where each coder of `coders` (named) coded answer i with the family code the
 * vector gives (none where null), in an exclusive family APPROACH of codes OUT, APP, COM, PRJ.
 */
function codedByVector(
  values: (string | null)[][],
  names: string[],
  extra?: (e: Engagement, docs: string[], coders: string[]) => void,
) {
  const e = tempEngagement('en')
  const family = createFamily(e, {
    key: 'APPROACH',
    name: { fr: 'Approche', en: 'Approach' },
    color: '#336699',
    exclusive: true,
  })
  const codes = new Map(
    ['OUT', 'APP', 'COM', 'PRJ'].map((k) => [
      k,
      newCode(e, { familyId: family.id, parentId: null, key: `APPROACH.${k}`, name: { fr: k, en: k } }).id,
    ]),
  )
  const respondent = e.respondents.add({ code: 'E01', group: 'employee' })
  const coders = names.map((n) => e.coders.add(n).id)
  const docs = values[0]!.map(
    (_, i) => e.documents.add({ kind: 'imported', respondentId: respondent.id, text: `Answer number ${i + 1}.` }).id,
  )
  values.forEach((row, j) =>
    row.forEach((value, i) => {
      if (value === null) return
      e.codings.add({
        documentId: docs[i]!,
        start: 0,
        end: 6,
        codeId: codes.get(value)!,
        coderId: coders[j]!,
        stance: 'SELF',
        target: null,
        valence: '0',
        intensity: null,
      })
    }),
  )
  extra?.(e, docs, coders)
  return { e, codes, coders, docs }
}

describe('alpha over an exclusive family, answers as units', () => {
  it('gives the published vectors: V4 (two coders) 44/67, V5 (three, one missing) 299/435', () => {
    const v4 = codedByVector(vector('V4').coders, ['Claire', 'Antoine']).e
    const codings = agreementCodings(v4.db)
    const keys = new Set(['APPROACH.OUT', 'APPROACH.APP', 'APPROACH.COM', 'APPROACH.PRJ'])
    const two = exclusiveFamilyAgreement(
      'APPROACH',
      keys,
      codings,
      v4.coders.list().map((c) => c.id),
    )
    expect(two.alpha).toBeCloseTo(44 / 67, 12)
    expect(two.pairable).toBe(12)
    const v5 = codedByVector(vector('V5').coders, ['A', 'B', 'C']).e
    const three = exclusiveFamilyAgreement(
      'APPROACH',
      keys,
      agreementCodings(v5.db),
      v5.coders.list().map((c) => c.id),
    )
    expect(three.alpha).toBeCloseTo(299 / 435, 12)
    expect(three.pairable).toBe(12)
  })

  it('reads "none of the family" for an answer coded with other codes only, and reports two codes of it on one answer', () => {
    const { e, coders, docs, codes } = codedByVector(
      [
        ['OUT', 'APP', null, 'PRJ'],
        ['OUT', 'APP', null, 'COM'],
      ],
      ['A', 'B'],
      (e, docs, coders) => {
        const other = newCode(e, {
          familyId: createFamily(e, { name: { fr: 'Autre', en: 'Other' }, color: '#999999' }).id,
          parentId: null,
          key: 'OTHER.X',
          name: { fr: 'X', en: 'X' },
        })
        // Answer 3: both coded it, with another family's code only: both "none of the family", agreeing.
        for (const coderId of coders)
          e.codings.add({
            documentId: docs[2]!,
            start: 0,
            end: 6,
            codeId: other.id,
            coderId,
            stance: 'SELF',
            target: null,
            valence: '0',
            intensity: null,
          })
      },
    )
    const keys = new Set([...codes.keys()].map((k) => `APPROACH.${k}`))
    const ids = e.coders.list().map((c) => c.id)
    const before = exclusiveFamilyAgreement('APPROACH', keys, agreementCodings(e.db), ids)
    expect(before.pairable).toBe(4)
    // Units OUT/OUT, APP/APP, none/none, PRJ/COM: n = 8, 2 disagreeing pairs, sum of n_c n_k (c != k) = 64 - 14.
    expect(before.alpha).toBeCloseTo(1 - (7 * 2) / 50, 12)
    // Coder B applies a second code of the family to answer 1: reported, and the answer is not counted.
    e.codings.add({
      documentId: docs[0]!,
      start: 7,
      end: 13,
      codeId: codes.get('APP')!,
      coderId: coders[1]!,
      stance: 'SELF',
      target: null,
      valence: '0',
      intensity: null,
    })
    const after = exclusiveFamilyAgreement('APPROACH', keys, agreementCodings(e.db), ids)
    expect(after.doubleCoded).toEqual([
      { documentId: docs[0], coderId: coders[1], codeKeys: ['APPROACH.APP', 'APPROACH.OUT'] },
    ])
    expect(after.pairable).toBe(3)
  })
})

describe('terrain agreement --json', () => {
  it('prints per code and per exclusive family what the agreement functions give on the same units', () => {
    const { e } = codedByVector(vector('V5').coders, ['Claire', 'Dupont, Marie', 'Antoine'])
    const listed = e.coders.list()
    const ids = listed.map((c) => c.id)
    const idOf = (name: string) => listed.find((c) => c.name === name)!.id
    const codings = agreementCodings(e.db)
    const expected = answerUnitsAgreement(codings, ids)
    e.close()
    const all = terrain(['agreement', e.path, '--json'])
    expect(all.code).toBe(0)
    const json = JSON.parse(all.stdout)
    expect(json.coders.map((c: { name: string }) => c.name)).toEqual(listed.map((c) => c.name))
    expect(json.families.APPROACH.alpha).toBeCloseTo(299 / 435, 12)
    expect(json.families.APPROACH.pairable).toBe(12)
    for (const c of expected.codes)
      expect(json.codes[c.key]).toEqual({ alpha: c.alpha, kappa: null, percent: c.percent, pairable: c.units })
    expect(json.meanAlpha).toBe(expected.meanAlpha)

    // Two coders named, one with a comma in her name: kappa appears, and the family's alpha is V4's.
    const pair = terrain(['agreement', e.path, '--json', '--coder', 'claire', '--coder', 'Dupont, Marie'])
    expect(pair.code).toBe(0)
    const two = JSON.parse(pair.stdout)
    expect(two.coders.map((c: { name: string }) => c.name)).toEqual(['Claire', 'Dupont, Marie'])
    const twoExpected = answerUnitsAgreement(codings, [idOf('Claire'), idOf('Dupont, Marie')])
    for (const c of twoExpected.codes) expect(two.codes[c.key].kappa).toBe(c.kappa)
    expect(two.families.APPROACH.alpha).toBeCloseTo(44 / 67, 12)
  })

  it('refuses one coder, an unknown coder (listing them) and a missing --json, exit 2', () => {
    const { e } = codedByVector(vector('V4').coders, ['Claire', 'Antoine'])
    e.close()
    const one = terrain(['agreement', e.path, '--json', '--coder', 'Claire'])
    expect(one.code).toBe(2)
    expect(one.stderr).toContain('at least two coders')
    const unknown = terrain(['agreement', e.path, '--json', '--coder', 'Claire', '--coder', 'Zoé'])
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toMatch(/coders: (Antoine, Claire|Claire, Antoine)\./)
    expect(terrain(['agreement', e.path]).code).toBe(2)
  })
})

describe('the exclusive flag of a family', () => {
  it('travels in the codebook JSON and the .qdc, and comes back on import', () => {
    const e = tempEngagement('fr')
    const family = e.codebook.families()[0]!
    updateFamily(e, family.id, { exclusive: true })
    for (const ext of ['json', 'qdc']) {
      const file = path.join(tempDir(), `codebook.${ext}`)
      exportCodebook(e, file, ext as 'json' | 'qdc')
      expect(fs.readFileSync(file, 'utf8')).toMatch(
        ext === 'json' ? /"exclusive": true/ : /Codes mutuellement exclusifs: oui/,
      )
      const other = tempEngagement('fr')
      expect(other.codebook.family(family.id)!.exclusive).toBe(false)
      importCodebook(other, file)
      expect(other.codebook.family(family.id)!.exclusive).toBe(true)
    }
  })

  it('is off for the families of a file made before it existed (migration 0013)', () => {
    const file = path.join(tempDir(), 'v12.terrain')
    const db = new Database(file)
    migrate(db, MIGRATIONS.slice(0, MIGRATIONS.indexOf(m13)))
    db.prepare(
      "INSERT INTO code_families (id, key, name_fr, name_en, color) VALUES ('00000000-0000-4000-8000-000000000001', 'F', 'F', 'F', '#000000')",
    ).run()
    db.close()
    const e = track(openEngagementFile(file))
    expect(e.codebook.families().map((f) => f.exclusive)).toEqual([false])
  })
})

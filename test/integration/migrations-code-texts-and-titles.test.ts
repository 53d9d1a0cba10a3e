import path from 'node:path'
import Database from 'better-sqlite3-multiple-ciphers'
import { describe, expect, it } from 'vitest'
import m1 from '../../electron/core/db/migrations/0001-initial'
import m2 from '../../electron/core/db/migrations/0002-report-choices'
import m3 from '../../electron/core/db/migrations/0003-transcript-turns'
import m4 from '../../electron/core/db/migrations/0004-campaign-plan'
import m5 from '../../electron/core/db/migrations/0005-key-verbatims'
import m6 from '../../electron/core/db/migrations/0006-evidence-criterion'
import m7 from '../../electron/core/db/migrations/0007-code-rules-in-both-languages'
import m8 from '../../electron/core/db/migrations/0008-code-default-valence'
import { migrate } from '../../electron/core/db/migrate'
import { SCHEMA_VERSION } from '../../electron/core/db/migrations'
import { listBackups } from '../../electron/core/db/backups'
import { openEngagementFile } from '../../electron/core/engagement/open-engagement'
import { defaultCodebook, sourceCodeId } from '../../electron/core/codebook/default-codebook'
import { tempDir, track } from '../helpers/temp-engagement'

const T = '2026-01-01T00:00:00.000Z'
const CODEBOOK = defaultCodebook()
const defaultId = (key: string) => sourceCodeId(CODEBOOK.id, key)
const source = (key: string) => CODEBOOK.families.flatMap((f) => f.codes).find((c) => c.key === key)!

/** The EXE.GOV definition engagements were made with, before it stopped naming a raw flag. */
const OLD_GOVERNANCE = {
  fr: "Indicateurs, sponsors, budget, feuille de route. Marquer activityOnly quand les indicateurs ne sont que de l'activité (connexions, posts, membres).",
  en: 'KPIs, sponsors, budget, roadmap. Flag activityOnly when the metrics are only activity (logins, posts, members).',
}

/** A code row as a file at schema 6 stores it: one include and one exclude column. */
function insertOldCode(
  db: Database.Database,
  c: { id: string; key: string; include: string; exclude?: string; definition?: { fr: string; en: string } },
): void {
  db.prepare(
    `INSERT INTO codes (id, key, name_fr, name_en, definition_fr, definition_en, include_rule, exclude_rule, color,
       created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, '#000000', ?, ?)`,
  ).run(c.id, c.key, c.key, c.key, c.definition?.fr ?? '', c.definition?.en ?? '', c.include, c.exclude ?? '', T, T)
}

describe('migration 0007: a code’s rules in French and in English', () => {
  it('keeps the rules as the English ones and gives the default codes their French, unless the consultant rewrote them', () => {
    const dir = tempDir()
    const file = path.join(dir, 'v6.terrain')
    const db = new Database(file)
    migrate(db, [m1, m2, m3, m4, m5, m6])
    const find = source('OUT.FIND')
    const overload = source('ATT.OVL')
    // A default code as it was made: the method's English rules.
    insertOldCode(db, {
      id: defaultId('OUT.FIND'),
      key: 'OUT.FIND',
      include: find.include.en,
      exclude: find.exclude.en,
    })
    // A default code whose include the consultant rewrote (its exclude is still the default's).
    insertOldCode(db, {
      id: defaultId('ATT.OVL'),
      key: 'ATT.OVL',
      include: 'volume, Teams pings, meetings',
      exclude: overload.exclude.en,
    })
    // The consultant's own code, and a code with a default key that another codebook made.
    insertOldCode(db, { id: '00000000-0000-4000-8000-000000000001', key: 'OUT.FIND.X', include: 'directories' })
    insertOldCode(db, {
      id: '00000000-0000-4000-8000-000000000002',
      key: 'OUT.EFF',
      include: source('OUT.EFF').include.en,
    })
    insertOldCode(db, { id: defaultId('EXE.GOV'), key: 'EXE.GOV', include: 'KPIs', definition: OLD_GOVERNANCE })
    insertOldCode(db, {
      id: defaultId('EXE.UC'),
      key: 'EXE.UC',
      include: '',
      definition: { fr: 'Nos propres mots', en: 'Our own words' },
    })
    db.close()

    const backups = path.join(dir, 'backups')
    const e = track(openEngagementFile(file, { backupDir: backups }))
    expect(e.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION)
    const columns = (e.db.pragma('table_info(codes)') as { name: string }[]).map((c) => c.name)
    expect(columns).toEqual(expect.arrayContaining(['include_fr', 'include_en', 'exclude_fr', 'exclude_en']))
    expect(columns).not.toContain('include_rule')
    expect(columns).not.toContain('exclude_rule')

    expect(e.codebook.codeByKey('OUT.FIND')).toMatchObject({ include: find.include, exclude: find.exclude })
    expect(find.include.fr).toMatch(/^recherche, «\u202fqui sait quoi\u202f»/)
    expect(e.codebook.codeByKey('ATT.OVL')).toMatchObject({
      include: { fr: '', en: 'volume, Teams pings, meetings' },
      exclude: overload.exclude,
    })
    expect(e.codebook.codeByKey('OUT.FIND.X')).toMatchObject({ include: { fr: '', en: 'directories' } })
    expect(e.codebook.codeByKey('OUT.EFF')).toMatchObject({ include: { fr: '', en: source('OUT.EFF').include.en } })
    // The definition that named a raw flag takes the default's current wording; one the consultant wrote stays.
    expect(e.codebook.codeByKey('EXE.GOV')!.definition).toEqual(source('EXE.GOV').definition)
    expect(source('EXE.GOV').definition.fr).not.toMatch(/activityOnly/)
    expect(e.codebook.codeByKey('EXE.UC')!.definition).toEqual({ fr: 'Nos propres mots', en: 'Our own words' })

    const before = listBackups(file, backups).filter((f) => f.includes('.before-v'))
    expect(before).toHaveLength(1)
    const copy = new Database(before[0]!, { readonly: true })
    expect(copy.pragma('user_version', { simple: true })).toBe(6)
    copy.close()
  })
})

describe('migration 0008: the valence a code’s new codings take', () => {
  it('makes overload and fragmentation negative by default, leaves every other code and every coding as it was', () => {
    const dir = tempDir()
    const file = path.join(dir, 'v7.terrain')
    const db = new Database(file)
    migrate(db, [m1, m2, m3, m4, m5, m6, m7])
    for (const key of ['ATT.OVL', 'ATT.FRAG', 'OUT.FIND'])
      db.prepare(
        "INSERT INTO codes (id, key, name_fr, name_en, color, created_at, updated_at) VALUES (?, ?, ?, ?, '#000000', ?, ?)",
      ).run(defaultId(key), key, key, key, T, T)
    db.prepare(
      "INSERT INTO codes (id, key, name_fr, name_en, color, created_at, updated_at) VALUES ('own', 'ATT.MAIL', 'Mails', 'Mail', '#000000', ?, ?)",
    ).run(T, T)
    db.prepare("INSERT INTO coders VALUES ('c', 'Ana', 'A', 'person', ?)").run(T)
    db.prepare(
      "INSERT INTO documents (id, kind, text, created_at, updated_at) VALUES ('d', 'answer', 'Trop de mails.', ?, ?)",
    ).run(T, T)
    db.prepare(
      `INSERT INTO codings (id, document_id, start, end, text, code_id, coder_id, stance, valence, created_at, updated_at)
       VALUES ('g', 'd', 0, 4, 'Trop', ?, 'c', 'SELF', '0', ?, ?)`,
    ).run(defaultId('ATT.OVL'), T, T)
    db.close()

    const e = track(openEngagementFile(file, { backupDir: path.join(dir, 'backups') }))
    expect(e.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION)
    const valence = (key: string) => e.codebook.codeByKey(key)!.defaultValence
    expect([valence('ATT.OVL'), valence('ATT.FRAG'), valence('OUT.FIND'), valence('ATT.MAIL')]).toEqual([
      '-',
      '-',
      '0',
      '0',
    ])
    // A coding already made keeps the valence its coder gave it.
    expect(e.codings.get('g')!.valence).toBe('0')
    expect(() => e.db.prepare("UPDATE codes SET default_valence = 'x' WHERE key = 'ATT.MAIL'").run()).toThrow(/CHECK/)
  })
})

describe('migration 0009: an answer is titled by its question, in the engagement’s language', () => {
  it('retitles English-titled answers in French, then keeps titles in step with rewordings and the language', () => {
    const dir = tempDir()
    const file = path.join(dir, 'v8.terrain')
    const db = new Database(file)
    migrate(db, [m1, m2, m3, m4, m5, m6, m7, m8])
    db.prepare("INSERT INTO engagement (id, language, created_at, updated_at) VALUES ('e', 'fr', ?, ?)").run(T, T)
    db.prepare("INSERT INTO respondents VALUES ('r', 'R01', 'employee', NULL, NULL, NULL, ?, ?)").run(T, T)
    db.prepare(
      "INSERT INTO guides (id, group_key, name_fr, name_en, created_at, updated_at) VALUES ('g', 'employee', 'Guide', 'Guide', ?, ?)",
    ).run(T, T)
    const question = db.prepare(
      "INSERT INTO questions (id, guide_id, position, text_fr, text_en, type) VALUES (?, 'g', ?, ?, ?, 'open')",
    )
    question.run('q1', 0, 'Quels outils utilisez-vous\u202f?', 'Which tools do you use?')
    question.run('q2', 1, '', 'Only in English?')
    db.prepare(
      "INSERT INTO interviews (id, respondent_id, status, created_at, updated_at) VALUES ('i', 'r', 'completed', ?, ?)",
    ).run(T, T)
    const doc = db.prepare(
      `INSERT INTO documents (id, interview_id, respondent_id, question_id, kind, title, text, created_at, updated_at)
       VALUES (?, 'i', 'r', ?, ?, ?, 'Du texte.', ?, ?)`,
    )
    doc.run('a1', 'q1', 'answer', 'Which tools do you use?', T, T)
    doc.run('a2', 'q2', 'answer', 'Only in English?', T, T)
    doc.run('t', null, 'transcript', 'teams.vtt', T, T)
    doc.run('lost', null, 'answer', 'A question since deleted', T, T)
    db.close()

    const e = track(openEngagementFile(file, { backupDir: path.join(dir, 'backups') }))
    expect(e.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION)
    const title = (id: string) => e.documents.get(id)!.title
    expect(title('a1')).toBe('Quels outils utilisez-vous\u202f?')
    // No French wording: the English one rather than nothing.
    expect(title('a2')).toBe('Only in English?')
    // Documents that are not answers to a question keep their titles.
    expect(title('t')).toBe('teams.vtt')
    expect(title('lost')).toBe('A question since deleted')

    const q1 = e.guides.question('q1')!
    e.transaction(() =>
      e.guides.updateQuestion('q1', { ...q1, text: { ...q1.text, fr: 'Quels outils vous servent\u202f?' } }),
    )
    expect(title('a1')).toBe('Quels outils vous servent\u202f?')
    e.transaction(() => e.info.update({ language: 'en' }))
    expect([title('a1'), title('a2'), title('t')]).toEqual(['Which tools do you use?', 'Only in English?', 'teams.vtt'])
    // Another change of the engagement leaves the titles alone.
    e.transaction(() => e.info.update({ client: 'Acme' }))
    expect(title('a1')).toBe('Which tools do you use?')
  })
})

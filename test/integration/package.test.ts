import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { agreementCodings } from '../../electron/core/agreement/agreement-codings'
import { SeededRandom } from '../../electron/core/demo/seeded-random'
import { openEngagementFile } from '../../electron/core/engagement/open-engagement'
import { answerUnitsAgreement } from '../../shared/domain/agreement/answer-units'
import { terrain } from '../helpers/run-terrain'
import { tempDir } from '../helpers/temp-engagement'
import { tick } from '../helpers/tick'

const count = (file: string, table: string, passphrase?: string) => {
  const e = openEngagementFile(file, { passphrase })
  const n = e.db.prepare<[], { n: number }>(`SELECT count(*) AS n FROM ${table}`).get()!.n
  e.close()
  return n
}

describe('coding packages for blind double coding', () => {
  it('package, code as another consultant, merge back: the agreement is what the agreement functions give', () => {
    const dir = tempDir()
    const lead = path.join(dir, 'lead.terrain')
    expect(terrain(['demo', lead, '--lang', 'en']).code).toBe(0)
    const l = openEngagementFile(lead)
    const realNames = l.identities.realNames()
    const leadCoder = l.coders.list()[0]!
    const texts = l.db.prepare<[], { n: number }>("SELECT count(*) AS n FROM documents WHERE kind <> 'notes'").get()!.n
    l.close()

    const pkg = path.join(dir, 'marie.terrain')
    const made = terrain([
      'package',
      lead,
      '--out',
      pkg,
      '--coder',
      'Marie Dupont',
      '--sample',
      '20%',
      '--seed',
      '3',
      '--json',
    ])
    expect(made.code).toBe(0)
    const summary = JSON.parse(made.stdout)
    expect(summary).toMatchObject({ coder: 'Marie Dupont', documents: Math.ceil(texts * 0.2) })
    // Nothing that would unblind or identify: no one's codings or memos, no evidence, no real name.
    for (const table of [
      'codings',
      'memos',
      'collectives',
      'collective_evidence',
      'key_verbatims',
      'respondent_identities',
      'tombstones',
    ])
      expect(count(pkg, table), table).toBe(0)
    const bytes = fs.readFileSync(pkg)
    for (const name of realNames) expect(bytes.includes(Buffer.from(name)), name).toBe(false)

    // Marie codes what she was given, as herself: mostly as the lead did, sometimes otherwise.
    tick()
    const lead2 = openEngagementFile(lead)
    const p = openEngagementFile(pkg)
    const marie = p.coders.list().find((c) => c.name === 'Marie Dupont')!
    const codes = p.codebook.get().codes.map((c) => c.id)
    const random = new SeededRandom(5)
    let coded = 0
    const documentsCoded = new Set<string>()
    for (const { id } of p.db.prepare<[], { id: string }>('SELECT id FROM documents').all())
      for (const c of lead2.codings.ofDocument(id).filter((x) => x.coderId === leadCoder.id)) {
        p.codings.add({ ...c, codeId: random.chance(0.25) ? random.pick(codes) : c.codeId, coderId: marie.id })
        coded++
        documentsCoded.add(id)
      }
    lead2.close()
    p.close()
    expect(coded).toBeGreaterThan(10)

    const merged = terrain(['merge', lead, pkg, '--json'])
    expect(merged.code).toBe(0)
    const [m] = JSON.parse(merged.stdout)
    // Only her work comes in: her codings and her name; nothing the package left out is deleted.
    expect(m.tables).toEqual({
      coders: { added: 1, updated: 0, deleted: 0 },
      codings: { added: coded, updated: 0, deleted: 0 },
    })
    expect(count(lead, 'respondent_identities')).toBe(realNames.length)

    const after = openEngagementFile(lead)
    const marieId = after.coders.list().find((c) => c.name === 'Marie Dupont')!.id
    const expected = answerUnitsAgreement(agreementCodings(after.db), [leadCoder.id, marieId])
    after.close()
    const agreement = terrain(['agreement', lead, '--json', '--coder', leadCoder.name, '--coder', 'Marie Dupont'])
    expect(agreement.code).toBe(0)
    const json = JSON.parse(agreement.stdout)
    expect(json.units).toBe(expected.units.length)
    // The units are the answers of the package both coded.
    expect(json.units).toBe(documentsCoded.size)
    for (const c of expected.codes)
      expect(json.codes[c.key]).toEqual({ alpha: c.alpha, kappa: c.kappa, percent: c.percent, pairable: c.units })
    expect(json.meanAlpha).toBe(expected.meanAlpha)
  }, 60_000)

  it('packages a respondent or a group; an encrypted engagement gives an encrypted package', () => {
    const dir = tempDir()
    const pass = path.join(dir, 'pass.txt')
    fs.writeFileSync(pass, 'a long enough secret phrase\n')
    const lead = path.join(dir, 'lead.terrain')
    expect(terrain(['demo', lead, '--lang', 'en', '--encrypt', '--passphrase-file', pass]).code).toBe(0)
    const pkg = path.join(dir, 'customers.terrain')
    expect(
      terrain(['package', lead, '--out', pkg, '--coder', 'Ana', '--group', 'customer', '--passphrase-file', pass]).code,
    ).toBe(0)
    expect(terrain(['info', pkg]).stderr).toMatch(/is encrypted/)
    const e = openEngagementFile(pkg, { passphrase: 'a long enough secret phrase' })
    const groups = e.db
      .prepare<[], { g: string }>(
        `SELECT DISTINCT r.group_key AS g FROM documents d LEFT JOIN interviews i ON i.id = d.interview_id
         JOIN respondents r ON r.id = coalesce(d.respondent_id, i.respondent_id)`,
      )
      .all()
      .map((r) => r.g)
    e.close()
    expect(groups).toEqual(['customer'])
    const one = path.join(dir, 'one.terrain')
    expect(
      terrain(['package', lead, '--out', one, '--coder', 'Ana', '--respondents', 'R01', '--passphrase-file', pass])
        .code,
    ).toBe(0)
    const bad = terrain([
      'package',
      lead,
      '--out',
      path.join(dir, 'x.terrain'),
      '--coder',
      'Ana',
      '--respondents',
      'Z99',
      '--passphrase-file',
      pass,
    ])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('Z99')
    expect(
      terrain([
        'package',
        lead,
        '--out',
        path.join(dir, 'y.terrain'),
        '--coder',
        'Ana',
        '--group',
        'customer',
        '--sample',
        '10%',
      ]).code,
    ).toBe(2)
    expect(
      terrain(['package', lead, '--out', path.join(dir, 'z.terrain'), '--coder', 'Ana', '--sample', '0%']).code,
    ).toBe(2)
  }, 60_000)

  it('gives a package a passphrase of its own: the colleague’s opens it, the lead’s does not, and it merges back', () => {
    const dir = tempDir()
    const write = (name: string, text: string) => {
      fs.writeFileSync(path.join(dir, name), `${text}\n`)
      return path.join(dir, name)
    }
    const leads = write('lead.txt', 'the lead consultant secret')
    const anas = write('ana.txt', 'ana has her own secret')
    const short = write('short.txt', 'short')
    const lead = path.join(dir, 'lead.terrain')
    expect(terrain(['demo', lead, '--lang', 'en', '--encrypt', '--passphrase-file', leads]).code).toBe(0)
    const pkg = path.join(dir, 'ana.terrain')
    const args = ['package', lead, '--out', pkg, '--coder', 'Ana', '--group', 'customer', '--passphrase-file', leads]
    // Too short a passphrase is refused before anything is written.
    const refused = terrain([...args, '--new-passphrase-file', short])
    expect(refused.code).toBe(2)
    expect(fs.existsSync(pkg)).toBe(false)
    expect(terrain([...args, '--new-passphrase-file', anas]).code).toBe(0)
    expect(() => openEngagementFile(pkg, { passphrase: 'the lead consultant secret' }).close()).toThrow()
    const e = openEngagementFile(pkg, { passphrase: 'ana has her own secret' })
    expect(e.db.pragma('quick_check', { simple: true })).toBe('ok')
    expect(e.db.pragma('journal_mode', { simple: true })).toBe('wal')
    const documents = e.db.prepare('SELECT count(*) FROM documents').pluck().get() as number
    e.close()
    expect(documents).toBeGreaterThan(0)
    const merged = terrain(['merge', lead, pkg, '--json', '--passphrase-file', leads, '--source-passphrase-file', anas])
    expect(merged.code).toBe(0)
    // Ana comes in as a coder, and the lead's file still opens with the lead's passphrase only.
    const back = openEngagementFile(lead, { passphrase: 'the lead consultant secret' })
    expect(back.coders.list().map((c) => c.name)).toContain('Ana')
    back.close()

    // A plain engagement's package may be encrypted too, under its own passphrase.
    const plain = path.join(dir, 'plain.terrain')
    expect(terrain(['demo', plain, '--lang', 'fr']).code).toBe(0)
    const sealed = path.join(dir, 'sealed.terrain')
    expect(
      terrain([
        'package',
        plain,
        '--out',
        sealed,
        '--coder',
        'Ana',
        '--respondents',
        'R01',
        '--new-passphrase-file',
        anas,
      ]).code,
    ).toBe(0)
    expect(terrain(['info', sealed]).stderr).toMatch(/is encrypted/)
    openEngagementFile(sealed, { passphrase: 'ana has her own secret' }).close()
  }, 60_000)
})

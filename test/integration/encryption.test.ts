import fs from 'node:fs'
import path from 'node:path'
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { Session } from '../../electron/core/session'
import type { SecretBox } from '../../electron/core/security/passphrase-keeper'
import { saveAnswer, startInterview } from '../../electron/core/interviews/live-interview'
import { checkEngagementFile } from '../../electron/core/db/file-identity'
import { coreHandlers } from '../../electron/core/handlers/core-handlers'
import { dispatch } from '../../electron/core/handlers/dispatch'
import { tempDir } from '../helpers/temp-engagement'
import { ScriptedDialogs } from '../helpers/test-shell'
import type { EngagementSummary } from '../../shared/api/engagement'

const PASSPHRASE = 'quatre chevaux blancs à Nantes'
const SAID = 'Je ne fais plus confiance au réseau social interne depuis la réorganisation'

/** A keychain as safeStorage gives one: sealed with a key the OS holds (here, this process). */
function testKeychain(available = true): SecretBox {
  const key = randomBytes(32)
  return {
    available: () => available,
    seal: (text) => {
      const iv = randomBytes(12)
      const c = createCipheriv('aes-256-gcm', key, iv)
      const body = Buffer.concat([c.update(text, 'utf8'), c.final()])
      return Buffer.concat([iv, c.getAuthTag(), body])
    },
    open: (sealed) => {
      const d = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, 12))
      d.setAuthTag(sealed.subarray(12, 28))
      return Buffer.concat([d.update(sealed.subarray(28)), d.final()]).toString('utf8')
    },
  }
}

function setUp(secretBox?: SecretBox) {
  const dir = tempDir()
  const session = new Session({ dataDir: path.join(dir, 'app-data'), appVersion: 'test', secretBox })
  const handlers = { ...coreHandlers(session), ...new ScriptedDialogs().inProcessHandlers() }
  const call = (name: string, input: unknown) => dispatch(handlers, name, input, { emit: () => undefined })
  return { dir, session, call, file: path.join(dir, 'study.terrain') }
}

/** Types one answer in a live interview of the open engagement. */
function interview(session: Session, text: string): void {
  const e = session.requireEngagement()
  const r = e.transaction(() => e.respondents.add({ code: 'E01', group: 'employee' }))
  const i = startInterview(e, r.id)
  const q = e.guides.get(i.guideId!)!.questions[0]!.id
  saveAnswer(e, i.id, q, text)
}

/** Every file of the engagement and the app's folder (WAL, backups, recent list, temporary files). */
function everyFileUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.join(d.parentPath, d.name))
}

const holds = (file: string, text: string) =>
  fs.readFileSync(file).includes(Buffer.from(text, 'utf8')) ||
  fs.readFileSync(file).includes(Buffer.from(text, 'utf16le'))

describe('an encrypted engagement', () => {
  it('is created encrypted through the contract, and nothing it holds reaches the disk in the clear', async () => {
    const { dir, session, call, file } = setUp()
    const created = await call('engagement.create', {
      path: file,
      language: 'fr',
      client: 'Acme',
      passphrase: PASSPHRASE,
    })
    expect(created.ok && created.value).toMatchObject({ encrypted: true })
    interview(session, SAID)
    // While open: the file, its WAL, the session backup and every other file of the folder.
    const whileOpen = everyFileUnder(dir)
    expect(whileOpen.some((f) => f.endsWith('.terrain-wal'))).toBe(true)
    for (const f of whileOpen) expect(holds(f, SAID), f).toBe(false)
    session.close()
    // Reopened: the backup written on open is encrypted too.
    session.open(file, { passphrase: PASSPHRASE })
    const e = session.requireEngagement()
    expect(e.db.prepare('SELECT text FROM documents WHERE text = ?').get(SAID)).toBeTruthy()
    session.close()
    const files = everyFileUnder(dir)
    expect(files.filter((f) => f.includes(`${path.sep}backups${path.sep}`)).length).toBeGreaterThan(0)
    for (const f of files) expect(holds(f, SAID), f).toBe(false)
    // Nor does the file say it is a database: its header is encrypted too.
    expect(fs.readFileSync(file).subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3')
  })

  it('is refused without its passphrase or with a wrong one, the file byte-identical, saying it is encrypted', async () => {
    const { session, call, file } = setUp()
    session.create(file, { language: 'en', passphrase: PASSPHRASE })
    interview(session, SAID)
    session.close()
    const before = fs.readFileSync(file)
    const none = await call('engagement.open', { path: file })
    expect(none.ok ? null : none.error.code).toBe('ENCRYPTED')
    expect(none.ok ? '' : none.error.message).toMatch(/is encrypted/)
    const wrong = await call('engagement.open', { path: file, passphrase: 'not the passphrase at all' })
    expect(wrong.ok ? null : wrong.error.code).toBe('WRONG_PASSPHRASE')
    expect(fs.readFileSync(file).equals(before)).toBe(true)
    expect(fs.existsSync(`${file}-wal`) || fs.existsSync(`${file}-shm`)).toBe(false)
    const right = await call('engagement.open', { path: file, passphrase: PASSPHRASE })
    expect(right.ok).toBe(true)
  })

  it('opens with the same passphrase typed with decomposed accents (as a Mac types them)', () => {
    const { session, file } = setUp()
    session.create(file, { language: 'fr', passphrase: PASSPHRASE })
    session.close()
    expect(session.open(file, { passphrase: PASSPHRASE.normalize('NFD') }).encrypted).toBe(true)
  })

  it('is encrypted, given a new passphrase and decrypted, backups following, the content kept', async () => {
    const { dir, session, call, file } = setUp()
    session.create(file, { language: 'en' })
    interview(session, SAID)
    session.close()
    session.open(file) // a plain session backup, in the clear
    const backups = path.join(dir, 'app-data', 'backups')
    expect(everyFileUnder(backups).some((f) => holds(f, SAID))).toBe(true)

    const enc = await call('engagement.encrypt', { passphrase: PASSPHRASE })
    expect(enc.ok && (enc.value as EngagementSummary).encrypted).toBe(true)
    session.close()
    for (const f of everyFileUnder(dir)) expect(holds(f, SAID), f).toBe(false)
    expect(() => checkEngagementFile(file)).toThrow(/encrypted/)

    session.open(file, { passphrase: PASSPHRASE })
    const wrong = await call('engagement.changePassphrase', {
      current: 'a wrong passphrase',
      passphrase: 'a brand new passphrase',
    })
    expect(wrong.ok ? null : wrong.error.code).toBe('WRONG_PASSPHRASE')
    const changed = await call('engagement.changePassphrase', {
      current: PASSPHRASE,
      passphrase: 'a brand new passphrase',
    })
    expect(changed.ok).toBe(true)
    session.close()
    expect(() => checkEngagementFile(file, PASSPHRASE)).toThrow(/does not open/)
    // The backups follow the engagement: the new passphrase opens every one.
    for (const b of everyFileUnder(backups))
      expect(checkEngagementFile(b, 'a brand new passphrase').encrypted).toBe(true)

    session.open(file, { passphrase: 'a brand new passphrase' })
    const short = await call('engagement.decrypt', { current: 'wrong' })
    expect(short.ok ? null : short.error.code).toBe('WRONG_PASSPHRASE')
    const plain = await call('engagement.decrypt', { current: 'a brand new passphrase' })
    expect(plain.ok && (plain.value as EngagementSummary).encrypted).toBe(false)
    const e = session.requireEngagement()
    expect(e.db.prepare('SELECT count(*) AS n FROM documents WHERE text = ?').get(SAID)).toEqual({ n: 1 })
    session.close()
    expect(checkEngagementFile(file).encrypted).toBe(false)
    expect(holds(file, SAID)).toBe(true)
  })

  it('refuses a passphrase shorter than 12 characters for a new key', async () => {
    const { call, file } = setUp()
    const r = await call('engagement.create', { path: file, language: 'en', passphrase: 'short' })
    expect(r.ok ? null : r.error.code).toBe('INVALID_INPUT')
    expect(fs.existsSync(file)).toBe(false)
  })
})

describe('the passphrase kept in the OS keychain', () => {
  it('opens the engagement without asking when the consultant agreed, and forgets on request', async () => {
    const { dir, session, call, file } = setUp(testKeychain())
    await call('engagement.create', { path: file, language: 'en', passphrase: PASSPHRASE, remember: true })
    expect((await call('engagement.encryption', {})).ok).toBe(true)
    session.close()
    // Only sealed bytes are stored in the app's folder.
    const kept = fs.readFileSync(path.join(dir, 'app-data', 'passphrases.json'), 'utf8')
    expect(kept).not.toContain(PASSPHRASE)
    const again = await call('engagement.open', { path: file })
    expect(again.ok).toBe(true)
    await call('engagement.forgetPassphrase', {})
    session.close()
    const asked = await call('engagement.open', { path: file })
    expect(asked.ok ? null : asked.error.code).toBe('ENCRYPTED')
  })

  it('asks again when the kept passphrase no longer opens the file (changed on another computer)', () => {
    const { session, file } = setUp(testKeychain())
    session.create(file, { language: 'en', passphrase: PASSPHRASE }, true)
    session.changePassphrase(PASSPHRASE, 'changed elsewhere meanwhile')
    session.passphrases.remember(file, PASSPHRASE)
    session.close()
    expect(() => session.open(file)).toThrow(/is encrypted/)
    expect(session.passphrases.has(file)).toBe(false)
  })

  it('keeps nothing where the keychain is not a real one (Linux basic_text)', async () => {
    const { dir, session, call, file } = setUp(testKeychain(false))
    await call('engagement.create', { path: file, language: 'en', passphrase: PASSPHRASE, remember: true })
    const status = await call('engagement.encryption', {})
    expect(status.ok && status.value).toEqual({ encrypted: true, passphraseKept: false, keychain: false })
    session.close()
    expect(fs.existsSync(path.join(dir, 'app-data', 'passphrases.json'))).toBe(false)
    const asked = await call('engagement.open', { path: file })
    expect(asked.ok ? null : asked.error.code).toBe('ENCRYPTED')
  })
})

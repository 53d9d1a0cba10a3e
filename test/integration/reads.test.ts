import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { Session } from '../../electron/core/session'
import { coreHandlers } from '../../electron/core/handlers/core-handlers'
import { dispatch } from '../../electron/core/handlers/dispatch'
import { buildDemo } from '../../electron/core/demo/build-demo'
import { READS } from '../../shared/api/reads'
import { TABLES } from '../../shared/api/topics'
import type { CallName } from '../../shared/api/names'
import { ScriptedDialogs } from '../helpers/test-shell'
import { tempDir } from '../helpers/temp-engagement'

/** The tables a statement reads or writes, by the names that follow FROM, JOIN, INTO and UPDATE. */
function tablesOf(sql: string): string[] {
  const named = [...sql.matchAll(/\b(?:FROM|JOIN|INTO|UPDATE)\s+["`]?(\w+)/gi)].map((m) => m[1]!)
  return named.filter((t) => (TABLES as readonly string[]).includes(t))
}

/** The demo, opened by a session that traces every statement, driven through the contract. */
function tracedDemo() {
  const dir = tempDir()
  const file = path.join(dir, 'demo.terrain')
  buildDemo(file, 'en').close()
  const statements: string[] = []
  const session = new Session({
    dataDir: path.join(dir, 'app'),
    appVersion: 'test',
    traceSql: (s) => statements.push(s),
  })
  session.open(file)
  const handlers = { ...coreHandlers(session), ...new ScriptedDialogs().inProcessHandlers() }
  const ctx = { emit: () => undefined, changes: () => session.takeChanges() }
  const run = async (name: CallName, input: unknown) => dispatch(handlers, name, input, ctx)
  return { session, statements, run }
}

describe('what each screen reads', () => {
  it('names every table its SQL touches, for each read the window follows precisely', async () => {
    const { session, statements, run } = tracedDemo()
    const e = session.requireEngagement()
    const interview = e.db.prepare('SELECT id FROM interviews LIMIT 1').pluck().get() as string
    const document = e.db.prepare('SELECT id FROM documents LIMIT 1').pluck().get() as string
    const inputs: Partial<Record<CallName, unknown>> = {
      'interviews.live': { interviewId: interview },
      'interviews.tags': { interviewId: interview },
      'coding.document': { documentId: document },
      'report.texts': { language: 'en' },
    }
    for (const [name, reads] of Object.entries(READS) as [CallName, readonly string[]][]) {
      statements.length = 0
      const r = await run(name, inputs[name] ?? {})
      expect(r.ok, `${name}: ${JSON.stringify(r)}`).toBe(true)
      const touched = [...new Set(statements.flatMap(tablesOf))].sort()
      expect(
        touched.filter((t) => !reads.includes(t as never)),
        `${name} reads tables it does not declare`,
      ).toEqual([])
    }
  })

  it('knows every table of an engagement as a topic', () => {
    const { session } = tracedDemo()
    const tables = session
      .requireEngagement()
      .db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%_fts%' ORDER BY name")
      .pluck()
      .all()
    expect(tables).toEqual([...TABLES].sort())
  })

  it('answers a write with the tables it changed, and an engagement opened or closed with everything', async () => {
    const { session, run } = tracedDemo()
    session.takeChanges() // the opening itself
    const updated = await run('engagement.update', { title: 'A new title' })
    // The engagement's table, and the recent list that shows its title.
    expect(updated.ok && updated.changed).toEqual(['engagement', 'recent'])
    // A read changes nothing.
    const read = await run('respondents.list', {})
    expect(read.ok && 'changed' in read).toBe(false)
    // A refused write changes nothing either.
    const refused = await run('coding.document', { documentId: '00000000-0000-4000-8000-000000000000' })
    expect(refused.ok).toBe(false)
    const after = await run('respondents.list', {})
    expect(after.ok && 'changed' in after).toBe(false)
    const closed = await run('engagement.close', {})
    expect(closed.ok && closed.changed).toEqual(['*'])
  })
})

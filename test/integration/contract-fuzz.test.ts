/**
 * The contract under generated, malformed and hostile input (issue 12, item 7): every call either
 * succeeds or answers a typed error, never INTERNAL, and after an error the engagement's content is
 * what it was. Calls are enumerated from the contract, so a call added later is fuzzed too. Each
 * runs on its own copy of the demo engagement, behind the same file grants as electron/main/ipc.ts;
 * a random sequence over the whole contract then checks that what one call writes breaks no other.
 * The shell's calls (file dialogs, app.flushed, report.exportPdf) are served by the test stand-in
 * (test/helpers/test-shell.ts): dialogs answer CANCELLED, and report.exportPdf prints nothing here
 * (its path passes the grant check and, when granted, it answers NO_ENGAGEMENT_OPEN).
 *
 * Default (npm test): FUZZ_RUNS=30 inputs per call (and 20 times that in the sequence), fixed seed.
 * Longer run:   FUZZ_RUNS=2000 npx vitest run test/integration/contract-fuzz.test.ts
 * Another seed: FUZZ_SEED=123 npx vitest run test/integration/contract-fuzz.test.ts
 * Replay one call of a failure: FUZZ_SEED=<printed seed> npx vitest run test/integration/contract-fuzz.test.ts -t '<call>'
 * (each call draws from its own generator, seeded by the seed and its name, so -t replays it exactly;
 * the sequence replays with FUZZ_RUNS as printed too, since its length depends on it).
 * What the inputs reach: FUZZ_STATS=1 prints each call's answers by code (FUZZ_STATS=why, with messages).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildDemo } from '../../electron/core/demo/build-demo'
import { SeededRandom } from '../../electron/core/demo/seeded-random'
import type { Engagement } from '../../electron/core/engagement/engagement'
import { contract } from '../../shared/api/contract'
import type { CallResult, CallSpec } from '../../shared/api/call'
import type { CallName } from '../../shared/api/names'
import { ERROR_CODES, type ErrorCode } from '../../shared/domain/terrain-error'
import { VERBATIM_SECTIONS } from '../../shared/report/verbatim-candidates'
import { DEFAULT_DIAGNOSIS_SETTINGS } from '../../shared/domain/diagnosis-settings'
import { engagementDigest, totalChanges } from '../helpers/engagement-digest'
import { dialogFor, GatedSession } from '../helpers/gated-session'
import { SchemaInputs, type KnownValues } from '../helpers/schema-inputs'

const SEED = Number(process.env.FUZZ_SEED ?? 20260412)
const RUNS = Number(process.env.FUZZ_RUNS ?? 30)
const CALLS = Object.keys(contract) as CallName[]

let templateDir = ''
let template = ''
let known: KnownValues

beforeAll(() => {
  templateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'terrain-fuzz-template-'))
  template = path.join(templateDir, 'demo.terrain')
  const e = buildDemo(template, 'en')
  known = knownValues(e)
  e.close()
})

afterAll(() => fs.rmSync(templateDir, { recursive: true, force: true }))

/** Ids of every kind in the demo, and the strings its formats accept (keys, codes, colours, days). */
function knownValues(e: Engagement): KnownValues {
  const tables = e.db
    .prepare(
      `SELECT m.name FROM sqlite_master m, pragma_table_info(m.name) c
       WHERE m.type = 'table' AND c.name = 'id' ORDER BY m.name`,
    )
    .pluck()
    .all() as string[]
  const idsByTable = new Map(
    tables.map((t) => [t, e.db.prepare(`SELECT id FROM "${t}" ORDER BY id LIMIT 40`).pluck().all() as string[]]),
  )
  const column = (sql: string) => e.db.prepare(sql).pluck().all() as string[]
  const strings = [
    ...column('SELECT key FROM codes ORDER BY key'),
    ...column('SELECT key FROM code_families ORDER BY key'),
    ...column('SELECT DISTINCT color FROM codes ORDER BY color'),
    ...column('SELECT code FROM respondents ORDER BY code LIMIT 10'),
    ...VERBATIM_SECTIONS,
    ...settingNames(DEFAULT_DIAGNOSIS_SETTINGS),
    'executiveSummary',
    'pragmatism.employee',
    'perceptionGap.manager.OUT.FIND',
    'idealismIndex',
    'collectives',
    'aligned',
    'major',
    'R1',
    'R12',
    'a',
    '7',
    '#FFAA00',
    '2026-03-01',
    '2026-02-30',
    '2026-03-01T09:00:00Z',
    'élève',
  ]
  const documents = e.db
    .prepare(
      `SELECT id, length(text) AS length, interview_id AS interviewId, question_id AS questionId
       FROM documents ORDER BY id`,
    )
    .all() as KnownValues['documents']
  return { idsByTable, strings, documents }
}

/** The names of the diagnosis settings, at every depth: what a stored settings object holds. */
function settingNames(o: object): string[] {
  return Object.entries(o).flatMap(([k, v]) => [k, ...(typeof v === 'object' && v !== null ? settingNames(v) : [])])
}

/** A seed of its own for each call, so that one call replays alone and a new call shifts no other. */
function seedOf(call: string, seed = SEED): number {
  let h = 0x811c9dc5 ^ seed
  for (let i = 0; i < call.length; i++) h = Math.imul(h ^ call.charCodeAt(i), 0x01000193)
  return h >>> 0
}

/** An input short enough to read in a failure: long strings and deep values cut, odd characters escaped. */
function describeInput(input: unknown): string {
  const seen = new WeakSet<object>()
  const cut = (v: unknown, depth: number): unknown => {
    if (typeof v === 'string')
      return v.length > 80 ? `${JSON.stringify(v.slice(0, 40))}... (${v.length} chars)` : JSON.stringify(v)
    if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return String(v)
    if (v === null || v === undefined) return String(v)
    if (typeof v !== 'object') return typeof v
    if (seen.has(v) || depth > 3) return Array.isArray(v) ? `[... ${v.length} items]` : '{...}'
    seen.add(v)
    if (Array.isArray(v))
      return `[${v
        .slice(0, 4)
        .map((x) => cut(x, depth + 1))
        .join(', ')}${v.length > 4 ? `, ... ${v.length} items` : ''}]`
    const entries = Object.entries(v)
    return `{${entries
      .slice(0, 10)
      .map(([k, x]) => `${k}: ${cut(x, depth + 1)}`)
      .join(', ')}${entries.length > 10 ? ', ...' : ''}}`
  }
  return String(cut(input, 0))
}

/**
 * Watches one session's engagement: its content's digest before a call, to compare after an error.
 * The digest is recomputed only when a call may have written (SQLite's total_changes moved).
 */
class ContentWatch {
  private digest: string | null = null
  /** How many answers of each kind (ok, or the error code): FUZZ_STATS=1 prints them, to see what the inputs reach. */
  readonly outcomes: Record<string, number> = {}
  /** The answer of the last call checked. */
  last: CallResult<unknown> | null = null
  constructor(private readonly g: GatedSession) {}

  /** Runs a call and says what is wrong with its answer, or null when it is a success or a typed error. */
  async check(call: string, input: unknown): Promise<string | null> {
    const e = this.g.engagement()
    this.digest ??= engagementDigest(e.db)
    const changesBefore = totalChanges(e.db)
    let r: CallResult<unknown>
    try {
      r = await this.g.call(call, input)
    } catch (err) {
      this.digest = null
      return `threw past dispatch: ${err instanceof Error ? err.message : String(err)}`
    }
    this.last = r
    const same = this.g.session.engagement === e && e.db.open && totalChanges(e.db) === changesBefore
    const outcome = r.ok
      ? 'ok'
      : process.env.FUZZ_STATS === 'why'
        ? `${r.error.code} ${r.error.message.slice(0, 90)}`
        : r.error.code
    this.outcomes[outcome] = (this.outcomes[outcome] ?? 0) + 1
    if (r.ok) {
      if (!same) this.digest = null
      return null
    }
    const { code, message } = r.error
    if (code === 'INTERNAL' || !(ERROR_CODES as readonly string[]).includes(code)) {
      this.digest = null
      return `${code}: ${message}`
    }
    if (!same && engagementDigest(this.g.engagement().db) !== this.digest) {
      this.digest = null
      return `${code} (${message}) but the engagement's content changed`
    }
    return null
  }

  /** A last check that nothing was written behind total_changes' back (another connection, a copy). */
  unchangedSinceLastDigest(): boolean {
    return this.digest === null || engagementDigest(this.g.engagement().db) === this.digest
  }
}

interface Failure {
  call: string
  run: number
  input: string
  problem: string
}

const replay = (call: string) =>
  `replay: FUZZ_SEED=${SEED} FUZZ_RUNS=${RUNS} npx vitest run test/integration/contract-fuzz.test.ts -t '${call}'`

function report(failures: Failure[]): string {
  return failures.map((f) => `${f.call} #${f.run} (seed ${SEED}): ${f.problem}\n  input: ${f.input}`).join('\n')
}

describe(`every contract call under hostile input (seed ${SEED}, ${RUNS} inputs per call)`, () => {
  it.each(CALLS)(
    '%s answers a success or a typed error, and an error leaves the content as it was',
    async (call) => {
      const g = new GatedSession(template)
      const watch = new ContentWatch(g)
      const rng = new SeededRandom(seedOf(call))
      const failures: Failure[] = []
      try {
        for (let run = 0; run < RUNS && failures.length < 5; run++) {
          const inputs = new SchemaInputs(rng, known, rng.pick([0, 0.05, 0.15, 0.4]))
          const input = inputs.input((contract[call] as CallSpec).input)
          const problem = await watch.check(call, input)
          if (problem) failures.push({ call, run, input: describeInput(input), problem })
        }
        if (process.env.FUZZ_STATS) console.log(call, JSON.stringify(watch.outcomes))
        if (!watch.unchangedSinceLastDigest())
          failures.push({ call, run: -1, input: '', problem: 'content changed without a change SQLite counted' })
      } finally {
        g.dispose()
      }
      expect(failures, `${report(failures)}\n${replay(call)}`).toEqual([])
    },
    Math.max(30_000, RUNS * 1_000),
  )
})

describe(`a random sequence of calls over the whole contract (seed ${SEED})`, () => {
  // What one call writes must not break the next: a band stored on an unknown measure, a pick
  // past the end of a document, must not make the dashboard or the report fail later.
  it(
    'leaves every later call answering a success or a typed error',
    async () => {
      const g = new GatedSession(template)
      const watch = new ContentWatch(g)
      const rng = new SeededRandom(seedOf('sequence'))
      const failures: Failure[] = []
      try {
        for (let run = 0; run < RUNS * 20 && failures.length < 5; run++) {
          const call = rng.pick(CALLS)
          const inputs = new SchemaInputs(rng, known, rng.pick([0, 0, 0.05, 0.2]))
          const input = inputs.input((contract[call] as CallSpec).input)
          const problem = await watch.check(call, input)
          if (problem) failures.push({ call, run, input: describeInput(input), problem })
        }
      } finally {
        g.dispose()
      }
      expect(failures, `${report(failures)}\n${replay('a random sequence')}`).toEqual([])
    },
    Math.max(60_000, RUNS * 20 * 1_000),
  )
})

/** The calls that name a file, with what they do with it (shared/api/call.ts). */
const FILE_CALLS = (Object.entries(contract) as [CallName, CallSpec][]).flatMap(([call, spec]) =>
  spec.file ? [{ call, field: spec.file.field, access: spec.file.access }] : [],
)

/** Files no call may reach unless the user chose them for it: devices, system files, folders, other engagements. */
const UNCHOSEN_PATHS = (g: GatedSession) => [
  '/dev/zero',
  '/dev/random',
  '/etc/passwd',
  '/',
  os.homedir(),
  '/nonexistent/folder/file.csv',
  '../../../../etc/shadow',
  'relative.csv',
  'nul\u0000byte.csv',
  'lone\uD800surrogate.csv',
  `${g.dir}/../outside.terrain`,
  g.dir,
  path.join(g.dir, 'never-chosen.csv'),
]

/** Files the user could choose in a dialog that still must not break a call: all in the test's folder. */
function chosenHostilePaths(g: GatedSession, rng: SeededRandom): Record<string, string> {
  const at = (name: string) => path.join(g.dir, name)
  fs.mkdirSync(at('a-folder.csv'))
  fs.writeFileSync(at('empty.csv'), '')
  fs.writeFileSync(at('nuls.csv'), Buffer.alloc(64 * 1024))
  fs.writeFileSync(at('noise.docx'), Buffer.from(Array.from({ length: 8 * 1024 }, () => rng.int(0, 255))))
  fs.writeFileSync(at('not-utf8.csv'), Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00, 0x0a, 0xc3, 0x28]))
  fs.writeFileSync(at('deep.json'), '['.repeat(100_000))
  return {
    'a file deleted since it was chosen': at('gone.csv'),
    'a folder': at('a-folder.csv'),
    'an empty file': at('empty.csv'),
    'a file of NULs': at('nuls.csv'),
    'random bytes': at('noise.docx'),
    'bytes that are not UTF-8': at('not-utf8.csv'),
    'JSON nested 100,000 deep': at('deep.json'),
    'a file in a folder that does not exist': at('no-such-folder/file.json'),
    'a path holding a NUL': at('nul\u0000byte.csv'),
    'a path holding a lone surrogate': at('lone\uD800.csv'),
  }
}

/** A well-formed input of the call naming `file` (the fields beside the path taken from a valid draw). */
function inputNaming(call: CallName, field: string, file: string, rng: SeededRandom): unknown {
  const schema = (contract[call] as CallSpec).input
  for (let i = 0; i < 200; i++) {
    const draft = new SchemaInputs(rng, known, 0).value(schema, null, 0) as Record<string, unknown>
    const input = { ...draft, [field]: file }
    if (schema.safeParse({ ...input, [field]: '/x' }).success) return input
  }
  return { [field]: file }
}

describe('calls that name a file, with hostile paths', () => {
  it.each(FILE_CALLS)(
    '$call refuses a file the user never chose for it, touching nothing',
    async ({ call, field, access }) => {
      const g = new GatedSession(template)
      const watch = new ContentWatch(g)
      const rng = new SeededRandom(seedOf(`unchosen ${call}`))
      const problems: string[] = []
      try {
        for (const file of UNCHOSEN_PATHS(g)) {
          const problem = await watch.check(call, inputNaming(call, field, file, rng))
          const r = watch.last!
          // The open engagement is in the recent list, which 'open' and 'recent' calls may name.
          const allowed = r.ok ? access === 'recent' : ['FORBIDDEN', 'INVALID_INPUT'].includes(r.error.code)
          if (problem || !allowed)
            problems.push(
              `${describeInput(file)}: ${problem ?? (r.ok ? 'accepted' : `${r.error.code}: ${r.error.message}`)}`,
            )
        }
      } finally {
        g.dispose()
      }
      expect(problems, replay(call)).toEqual([])
    },
  )

  it.each(FILE_CALLS.filter((c) => dialogFor(c.call)))(
    '$call answers a typed error for a hostile file the user did choose',
    async ({ call, field }) => {
      const g = new GatedSession(template)
      const watch = new ContentWatch(g)
      const rng = new SeededRandom(seedOf(`chosen ${call}`))
      const problems: string[] = []
      try {
        for (const [what, file] of Object.entries(chosenHostilePaths(g, rng))) {
          g.grant(call, file)
          const problem = await watch.check(call, inputNaming(call, field, file, rng))
          if (problem) problems.push(`${what} (${describeInput(file)}): ${problem}`)
        }
        if (process.env.FUZZ_STATS) console.log(call, JSON.stringify(watch.outcomes))
      } finally {
        g.dispose()
      }
      expect(problems, replay(call)).toEqual([])
    },
  )
})

/** Ids of the demo that regression cases name, looked up in the copy under test. */
function demoIds(g: GatedSession) {
  const e = g.engagement()
  const one = (sql: string) => e.db.prepare(sql).pluck().get() as string
  return {
    document: one(`SELECT id FROM documents ORDER BY id LIMIT 1`),
    documentLength: e.db.prepare(`SELECT length(text) FROM documents ORDER BY id LIMIT 1`).pluck().get() as number,
    interview: one(`SELECT id FROM interviews WHERE guide_id IS NOT NULL ORDER BY id LIMIT 1`),
    openQuestion: one(`SELECT id FROM questions WHERE type = 'open' ORDER BY id LIMIT 1`),
    coding: one(`SELECT id FROM codings ORDER BY id LIMIT 1`),
    guide: one(`SELECT id FROM guides ORDER BY id LIMIT 1`),
  }
}

const NOWHERE = '0b7c6f3e-2a4d-4e1f-9c8b-5d6e7f8a9b0c'

interface Regression {
  name: string
  call: CallName
  input: (ids: ReturnType<typeof demoIds>) => unknown
  /** The error code, or what the success must hold. */
  expected: ErrorCode | { ok: (value: unknown, g: GatedSession) => unknown }
}

/** Failures the fuzz found, each kept as the case that shows it fixed. */
const REGRESSIONS: Regression[] = [
  {
    // seed 20260412: INTERNAL "FOREIGN KEY constraint failed"
    name: 'a verbatim of a document that does not exist',
    call: 'report.addVerbatim',
    input: () => ({ section: 'attention', ref: { documentId: NOWHERE, start: 26, end: 332 } }),
    expected: 'NOT_FOUND',
  },
  {
    name: 'verbatims of a document that does not exist',
    call: 'report.setVerbatims',
    input: () => ({ section: 'pragmatism', refs: [{ documentId: NOWHERE, start: 0, end: 5 }] }),
    expected: 'NOT_FOUND',
  },
  {
    name: 'a verbatim that ends past its document',
    call: 'report.addVerbatim',
    input: (ids) => ({
      section: 'attention',
      ref: { documentId: ids.document, start: 0, end: ids.documentLength + 1 },
    }),
    expected: 'INVALID_RANGE',
  },
  {
    name: 'a verbatim that ends before it starts',
    call: 'report.setVerbatims',
    input: (ids) => ({ section: 'attention', refs: [{ documentId: ids.document, start: 9, end: 2 }] }),
    expected: 'INVALID_INPUT',
  },
  {
    name: 'evidence excerpts that end before they start',
    call: 'diagnosis.excerpts',
    input: (ids) => ({ refs: [{ documentId: ids.document, start: 9, end: 2 }] }),
    expected: 'INVALID_INPUT',
  },
  {
    // seed 20260412: INTERNAL "FOREIGN KEY constraint failed"
    name: 'a closed answer to a question that does not exist',
    call: 'interviews.saveClosed',
    input: (ids) => ({ interviewId: ids.interview, questionId: NOWHERE, value: { kind: 'scale', value: 5 } }),
    expected: 'NOT_FOUND',
  },
  {
    name: 'a closed answer to an open question',
    call: 'interviews.saveClosed',
    input: (ids) => ({ interviewId: ids.interview, questionId: ids.openQuestion, value: { kind: 'scale', value: 5 } }),
    expected: 'INVALID_INPUT',
  },
  {
    name: 'a closed answer with 20,000 items',
    call: 'interviews.saveClosed',
    input: (ids) => ({
      interviewId: ids.interview,
      questionId: ids.openQuestion,
      value: { kind: 'ranking', order: Array.from({ length: 20_000 }, () => 'R03') },
    }),
    expected: 'INVALID_INPUT',
  },
  {
    // seed 20260412: INTERNAL "The output of guides.reorder does not match the contract"
    name: 'reordering a guide that does not exist',
    call: 'guides.reorder',
    input: () => ({ guideId: NOWHERE, questionIds: [] }),
    expected: 'NOT_FOUND',
  },
  {
    // seed 20260412: INTERNAL "NOT NULL constraint failed: codings.valence" (structured clone keeps undefined)
    name: 'a coding patch whose keys are sent as undefined',
    call: 'codings.update',
    input: (ids) => ({ codingId: ids.coding, patch: { valence: undefined, flags: undefined, memo: 'relu' } }),
    expected: { ok: (v) => expect(v).toMatchObject({ memo: 'relu', valence: expect.stringMatching(/^[+\-0]$/) }) },
  },
  {
    // seed 20260412, FUZZ_RUNS=300: INTERNAL "CHECK constraint failed: length(trim(reason)) > 0"
    name: "a reason that is a NUL (SQLite's length() stops at a NUL)",
    call: 'diagnosis.decideRecommendation',
    input: () => ({ recommendation: 'R07', decision: 'accepted', reason: '\u0000' }),
    expected: { ok: (_v, g) => expect(storedReason(g, 'R07')).toBe('\uFFFD') },
  },
  {
    name: 'a lone surrogate in a text, stored as U+FFFD so that offsets into it stay right',
    call: 'engagement.update',
    input: () => ({ client: 'Acme \uD800 SA', title: 'end \uDC00' }),
    expected: {
      ok: (v) => expect((v as { info: unknown }).info).toMatchObject({ client: 'Acme \uFFFD SA', title: 'end \uFFFD' }),
    },
  },
  {
    // Found by hand beside the fuzz: 10,000 inserts of 1 MB answered "Invalid string length" after
    // building half a gigabyte, and 8 of them made an 8 MB document (LIMITS.md: 5,000,000 characters).
    name: 'an edit that would make a document longer than a document may be',
    call: 'documents.edit',
    input: (ids) => ({
      documentId: ids.document,
      changes: Array.from({ length: 6 }, () => ({ from: 0, to: 0, insert: 'x'.repeat(1_000_000) })),
    }),
    expected: 'INVALID_INPUT',
  },
  {
    name: 'thresholds that are not finite numbers, answered as the defaults they fall back to',
    call: 'diagnosis.updateSettings',
    input: () => ({ diagnosis: { floors: { group: NaN, leadership: -Infinity }, capPerCode: Infinity } }),
    expected: {
      ok: (v) => expect(v).toMatchObject({ floors: { group: 5, leadership: 3 }, capPerCode: 3 }),
    },
  },
  {
    // seed 3, FUZZ_RUNS=200, the random sequence: every later report.preview answered INTERNAL
    // "Cannot read properties of undefined (reading 'replace')".
    name: 'a band the measure does not have',
    call: 'diagnosis.overrideBand',
    input: () => ({ measure: 'pragmatism.employee', band: 'pragmatism.employee', reason: '#59AEB6' }),
    expected: 'INVALID_INPUT',
  },
]

function storedReason(g: GatedSession, recommendation: string): string {
  return g
    .engagement()
    .db.prepare('SELECT reason FROM recommendation_overrides WHERE recommendation = ?')
    .pluck()
    .get(recommendation) as string
}

describe('hostile inputs the fuzz found, kept as regression cases', () => {
  it.each(REGRESSIONS)('$call: $name', async ({ call, input, expected }) => {
    const g = new GatedSession(template)
    try {
      const watch = new ContentWatch(g)
      const given = input(demoIds(g))
      expect(await watch.check(call, given)).toBeNull()
      const r = watch.last!
      if (typeof expected === 'string') expect(r.ok ? 'ok' : r.error.code).toBe(expected)
      else {
        expect(r.ok, r.ok ? '' : `${r.error.code}: ${r.error.message}`).toBe(true)
        if (r.ok) expected.ok(r.value, g)
      }
    } finally {
      g.dispose()
    }
  })
})

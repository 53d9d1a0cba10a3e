import type { Database } from 'better-sqlite3-multiple-ciphers'
import type { Guide, Question, QuestionOptions, QuestionType } from '../../../shared/domain/guide'
import type { Bilingual, Group, Stance } from '../../../shared/domain/groups'
import { fail } from '../../../shared/domain/terrain-error'
import { newId, now } from '../db/clock'
import { refuseIfReferenced } from './constraint'
import { readJson, writeJson } from './json-column'

interface GuideRow {
  id: string
  key: string | null
  group_key: Group
  name_fr: string
  name_en: string
  intro_fr: string
  intro_en: string
  consent_fr: string
  consent_en: string
  position: number
}
interface QuestionRow {
  id: string
  guide_id: string
  key: string | null
  position: number
  text_fr: string
  text_en: string
  probes_fr: string
  probes_en: string
  type: QuestionType
  options: string | null
  stance: Stance
  target: Group | null
  expected_codes: string
}

const toQuestion = (r: QuestionRow): Question => ({
  id: r.id,
  guideId: r.guide_id,
  key: r.key,
  position: r.position,
  text: { fr: r.text_fr, en: r.text_en },
  probes: { fr: readJson<string[]>(r.probes_fr, []), en: readJson<string[]>(r.probes_en, []) },
  type: r.type,
  options: readJson<QuestionOptions>(r.options, null),
  stance: r.stance,
  target: r.target,
  expectedCodes: readJson<string[]>(r.expected_codes, []),
})

export interface NewGuide {
  key?: string | null
  group: Group
  name: Bilingual
  intro?: Bilingual
  consent?: Bilingual
}
export interface NewQuestion {
  key?: string | null
  text: Bilingual
  probes?: { fr: string[]; en: string[] }
  type: QuestionType
  options?: QuestionOptions
  stance?: Stance
  target?: Group | null
  expectedCodes?: string[]
}

/** The stored columns of a question, from key to expected codes, in the order the statements list them. */
function questionColumns(q: NewQuestion) {
  const stance = q.stance ?? 'SELF'
  return [
    q.key ?? null,
    q.text.fr,
    q.text.en,
    writeJson(q.probes?.fr ?? []),
    writeJson(q.probes?.en ?? []),
    q.type,
    q.options ? writeJson(q.options) : null,
    stance,
    stance === 'ATTR' ? (q.target ?? null) : null,
    writeJson(q.expectedCodes ?? []),
  ]
}

export function guideRepository(db: Database) {
  const questionsOf = db.prepare<[string], QuestionRow>('SELECT * FROM questions WHERE guide_id = ? ORDER BY position')
  const toGuide = (r: GuideRow): Guide => ({
    id: r.id,
    key: r.key,
    group: r.group_key,
    name: { fr: r.name_fr, en: r.name_en },
    intro: { fr: r.intro_fr, en: r.intro_en },
    consent: { fr: r.consent_fr, en: r.consent_en },
    position: r.position,
    questions: questionsOf.all(r.id).map(toQuestion),
  })
  const get = (id: string): Guide | undefined => {
    const r = db.prepare<[string], GuideRow>('SELECT * FROM guides WHERE id = ?').get(id)
    return r && toGuide(r)
  }
  return {
    get,
    list: (): Guide[] => db.prepare<[], GuideRow>('SELECT * FROM guides ORDER BY position, name_en').all().map(toGuide),
    add(g: NewGuide, id = newId()): Guide {
      const t = now()
      const position = (db.prepare('SELECT count(*) AS n FROM guides').get() as { n: number }).n
      db.prepare(
        `INSERT INTO guides (id, key, group_key, name_fr, name_en, intro_fr, intro_en, consent_fr, consent_en, position,
           created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        id,
        g.key ?? null,
        g.group,
        g.name.fr,
        g.name.en,
        g.intro?.fr ?? '',
        g.intro?.en ?? '',
        g.consent?.fr ?? '',
        g.consent?.en ?? '',
        position,
        t,
        t,
      )
      return get(id)!
    },
    /** Refused while closed answers were given to its questions. */
    remove(id: string): void {
      const changes = refuseIfReferenced(
        () => db.prepare('DELETE FROM guides WHERE id = ?').run(id).changes,
        'Answers were given to this guide’s questions; it cannot be deleted.',
      )
      if (changes === 0) fail('NOT_FOUND', `No guide ${id}.`)
    },
    question(id: string): Question | undefined {
      const r = db.prepare<[string], QuestionRow>('SELECT * FROM questions WHERE id = ?').get(id)
      return r && toQuestion(r)
    },
    addQuestion(guideId: string, q: NewQuestion, id = newId()): Question {
      if (!get(guideId)) fail('NOT_FOUND', `No guide ${guideId}.`)
      const position = (
        db.prepare('SELECT coalesce(max(position) + 1, 0) AS n FROM questions WHERE guide_id = ?').get(guideId) as {
          n: number
        }
      ).n
      db.prepare(
        `INSERT INTO questions (id, guide_id, position, key, text_fr, text_en, probes_fr, probes_en, type, options,
           stance, target, expected_codes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(id, guideId, position, ...questionColumns(q))
      db.prepare('UPDATE guides SET updated_at = ? WHERE id = ?').run(now(), guideId)
      return toQuestion(db.prepare<[string], QuestionRow>('SELECT * FROM questions WHERE id = ?').get(id)!)
    },
    /** Replaces what a question says and asks; its place in the guide stays. */
    updateQuestion(id: string, q: NewQuestion): Question {
      // The stable key ties the question to the method (imports, mirrors); an edit of its wording keeps it.
      const existing = db.prepare<[string], { key: string | null }>('SELECT key FROM questions WHERE id = ?').get(id)
      const changes = db
        .prepare(
          `UPDATE questions SET key = ?, text_fr = ?, text_en = ?, probes_fr = ?, probes_en = ?, type = ?, options = ?, stance = ?,
             target = ?, expected_codes = ? WHERE id = ?`,
        )
        .run(...questionColumns({ ...q, key: q.key === undefined ? (existing?.key ?? null) : q.key }), id).changes
      if (changes === 0) fail('NOT_FOUND', `No question ${id}.`)
      return toQuestion(db.prepare<[string], QuestionRow>('SELECT * FROM questions WHERE id = ?').get(id)!)
    },
    /** Refused once answers were given to it (they would lose their question). */
    removeQuestion(id: string): void {
      // Answer documents only lose their question on delete (SET NULL); an answered question stays.
      if (db.prepare('SELECT 1 FROM documents WHERE question_id = ? LIMIT 1').get(id)) {
        fail('CONFLICT', 'Answers were given to this question; it cannot be deleted.')
      }
      const changes = refuseIfReferenced(
        () => db.prepare('DELETE FROM questions WHERE id = ?').run(id).changes,
        'Answers were given to this question; it cannot be deleted.',
      )
      if (changes === 0) fail('NOT_FOUND', `No question ${id}.`)
    },
    /** Puts the guide's questions in the given order (every question id of the guide, once). */
    reorder(guideId: string, questionIds: string[]): void {
      const current = questionsOf.all(guideId).map((q) => q.id)
      const same = current.length === questionIds.length && current.every((id) => questionIds.includes(id))
      if (!same) fail('INVALID_INPUT', 'The new order must list every question of the guide exactly once.')
      const set = db.prepare('UPDATE questions SET position = ? WHERE id = ?')
      questionIds.forEach((id, i) => set.run(i, id))
    },
    questionCount: (): number => (db.prepare('SELECT count(*) AS n FROM questions').get() as { n: number }).n,
  }
}

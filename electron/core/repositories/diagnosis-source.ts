import type { Database } from 'better-sqlite3-multiple-ciphers'
import type { Group, Stance, Valence } from '../../../shared/domain/groups'
import type { ClosedValue } from '../../../shared/domain/interview'
import type { QuestionOptions } from '../../../shared/domain/guide'
import type { CodingSource } from '../../../shared/domain/diagnosis-settings'
import { LEFT_OUT_OF_CONSENSUS } from '../../../shared/domain/coding'
import { readJson } from './json-column'

/**
 * The codes settled by consensus on each answer, as SQL rows (document_id, code_id). A code is
 * settled on an answer from its first decision there: a coding kept in the consensus set, or one
 * left out of it (its memo says so), even when the coders agreed on nothing and the set holds none
 * of that code. The other codes of the answer are read from the coders until they are settled.
 */
export const SETTLED_CODES = `SELECT document_id, code_id FROM codings
    WHERE coder_id IN (SELECT id FROM coders WHERE kind = 'consensus')
  UNION SELECT s.document_id, s.code_id FROM memos m JOIN codings s ON s.id = m.subject_id
    WHERE m.subject_type = 'coding' AND m.title = '${LEFT_OUT_OF_CONSENSUS}'`

/** Characters of context shown on each side of an evidence excerpt. */
const CONTEXT = 160

/** A document of a respondent, and its place among the respondent's documents. */
export interface DiagnosisDocument {
  rowid: number
  id: string
  respondentId: string
  order: number
}

/**
 * The coding rows the diagnosis reads, column by column, the i-th entry of each array being the
 * i-th row: one array per column costs far less than one array or object per row.
 */
export interface CodingColumns {
  id: string[]
  /** The document's row id. */
  document: number[]
  start: number[]
  end: number[]
  /** The code's row id. */
  code: number[]
  /** Stance, valence, intensity and target in one integer: read them with `traitsOf`. */
  traits: number[]
  /** The flags' JSON text, null when there is none. */
  flags: (string | null)[]
}

const VALENCE_BY_NUMBER: readonly Valence[] = ['0', '+', '-']
const TARGET_BY_NUMBER: readonly (Group | null)[] = [null, 'employee', 'manager', 'leadership', 'customer', 'other']
// Bit 0 the stance (1 for ATTR), bits 1-2 the valence, bits 3-4 the intensity (0 for none), bits 5-7
// the target. Summed, not or-ed: in SQL, | and << bind alike, left to right.
const TRAITS = `(c.stance = 'ATTR')
  + CASE c.valence WHEN '+' THEN 2 WHEN '-' THEN 4 ELSE 0 END
  + coalesce(c.intensity, 0) * 8
  + CASE c.target WHEN 'employee' THEN 32 WHEN 'manager' THEN 64 WHEN 'leadership' THEN 96
      WHEN 'customer' THEN 128 WHEN 'other' THEN 160 ELSE 0 END`

/** Coding rows read at once: at 250,000, their columns all at once would cost tens of megabytes. */
const ROWS_PER_READ = 25_000

/** The attributes packed in one entry of `CodingColumns.traits` (small functions, no object per row). */
export const traitsOf = {
  attributed: (traits: number): boolean => (traits & 1) === 1,
  valence: (traits: number): Valence => VALENCE_BY_NUMBER[(traits >> 1) & 3]!,
  intensity: (traits: number): 1 | 2 | 3 | null => ((traits >> 3) & 3 || null) as 1 | 2 | 3 | null,
  target: (traits: number): Group | null => TARGET_BY_NUMBER[traits >> 5]!,
}

/** The rows the diagnosis reads, in the shapes it needs, each with one query. */
export function diagnosisSourceRepository(db: Database) {
  return {
    /** The interviewer's turns of every transcript, by document: their words are not the respondent's. */
    interviewerTurns(): Map<string, { start: number; end: number }[]> {
      const rows = db
        .prepare<[], { documentId: string; start: number; end: number }>(
          'SELECT document_id AS documentId, start, end FROM transcript_turns WHERE by_interviewer = 1',
        )
        .all()
      const out = new Map<string, { start: number; end: number }[]>()
      for (const r of rows) out.set(r.documentId, [...(out.get(r.documentId) ?? []), { start: r.start, end: r.end }])
      return out
    },
    /** Respondents with whether they are in their group's population (DIAGNOSIS.md, Conventions). */
    respondents: () =>
      db
        .prepare<[], { id: string; code: string; group_key: Group; in_population: number }>(
          `SELECT r.id, r.code, r.group_key,
             EXISTS (SELECT 1 FROM interviews i WHERE i.respondent_id = r.id AND i.status IN ('completed', 'imported'))
             OR EXISTS (SELECT 1 FROM documents d LEFT JOIN interviews di ON di.id = d.interview_id
                        WHERE coalesce(d.respondent_id, di.respondent_id) = r.id
                          AND (d.kind = 'imported' OR (d.kind = 'transcript' AND d.source IS NOT NULL)))
             AS in_population
           FROM respondents r ORDER BY r.code`,
        )
        .all()
        .map((r) => ({ id: r.id, code: r.code, group: r.group_key, inPopulation: r.in_population === 1 })),

    /** Every document that belongs to a respondent, in the order its codings are read (documentOrder). */
    respondentDocuments(): DiagnosisDocument[] {
      const rows = db
        .prepare<[], { rowid: number; id: string; respondent_id: string }>(
          `SELECT d.rowid, d.id, coalesce(d.respondent_id, i.respondent_id) AS respondent_id
           FROM documents d LEFT JOIN interviews i ON i.id = d.interview_id LEFT JOIN questions q ON q.id = d.question_id
           WHERE coalesce(d.respondent_id, i.respondent_id) IS NOT NULL
           ORDER BY respondent_id, coalesce(i.started_at, i.created_at, d.created_at), q.position, d.created_at, d.id`,
        )
        .all()
      // Interviews in time order, then questions in guide order, then documents by creation.
      let previous = ''
      let n = 0
      return rows.map((d) => {
        n = d.respondent_id === previous ? n + 1 : 1
        previous = d.respondent_id
        return { rowid: d.rowid, id: d.id, respondentId: d.respondent_id, order: n }
      })
    },

    /** The codes' row ids and ids: coding rows name their code by row id, an integer, cheaper to read. */
    codeIds: () => new Map(db.prepare<[], [number, string]>('SELECT rowid, id FROM codes').raw(true).all()),

    /**
     * Every coding row that may feed the diagnosis, with only the columns it reads: one chosen
     * coder's; or, for a code settled by consensus on an answer, only the consensus codings there.
     * At tens of thousands of rows, what is built per row is the cost: the rows come as one row of
     * JSON arrays, one per column (parsed at native speed), the document and code as row ids and
     * the small attributes packed in one integer. Visited by ranges of row ids (in row id order, as
     * a whole scan reads them), so that the columns of 250,000 rows are never held at once.
     */
    eachCodingColumns(source: CodingSource, visit: (rows: CodingColumns) => void): void {
      const consensus = `SELECT id FROM coders WHERE kind = 'consensus'`
      const [which, params] =
        source.kind === 'coder'
          ? ['c.coder_id = ?', [source.coderId]]
          : db.prepare(`SELECT 1 FROM (${SETTLED_CODES}) LIMIT 1`).get() === undefined
            ? ['1', []]
            : [`c.coder_id IN (${consensus}) OR (c.document_id, c.code_id) NOT IN (${SETTLED_CODES})`, []]
      const statement = db
        .prepare(
          `SELECT json_group_array(c.id), json_group_array(d.rowid), json_group_array(c.start),
             json_group_array(c.end), json_group_array(k.rowid), json_group_array(${TRAITS}),
             json_group_array(nullif(c.flags, '[]'))
           FROM codings c JOIN documents d ON d.id = c.document_id JOIN codes k ON k.id = c.code_id
           WHERE c.rowid > ? AND c.rowid <= ? AND (${which})`,
        )
        .raw(true)
      const last = (db.prepare('SELECT max(rowid) FROM codings').pluck().get() as number | null) ?? 0
      for (let from = 0; from < last; from += ROWS_PER_READ) {
        const [id, document, start, end, code, traits, flags] = (
          statement.get(from, from + ROWS_PER_READ, ...params) as string[]
        ).map((json) => JSON.parse(json))
        visit({ id, document, start, end, code, traits, flags })
      }
    },

    /** When each of these codings was made, for keeping the earliest of duplicates. */
    createdAt(ids: readonly string[]): Map<string, string> {
      const one = db.prepare<[string], { created_at: string }>('SELECT created_at FROM codings WHERE id = ?')
      return new Map(ids.map((id) => [id, one.get(id)?.created_at ?? '']))
    },

    /** Answers to the motive-cards questions, with the question's stance and target. */
    motiveCards: () =>
      db
        .prepare<
          [],
          { respondent_id: string; stance: Stance; target: Group | null; options: string | null; value: string }
        >(
          `SELECT i.respondent_id, q.stance, q.target, q.options, a.value
           FROM closed_answers a JOIN questions q ON q.id = a.question_id JOIN interviews i ON i.id = a.interview_id`,
        )
        .all()
        .filter((r) => readJson<QuestionOptions>(r.options, null)?.motiveCards)
        .map((r) => {
          const v = readJson<ClosedValue>(r.value, { kind: 'choice', ticked: [], ranked: [] })
          return {
            respondentId: r.respondent_id,
            stance: r.stance,
            target: r.target,
            ticked: v.kind === 'choice' ? v.ticked : [],
            ranked: v.kind === 'choice' ? v.ranked : [],
          }
        }),

    /** What the evidence panel shows of a span: its words, a little context, who said it, to what question. */
    evidence(refs: readonly { documentId: string; start: number; end: number }[]) {
      const doc = db.prepare<
        [string],
        {
          text: string
          code: string
          group_key: Group
          role: string | null
          text_fr: string | null
          text_en: string | null
        }
      >(
        `SELECT d.text, r.code, r.group_key, r.role, q.text_fr, q.text_en
         FROM documents d
         LEFT JOIN interviews i ON i.id = d.interview_id
         JOIN respondents r ON r.id = coalesce(d.respondent_id, i.respondent_id)
         LEFT JOIN questions q ON q.id = d.question_id
         WHERE d.id = ?`,
      )
      return refs.flatMap((ref) => {
        const row = doc.get(ref.documentId)
        if (!row || ref.end > row.text.length || ref.start >= ref.end) return []
        return [
          {
            ...ref,
            text: row.text.slice(ref.start, ref.end),
            before: row.text.slice(Math.max(0, ref.start - CONTEXT), ref.start),
            after: row.text.slice(ref.end, ref.end + CONTEXT),
            respondentCode: row.code,
            group: row.group_key,
            role: row.role,
            question: row.text_fr !== null && row.text_en !== null ? { fr: row.text_fr, en: row.text_en } : null,
          },
        ]
      })
    },
  }
}

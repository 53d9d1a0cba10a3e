import type { Database } from 'better-sqlite3-multiple-ciphers'
import type { Group, Stance, Valence } from '../../../shared/domain/groups'
import type { ClosedValue } from '../../../shared/domain/interview'
import type { QuestionOptions } from '../../../shared/domain/guide'
import type { CodingSource } from '../../../shared/domain/diagnosis-settings'
import { readJson } from './json-column'

/** Characters of context shown on each side of an evidence excerpt. */
const CONTEXT = 160

/** A document of a respondent, and its place among the respondent's documents. */
export interface DiagnosisDocument {
  rowid: number
  id: string
  respondentId: string
  order: number
}

/** One coding row as the diagnosis reads it; the visitor gets the same object each time (copy what you keep). */
export interface CodingRow {
  id: string
  /** The document's row id. */
  document: number
  start: number
  end: number
  /** The code's row id. */
  code: number
  attributed: boolean
  target: Group | null
  valence: Valence
  intensity: 1 | 2 | 3 | null
  /** The flags' JSON text, null when there is none. */
  flags: string | null
}

const VALENCE_BY_NUMBER: readonly Valence[] = ['0', '+', '-']

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
     * Visits each coding row that may feed the diagnosis once, with only the columns it reads:
     * one chosen coder's; or, where coders compared their work, only the consensus codings of those
     * documents. At tens of thousands of rows, the strings read per row are the cost, so the
     * document and code come as row ids and stance and valence as small integers.
     */
    eachCodingRow(source: CodingSource, visit: (row: CodingRow) => void): void {
      const columns = `SELECT c.id, d.rowid, c.start, c.end, k.rowid, c.stance = 'ATTR', c.target,
          CASE c.valence WHEN '+' THEN 1 WHEN '-' THEN 2 ELSE 0 END, c.intensity, nullif(c.flags, '[]')
        FROM codings c JOIN documents d ON d.id = c.document_id JOIN codes k ON k.id = c.code_id`
      const consensus = `SELECT id FROM coders WHERE kind = 'consensus'`
      const statement =
        source.kind === 'coder'
          ? db.prepare(`${columns} WHERE c.coder_id = ?`).bind(source.coderId)
          : db.prepare(`SELECT 1 FROM codings WHERE coder_id IN (${consensus}) LIMIT 1`).get() === undefined
            ? db.prepare(columns)
            : db.prepare(
                `${columns} WHERE c.coder_id IN (${consensus})
                   OR c.document_id NOT IN (SELECT document_id FROM codings WHERE coder_id IN (${consensus}))`,
              )
      const row: CodingRow = {
        id: '',
        document: 0,
        start: 0,
        end: 0,
        code: 0,
        attributed: false,
        target: null,
        valence: '0',
        intensity: null,
        flags: null,
      }
      type Raw = [
        string,
        number,
        number,
        number,
        number,
        0 | 1,
        Group | null,
        0 | 1 | 2,
        1 | 2 | 3 | null,
        string | null,
      ]
      for (const r of statement.raw(true).iterate() as IterableIterator<Raw>) {
        row.id = r[0]
        row.document = r[1]
        row.start = r[2]
        row.end = r[3]
        row.code = r[4]
        row.attributed = r[5] === 1
        row.target = r[6]
        row.valence = VALENCE_BY_NUMBER[r[7]]!
        row.intensity = r[8]
        row.flags = r[9]
        visit(row)
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

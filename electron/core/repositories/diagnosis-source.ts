import type { Database } from 'better-sqlite3-multiple-ciphers'
import type { Group, Stance, Valence } from '../../../shared/domain/groups'
import type { ClosedValue } from '../../../shared/domain/interview'
import type { QuestionOptions } from '../../../shared/domain/guide'
import { readJson } from './json-column'

/** Characters of context shown on each side of an evidence excerpt. */
const CONTEXT = 160

export interface SourceCoding {
  id: string
  documentId: string
  start: number
  end: number
  respondentId: string
  codeId: string
  coderId: string
  coderKind: 'person' | 'consensus'
  stance: Stance
  target: Group | null
  valence: Valence
  intensity: 1 | 2 | 3 | null
  flags: string[]
  documentOrder: number
  createdAt: string
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

    /**
     * Every coding with its respondent and its document's place among the respondent's documents:
     * interviews in time order, then questions in guide order, then documents by creation.
     */
    codings(): SourceCoding[] {
      // Document order computed once per document (a window over a join would be redone per coding).
      const order = new Map<string, number>()
      const docs = db
        .prepare<[], { id: string; respondent_id: string }>(
          `SELECT d.id, coalesce(d.respondent_id, i.respondent_id) AS respondent_id
           FROM documents d LEFT JOIN interviews i ON i.id = d.interview_id LEFT JOIN questions q ON q.id = d.question_id
           WHERE coalesce(d.respondent_id, i.respondent_id) IS NOT NULL
           ORDER BY respondent_id, coalesce(i.started_at, i.created_at, d.created_at), q.position, d.created_at, d.id`,
        )
        .all()
      const respondentOf = new Map<string, string>()
      let previous = ''
      let n = 0
      for (const d of docs) {
        n = d.respondent_id === previous ? n + 1 : 1
        previous = d.respondent_id
        order.set(d.id, n)
        respondentOf.set(d.id, d.respondent_id)
      }
      type Row = [
        string,
        string,
        number,
        number,
        string,
        string,
        SourceCoding['coderKind'],
        Stance,
        Group | null,
        Valence,
        1 | 2 | 3 | null,
        string,
        string,
      ]
      // Rows as arrays: at tens of thousands of codings, building objects per row is the cost.
      const rows = db
        .prepare(
          `SELECT c.id, c.document_id, c.start, c.end, c.code_id, c.coder_id, k.kind, c.stance, c.target,
             c.valence, c.intensity, c.flags, c.created_at
           FROM codings c JOIN coders k ON k.id = c.coder_id`,
        )
        .raw(true)
        .all() as Row[]
      const out: SourceCoding[] = []
      for (const [
        id,
        documentId,
        start,
        end,
        codeId,
        coderId,
        coderKind,
        stance,
        target,
        valence,
        intensity,
        flags,
        createdAt,
      ] of rows) {
        const respondentId = respondentOf.get(documentId)
        if (!respondentId) continue
        out.push({
          id,
          documentId,
          start,
          end,
          respondentId,
          codeId,
          coderId,
          coderKind,
          stance,
          target,
          valence,
          intensity,
          flags: flags === '[]' ? [] : readJson<string[]>(flags, []),
          documentOrder: order.get(documentId)!,
          createdAt,
        })
      }
      return out
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

/**
 * How a merge of two engagement files tells that two rows are the same (DESIGN.md, Decided since):
 * by id where rows have one (UUIDs, the same on every laptop), by a natural key where they have
 * none (a band override by its measure), and the engagement's single rows as one. Every table of
 * the schema is here; a test fails when one is added without its key. Deletions of these rows are
 * recorded in `tombstones` under the same key (migration 0014).
 */
export type MatchKey =
  | { kind: 'id' }
  | { kind: 'natural'; columns: readonly string[] }
  | { kind: 'single' }
  /** A file's own bookkeeping (its identity, its merges): never merged. */
  | { kind: 'local' }

const ID = { kind: 'id' } as const
const natural = (...columns: string[]): MatchKey => ({ kind: 'natural', columns })

export const MATCH_KEYS: Record<string, MatchKey> = {
  engagement: { kind: 'single' },
  codebook: { kind: 'single' },
  coders: ID,
  respondents: ID,
  respondent_identities: natural('respondent_id'),
  variables: ID,
  variable_values: natural('respondent_id', 'variable_id'),
  guides: ID,
  questions: ID,
  interviews: ID,
  documents: ID,
  code_families: ID,
  codes: ID,
  codings: ID,
  collectives: ID,
  collective_evidence: natural('collective_id', 'coding_id'),
  memos: ID,
  closed_answers: ID,
  band_overrides: natural('measure'),
  recommendation_overrides: natural('recommendation'),
  report_texts: natural('section', 'language'),
  report_verbatims: natural('section', 'document_id', 'start', 'end'),
  transcript_turns: natural('document_id', 'position'),
  campaign_targets: ID,
  key_verbatims: ID,
  replica: { kind: 'local' },
  merges: { kind: 'local' },
}

/** A row's key as its tombstone records it: the id, or the natural key's values as a JSON array. */
export function rowKey(key: MatchKey, row: Record<string, unknown>): string {
  if (key.kind === 'id') return String(row.id)
  if (key.kind === 'single' || key.kind === 'local') return 'single'
  return key.columns.length === 1 ? String(row[key.columns[0]!]) : JSON.stringify(key.columns.map((c) => row[c]))
}

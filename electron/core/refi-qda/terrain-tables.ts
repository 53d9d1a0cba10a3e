/**
 * How Terrain's tables travel in a .qdpx (DESIGN.md, REFI-QDA projects). The project carries the
 * rows of the tables it has a place for; the columns it has no place for travel beside it, in
 * terrain/extras.json, and fill those rows back on import. The tables it has no place for travel
 * whole. A respondent's real name never travels.
 */

/** Tables whose rows the project itself holds, by the kind their GUIDs are derived under (project-guids). */
export const CARRIED_TABLES = {
  coders: 'coder',
  respondents: 'respondent',
  variables: 'variable',
  code_families: 'family',
  codes: 'code',
  documents: 'document',
  codings: 'coding',
  memos: 'memo',
} as const
export type CarriedTable = keyof typeof CARRIED_TABLES

/**
 * The columns the project gives for each carried table: another tool may have changed them, so
 * the project's values win; the other columns come from terrain/extras.json. Codes' texts in the
 * engagement's language are the project's; `{lang}` stands for it.
 */
export const PROJECT_COLUMNS: Record<CarriedTable, readonly string[]> = {
  coders: ['name'],
  respondents: ['code', 'group_key', 'unit', 'site'],
  variables: ['name'],
  code_families: ['key', 'name_{lang}', 'color'],
  codes: [
    'key',
    'family_id',
    'parent_id',
    'name_{lang}',
    'definition_{lang}',
    'include_{lang}',
    'exclude_{lang}',
    'example_{lang}',
    'color',
    'default_valence',
  ],
  documents: ['text'],
  codings: [
    'document_id',
    'start',
    'end',
    'text',
    'code_id',
    'coder_id',
    'stance',
    'target',
    'valence',
    'intensity',
    'memo',
  ],
  memos: ['subject_type', 'subject_id', 'title', 'body'],
}

/** Columns left out of terrain/extras.json: the project holds them, and they are the bulk. */
export const LEFT_OUT_COLUMNS: Partial<Record<CarriedTable, readonly string[]>> = {
  documents: ['text'],
  codings: ['text', 'memo'],
  memos: ['title', 'body'],
}

/**
 * Tables the project has no place for, whole, in the order they are written back: every table
 * after those it refers to (guides before questions, interviews before closed answers...).
 */
export const WHOLE_TABLES = [
  'codebook',
  'guides',
  'questions',
  'interviews',
  'transcript_turns',
  'closed_answers',
  'collectives',
  'collective_evidence',
  'band_overrides',
  'recommendation_overrides',
  'report_texts',
  'report_verbatims',
  'campaign_targets',
  'key_verbatims',
] as const

/** The engagement's own columns that travel (not its id: an import is a new engagement). */
export const ENGAGEMENT_COLUMNS = [
  'client',
  'title',
  'language',
  'start_date',
  'end_date',
  'consultants',
  'settings',
] as const

/**
 * What a screen reads and a call changes, for precise refreshes: the engagement's tables, and the
 * app's own files. A call's answer names the topics it changed (dispatch.ts); a screen reads again
 * only when one of its reads changed (reads.ts).
 */
export const TABLES = [
  'band_overrides',
  'campaign_targets',
  'closed_answers',
  'code_families',
  'codebook',
  'coders',
  'codes',
  'codings',
  'collective_evidence',
  'collectives',
  'documents',
  'engagement',
  'guides',
  'interviews',
  'key_verbatims',
  'memos',
  'merges',
  'questions',
  'recommendation_overrides',
  'replica',
  'report_texts',
  'report_verbatims',
  'respondent_identities',
  'respondents',
  'tombstones',
  'transcript_turns',
  'variable_values',
  'variables',
] as const
export type Table = (typeof TABLES)[number]

/** The app's own files: the recent list, the passphrases the keychain keeps. */
export const APP_TOPICS = ['recent', 'keychain'] as const
export type Topic = Table | (typeof APP_TOPICS)[number]

/** Every topic at once: another engagement was opened, or the open one closed or rewritten. */
export const EVERYTHING = '*'
export type Changed = Topic | typeof EVERYTHING

import type { CallName } from './names'
import type { Topic } from './topics'

/**
 * What each screen's read depends on. A read named here is made again only when a call changed
 * one of its topics; a read not named here is made again after any change (the safe default).
 * A test runs each of these calls on the demo and checks that every table its SQL reads is listed.
 */
export const READS: Partial<Record<CallName, readonly Topic[]>> = {
  'app.about': [],
  // The header and the sample: the engagement's details and the count of every kind of thing.
  'engagement.current': [
    'engagement',
    'coders',
    'respondents',
    'variables',
    'guides',
    'questions',
    'interviews',
    'documents',
    'code_families',
    'codes',
    'codings',
    'collectives',
    'memos',
    'closed_answers',
  ],
  'engagement.recent': ['recent'],
  'engagement.encryption': ['keychain'],
  'guides.list': ['guides', 'questions'],
  'coding.coders': ['coders'],
  'codebook.get': ['codes', 'code_families', 'codebook'],
  'codebook.fixedKeys': ['codes', 'code_families', 'codebook', 'codings'],
  'respondents.list': ['respondents', 'respondent_identities', 'variable_values', 'variables', 'interviews'],
  'interviews.list': ['interviews'],
  'interviews.live': ['interviews', 'documents', 'closed_answers', 'guides', 'questions'],
  'interviews.tags': ['interviews', 'documents', 'codes', 'codings', 'key_verbatims', 'guides', 'questions'],
  'coding.documents': ['documents', 'codings', 'questions', 'respondents'],
  'coding.document': ['documents', 'codings', 'key_verbatims', 'questions', 'respondents', 'transcript_turns'],
  // The undo history lives in memory beside the file; it moves with every coding and text edit,
  // and with a consensus decision, which may write a memo alone (a reading left out).
  'codings.history': ['codings', 'documents', 'memos'],
  'campaign.get': ['campaign_targets', 'engagement', 'interviews', 'respondents'],
  'report.texts': ['report_texts'],
  'retrieval.variables': ['variables', 'variable_values'],
}

/** What a call changes besides the engagement's tables (whose writes are noted as they happen). */
export const APP_CHANGES: Partial<Record<CallName, readonly Topic[]>> = {
  'engagement.update': ['recent'],
  'engagement.forgetRecent': ['recent'],
  'engagement.forgetPassphrase': ['keychain'],
}

/**
 * The names of every contract call and event. The preload needs only these (not the schemas),
 * and contract.ts is checked by the compiler to declare exactly these names.
 */
export const CALL_NAMES = [
  'app.about',
  'app.flushed',
  'files.chooseNew',
  'files.chooseExisting',
  'files.chooseSpreadsheet',
  'engagement.create',
  'engagement.open',
  'engagement.openDemo',
  'engagement.current',
  'engagement.close',
  'engagement.update',
  'engagement.recent',
  'engagement.forgetRecent',
  'respondents.list',
  'respondents.create',
  'respondents.update',
  'respondents.realName',
  'guides.list',
  'codebook.get',
  'interviews.list',
  'coding.documents',
  'coding.document',
  'coding.coders',
  'codings.apply',
  'codings.update',
  'codings.clearReview',
  'codings.remove',
  'codings.undo',
  'codings.redo',
  'codings.history',
  'documents.edit',
  'retrieval.excerpts',
  'retrieval.counts',
  'retrieval.variables',
  'diagnosis.dashboard',
  'diagnosis.excerpts',
  'diagnosis.updateSettings',
  'diagnosis.overrideBand',
  'diagnosis.clearBandOverride',
  'diagnosis.decideRecommendation',
  'diagnosis.clearRecommendationDecision',
  'import.codings',
  'report.preview',
  'report.texts',
  'report.setText',
  'report.candidates',
  'report.setVerbatims',
  'files.chooseReportPath',
  'report.exportPdf',
  'transcripts.import',
  'files.chooseTranscript',
  'interviews.start',
  'interviews.live',
  'interviews.consent',
  'interviews.saveAnswer',
  'interviews.saveClosed',
  'interviews.finish',
  'interviews.saveNotes',
  'interviews.toggleKeyVerbatim',
  'interviews.quickTag',
  'interviews.tags',
  'campaign.get',
  'campaign.saveTarget',
  'campaign.removeTarget',
  'guides.addQuestion',
  'guides.updateQuestion',
  'guides.removeQuestion',
  'guides.moveQuestion',
  'guides.reorder',
  'guides.duplicate',
  'respondents.import',
] as const
export type CallName = (typeof CALL_NAMES)[number]

export const EVENT_NAMES = ['job.progress', 'app.flushRequested'] as const
export type EventName = (typeof EVENT_NAMES)[number]

/** The IPC channel of a call or an event: derived, never written by hand. */
export const channelOf = (name: CallName | EventName): string => `terrain:${name}`

export const isCallName = (name: unknown): name is CallName =>
  typeof name === 'string' && (CALL_NAMES as readonly string[]).includes(name)
export const isEventName = (name: unknown): name is EventName =>
  typeof name === 'string' && (EVENT_NAMES as readonly string[]).includes(name)

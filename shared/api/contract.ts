import type { z } from 'zod'
import type { CallSpec } from './call'
import type { CallName } from './names'
import { engagementApi } from './engagement'
import { studyApi } from './study'
import { diagnosisApi } from './diagnosis'
import { importsApi } from './imports'
import { reportApi } from './report'
import { transcriptsApi } from './transcripts'
import { interviewsApi } from './interviews'
import { campaignApi } from './campaign'
import { guidesApi } from './guides'
import { liveTagsApi } from './live-tags'
import { respondentsImportApi } from './respondents-import'
import { codingApi } from './coding'
import { codebookApi } from './codebook'
import { codebookTransferApi } from './codebook-transfer'
import { refiQdaApi } from './refi-qda'
import { mergeApi } from './merge'
import { retrievalApi } from './retrieval'
import { collectivesApi } from './collectives'
import { searchApi } from './search'
import { agreementApi } from './agreement'

/** Every call the UI can make. The compiler checks that it declares exactly CALL_NAMES. */
export const contract = {
  ...engagementApi,
  ...studyApi,
  ...diagnosisApi,
  ...importsApi,
  ...reportApi,
  ...transcriptsApi,
  ...interviewsApi,
  ...campaignApi,
  ...guidesApi,
  ...liveTagsApi,
  ...respondentsImportApi,
  ...codingApi,
  ...codebookApi,
  ...codebookTransferApi,
  ...refiQdaApi,
  ...mergeApi,
  ...retrievalApi,
  ...collectivesApi,
  ...searchApi,
  ...agreementApi,
} satisfies {
  [K in CallName]: CallSpec
}

type MissingNames = Exclude<CallName, keyof typeof contract>
type ExtraNames = Exclude<keyof typeof contract, CallName>
const exact: [MissingNames, ExtraNames] extends [never, never] ? true : never = true
void exact

export type Contract = typeof contract
export type CallInput<K extends CallName> = z.input<Contract[K]['input']>
export type ParsedInput<K extends CallName> = z.output<Contract[K]['input']>
export type CallOutput<K extends CallName> = z.output<Contract[K]['output']>

export type ShellCallName = { [K in CallName]: Contract[K] extends { shell: true } ? K : never }[CallName]
export type CoreCallName = Exclude<CallName, ShellCallName>

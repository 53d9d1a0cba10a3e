import type { Session } from '../session'
import type { CoreHandlers } from './handler'
import { engagementHandlers } from './engagement-handlers'
import { studyHandlers } from './study-handlers'
import { diagnosisHandlers } from './diagnosis-handlers'
import { importHandlers } from './import-handlers'
import { reportHandlers } from './report-handlers'
import { transcriptHandlers } from './transcript-handlers'
import { interviewHandlers } from './interview-handlers'
import { campaignHandlers } from './campaign-handlers'
import { guideHandlers } from './guide-handlers'
import { codingHandlers } from './coding-handlers'
import { codebookHandlers } from './codebook-handlers'
import { codebookTransferHandlers } from './codebook-transfer-handlers'
import { refiQdaHandlers } from './refi-qda-handlers'
import { mergeHandlers } from './merge-handlers'
import { retrievalHandlers } from './retrieval-handlers'
import { collectiveHandlers } from './collective-handlers'
import { searchHandlers } from './search-handlers'
import { agreementHandlers } from './agreement-handlers'

/** Every contract call that electron/core serves, for one session. */
export function coreHandlers(session: Session): CoreHandlers {
  return {
    ...engagementHandlers(session),
    ...studyHandlers(session),
    ...diagnosisHandlers(session),
    ...importHandlers(session),
    ...reportHandlers(session),
    ...transcriptHandlers(session),
    ...interviewHandlers(session),
    ...campaignHandlers(session),
    ...guideHandlers(session),
    ...codingHandlers(session),
    ...codebookHandlers(session),
    ...codebookTransferHandlers(session),
    ...refiQdaHandlers(session),
    ...mergeHandlers(session),
    ...retrievalHandlers(session),
    ...collectiveHandlers(session),
    ...searchHandlers(session),
    ...agreementHandlers(session),
  }
}

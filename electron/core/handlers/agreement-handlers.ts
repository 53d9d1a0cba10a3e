import type { Session } from '../session'
import type { CoreHandlers } from './handler'
import type { AgreementApiName } from '../../../shared/api/agreement'
import { agreementReport } from '../agreement/agreement-report'
import { agreementDisagreements } from '../agreement/agreement-disagreements'
import { decideConsensus } from '../agreement/consensus'

export function agreementHandlers(session: Session): Pick<CoreHandlers, AgreementApiName> {
  const e = () => session.requireEngagement()
  return {
    'agreement.report': (input) => agreementReport(e(), input),
    'agreement.disagreements': (input) => agreementDisagreements(e(), input),
    'agreement.decide': (input) => decideConsensus(e(), input),
  }
}

import { ComingSection } from '../../components/ComingSection'

export const ReportPage = () => <ComingSection section="report" />

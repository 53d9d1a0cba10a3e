import { ComingSection } from '../../components/ComingSection'

export const DiagnosisPage = () => <ComingSection section="diagnosis" />

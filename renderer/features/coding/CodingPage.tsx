import { ComingSection } from '../../components/ComingSection'

export const CodingPage = () => <ComingSection section="coding" />

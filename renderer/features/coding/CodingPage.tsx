import { ComingSection } from '../../components/ComingSection'
import { ImportCodings } from './ImportCodings'

export function CodingPage() {
  return (
    <div className="stack">
      <ImportCodings />
      <ComingSection section="coding" />
    </div>
  )
}

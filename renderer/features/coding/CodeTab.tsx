import { ImportCodings } from './ImportCodings'

/** Placeholder until the document coder is built. */
export function CodeTab() {
  return <ImportCodings />
}

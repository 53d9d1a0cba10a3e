/** Placeholder until the retrieval panel is built. */
export function RetrievalPanel() {
  return null
}

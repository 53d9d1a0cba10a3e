/** Placeholder until the collective cards are built. */
export function CollectivesPanel() {
  return null
}

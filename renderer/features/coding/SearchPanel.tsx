/** Placeholder until the search panel is built. */
export function SearchPanel() {
  return null
}

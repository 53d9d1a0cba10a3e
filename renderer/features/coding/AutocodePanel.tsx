/** Placeholder until the autocode panel is built. */
export function AutocodePanel() {
  return null
}

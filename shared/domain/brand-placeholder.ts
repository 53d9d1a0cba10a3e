/** The guides' stand-ins for the client's name, in both languages. */
const PLACEHOLDER = /\[(marque|brand|entreprise|company)\]/gi

/**
 * A guide text as the interviewer reads it aloud: "[marque]" (or [brand], [entreprise], [company])
 * becomes the client's name when the engagement has one; the stored text keeps its placeholder, so
 * that a guide duplicated for another client reads right there too.
 */
export function withClientName(text: string, client: string): string {
  const name = client.trim()
  return name ? text.replace(PLACEHOLDER, name) : text
}

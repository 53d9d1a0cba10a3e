import { translate, type MessageKey, type Params } from '../../../shared/i18n/translate'

/** How many problems the English message of a refused file lists; the problems array keeps them all. */
const LISTED = 20

/** Why a file was refused: on one line (the header being line 1) or, line null, as a whole. */
export interface FileProblem<K extends MessageKey> {
  line: number | null
  key: K
  params: Record<string, string | number>
}

/** A problem on one line of the file. */
export function lineProblem<K extends MessageKey>(line: number, key: K, params: Params = {}): FileProblem<K> {
  return { line, key, params: { ...params, line } }
}

/** A problem with the file as a whole. */
export function fileProblem<K extends MessageKey>(key: K, file: string): FileProblem<K> {
  return { line: null, key, params: { file } }
}

/** File-wide problems first, then by line; the order of discovery within a line. */
export function byLine(a: { line: number | null }, b: { line: number | null }): number {
  return (a.line ?? 0) - (b.line ?? 0)
}

/** The first problems in English, one per line, and how many more: for callers that know nothing of imports. */
export function englishList(
  problems: readonly FileProblem<MessageKey>[],
  more: { one: MessageKey; other: MessageKey },
): string {
  const lines = problems.slice(0, LISTED).map((p) => translate('en', p.key, p.params))
  const rest = problems.length - LISTED
  if (rest > 0) lines.push(translate('en', rest === 1 ? more.one : more.other, { count: rest }))
  return lines.join('\n')
}

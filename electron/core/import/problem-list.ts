import { translate, type MessageKey, type Params } from '../../../shared/i18n/translate'

/** How many problems the English message of a refused file lists. */
const LISTED = 20

/**
 * How many problems a refused file keeps, the first by line; past them they are only counted, so
 * that a file of 200,000 bad rows costs the memory of a thousand problems, and its refusal still
 * says how many there were.
 */
export const KEPT_PROBLEMS = 1000

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

/** Problems as a reader finds them: the first KEPT_PROBLEMS kept, every one counted. */
export class ProblemList<P> {
  readonly kept: P[] = []
  private counted = 0

  add(problems: readonly P[]): void {
    for (const p of problems) {
      this.counted++
      if (this.kept.length < KEPT_PROBLEMS) this.kept.push(p)
    }
  }

  /** How many were found, kept or not. */
  get total(): number {
    return this.counted
  }
}

/**
 * Lists found apart (each in its own order of lines) as one: the first KEPT_PROBLEMS by line of
 * what they kept, file-wide ones first, and how many they found in all.
 */
export function allProblems<P extends { line: number | null }>(
  ...lists: readonly ProblemList<P>[]
): { problems: P[]; total: number } {
  const problems = lists
    .flatMap((l) => l.kept)
    .sort(byLine)
    .slice(0, KEPT_PROBLEMS)
  return { problems, total: lists.reduce((n, l) => n + l.total, 0) }
}

/**
 * The last problem of a list cut short: "… and N more problems", N past the ones kept. It travels
 * with the others (a contract error carries its problems, not their count), so that every place
 * that shows a refused file's problems shows the true total.
 */
export function moreProblems(count: number, more: { one: MessageKey; other: MessageKey }): FileProblem<MessageKey> {
  return { line: null, key: count === 1 ? more.one : more.other, params: { count } }
}

/** The first problems in English, one per line, and how many more of `total`: for callers that know nothing of imports. */
export function englishList(
  problems: readonly FileProblem<MessageKey>[],
  more: { one: MessageKey; other: MessageKey },
  total = problems.length,
): string {
  const lines = problems.slice(0, LISTED).map((p) => translate('en', p.key, p.params))
  const rest = total - Math.min(problems.length, LISTED)
  if (rest > 0) lines.push(translate('en', rest === 1 ? more.one : more.other, { count: rest }))
  return lines.join('\n')
}

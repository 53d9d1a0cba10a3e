import path from 'node:path'

/**
 * The files the page may name in engagement.open and engagement.create: those the user picked in
 * a system dialog, and those in the recent list. A compromised page cannot reach any other path.
 */
export class PathGrants {
  private readonly granted = new Set<string>()

  grant(file: string): void {
    this.granted.add(path.resolve(file))
  }

  allows(file: string, alsoAllowed: readonly string[] = []): boolean {
    const abs = path.resolve(file)
    return this.granted.has(abs) || alsoAllowed.some((f) => path.resolve(f) === abs)
  }
}

/** The calls that read a file the page names: a dialog's choice, or an engagement of the recent list. */
const READS = ['engagement.open', 'import.codings', 'transcripts.import', 'respondents.import', 'codebook.import']
/** The calls that write to the file the page names: only what the user chose in a save dialog. */
const WRITES = ['engagement.create', 'report.exportPdf', 'codebook.export']

/**
 * Whether the page may name this file in this call: a write never reaches a recent engagement (a
 * compromised page could otherwise overwrite one with an export). Calls naming no file pass.
 */
export function mayNameFile(call: string, file: unknown, grants: PathGrants, recent: readonly string[]): boolean {
  if (typeof file !== 'string') return true
  if (WRITES.includes(call)) return grants.allows(file)
  if (READS.includes(call)) return grants.allows(file, recent)
  return true
}

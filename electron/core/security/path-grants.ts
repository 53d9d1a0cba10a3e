import path from 'node:path'

/**
 * The files the page may name: those the user picked in a system dialog (to read, in an Open
 * dialog; to write, in a Save dialog), and, to read, those in the recent list. A compromised page
 * can reach no other path, and can write only where the user said to save.
 */
export class PathGrants {
  private readonly readable = new Set<string>()
  private readonly writable = new Set<string>()

  /** Picked in an Open dialog: may be read. */
  grant(file: string): void {
    this.readable.add(path.resolve(file))
  }

  /** Named in a Save dialog: may be written (and read back, as a new engagement is opened). */
  grantWrite(file: string): void {
    this.writable.add(path.resolve(file))
    this.readable.add(path.resolve(file))
  }

  allows(file: string, alsoAllowed: readonly string[] = []): boolean {
    const abs = path.resolve(file)
    return this.readable.has(abs) || alsoAllowed.some((f) => path.resolve(f) === abs)
  }

  allowsWriting(file: string): boolean {
    return this.writable.has(path.resolve(file))
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
  if (WRITES.includes(call)) return grants.allowsWriting(file)
  if (READS.includes(call)) return grants.allows(file, recent)
  return true
}

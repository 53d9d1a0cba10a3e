import path from 'node:path'
import { contract } from '../../../shared/api/contract'
import type { CallName } from '../../../shared/api/names'
import type { CallSpec } from '../../../shared/api/call'

const specOf = (call: CallName): CallSpec => contract[call]

/**
 * The files the user chose in a system dialog, each for the calls that dialog was for (the
 * contract's `grantsTo`). A compromised page can reach no other file, can read a chosen file only
 * through the calls it was chosen for, and can write a file only once, through the one call whose
 * Save dialog named it.
 */
export class PathGrants {
  private readonly reads = new Map<string, Set<CallName>>()
  private readonly writes = new Map<string, Set<CallName>>()

  /** Chosen in an Open dialog: these calls may read it. */
  grantRead(file: string, calls: readonly CallName[]): void {
    add(this.reads, file, calls)
  }

  /** Named in a Save dialog: each of these calls may write it, once. */
  grantWrite(file: string, calls: readonly CallName[]): void {
    add(this.writes, file, calls)
  }

  mayRead(call: CallName, file: string): boolean {
    return this.reads.get(path.resolve(file))?.has(call) ?? false
  }

  /** Whether this call may write the file; the grant is used up by a yes. */
  takeWrite(call: CallName, file: string): boolean {
    return this.writes.get(path.resolve(file))?.delete(call) ?? false
  }
}

function add(map: Map<string, Set<CallName>>, file: string, calls: readonly CallName[]): void {
  const abs = path.resolve(file)
  map.set(abs, new Set([...(map.get(abs) ?? []), ...calls]))
}

/**
 * Records the user's choice in a file dialog for the calls that dialog is for (the contract's
 * grantsTo): to be written once by a call that writes, to be read by the others.
 */
export function grantChosenFile(grants: PathGrants, dialogCall: CallName, file: string): void {
  for (const call of specOf(dialogCall).grantsTo ?? []) {
    if (specOf(call).file?.access === 'write') grants.grantWrite(file, [call])
    else grants.grantRead(file, [call])
  }
}

/** What, besides the grants, decides whether a file may be named: the engagements the app knows. */
export interface KnownEngagements {
  recent: readonly string[]
  open: string | null
}

/** The engagements a session knows: its recent list and the one open. */
export const knownEngagements = (session: {
  recent: { list(): readonly { path: string }[] }
  engagement: { path: string } | null
}): KnownEngagements => ({ recent: session.recent.list().map((r) => r.path), open: session.engagement?.path ?? null })

/** The file a call's input names, by the contract's declaration (undefined for a call naming none). */
export function fileNamedBy(call: CallName, input: unknown): unknown {
  const field = specOf(call).file?.field
  return field === undefined ? undefined : (input as Record<string, unknown> | null)?.[field]
}

/**
 * Whether the page may name this file in this call, as the contract declares what the call does
 * with it (shared/api/call.ts, FileAccess). A write never reaches an engagement that is open or in
 * the recent list: a compromised page could otherwise overwrite one with an export.
 */
export function mayNameFile(call: CallName, input: unknown, grants: PathGrants, known: KnownEngagements): boolean {
  const access = specOf(call).file?.access
  const file = fileNamedBy(call, input)
  // A call that names no file has nothing to check; a path that is not a string fails its schema.
  if (access === undefined || typeof file !== 'string') return true
  const abs = path.resolve(file)
  const recent = known.recent.some((r) => path.resolve(r) === abs)
  switch (access) {
    case 'read':
      return grants.mayRead(call, abs)
    case 'open':
      return grants.mayRead(call, abs) || recent
    case 'recent':
      return recent
    case 'write':
      return !recent && (known.open === null || path.resolve(known.open) !== abs) && grants.takeWrite(call, abs)
    default:
      return false
  }
}

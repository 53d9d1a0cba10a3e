import type { Language } from '../../../shared/domain/groups'
import type { z } from 'zod'
import type { ReportWarning } from '../../../shared/api/report'
import type { KnownEngagements } from '../security/path-grants'
import type { JobTicket } from '../jobs/job-control'

/**
 * The messages between the relay (Electron's main thread, or the browser tests) and the core
 * worker that owns SQLite and the handlers. Contract calls cross as their name and raw input and
 * come back as one JSON string, which the relay hands to the page without reading it.
 */
export interface CoreWorkerData {
  dataDir: string
  appVersion: string
  /** The build of better-sqlite3 to load (Electron's); the default one otherwise. */
  nativeBinding?: string
  /** Where the keychain's answers land (sync-secret-box.ts); null without a keychain. */
  keychain: SharedArrayBuffer | null
  /** Tests: an output that drifted from its schema fails the call instead of being logged. */
  failOnContractDrift?: boolean
}

export type ToCore =
  | { kind: 'call'; id: number; name: string; input: unknown; job?: JobTicket }
  | { kind: 'known'; id: number }
  | { kind: 'printable'; id: number; language: Language; allowNames: boolean; job?: JobTicket }
  | { kind: 'close'; id: number }

export type ReportPrintable = { html: string; warnings: z.infer<typeof ReportWarning>[] }

/** What an internal request answers: a value, or a typed error to throw again in the relay. */
export type CoreAnswer =
  | { ok: true; value: KnownEngagements | ReportPrintable | null }
  | { ok: false; error: { code: string; message: string; subject?: string } }

export type NativeDriverState = { ok: true } | { ok: false; problem: 'missing' | 'unloadable'; detail: string }

export type FromCore =
  | { kind: 'ready'; driver: NativeDriverState }
  | { kind: 'reply'; id: number; json: string; cancelled: boolean }
  | { kind: 'answer'; id: number; answer: CoreAnswer }
  | { kind: 'event'; name: string; payload: unknown }
  | { kind: 'keychain'; op: 'available' | 'seal' | 'open'; data: string; seq: number }

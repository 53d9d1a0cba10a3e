import { fail } from '../../../shared/domain/terrain-error'

/** Runs a delete; a foreign-key refusal (material still attached) becomes a CONFLICT that says why. */
export function refuseIfReferenced<T>(run: () => T, message: string): T {
  try {
    return run()
  } catch (e) {
    // ON DELETE RESTRICT reports as a trigger constraint, NO ACTION as a foreign-key one.
    const code = e instanceof Error && 'code' in e ? String(e.code) : ''
    if (/^SQLITE_CONSTRAINT_(FOREIGNKEY|TRIGGER)$/.test(code) && /FOREIGN KEY/i.test((e as Error).message)) {
      fail('CONFLICT', message)
    }
    throw e
  }
}

/**
 * What the stand-in saw: every broken Electron rule, and a log of the launch. Where Electron
 * itself throws, the stand-in throws too (with Electron's words); the test fails on any entry.
 */
export const violations: string[] = []
export const log: string[] = []

export function note(line: string): void {
  log.push(line)
}

/** A rule Electron enforces by throwing. */
export function refuse(rule: string): never {
  violations.push(rule)
  throw new Error(rule)
}

/** A rule Electron enforces by silently not working (or by a console error): recorded, not thrown. */
export function broke(rule: string): void {
  violations.push(rule)
}

/** What crosses IPC is copied by the structured clone algorithm: functions and class instances do not survive. */
export function cloneAcrossIpc<T>(value: T, what: string): T {
  try {
    return structuredClone(value)
  } catch (e) {
    return refuse(`${what}: an object could not be cloned (${(e as Error).message})`)
  }
}

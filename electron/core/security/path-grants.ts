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

/**
 * Whether an archive entry's name stays inside the archive when it is taken as a path: relative,
 * no `..` segment, no absolute or drive path (C:, \\server), no NUL. Terrain extracts nothing to
 * disk today; a name that could escape marks an archive built to hurt whoever does.
 */
export function isSafeEntryPath(name: string): boolean {
  if (name === '' || name.includes('\0')) return false
  if (/^[/\\]/.test(name) || /^[A-Za-z]:/.test(name)) return false
  return !name.split(/[/\\]/).includes('..')
}

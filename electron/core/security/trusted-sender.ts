/**
 * Only our own page may call the contract: the top frame, on the app's own origin and page.
 * Kept apart from electron/main so that it is tested under Node.
 */
export function isTrustedSender(
  frame: { url: string; parent: unknown } | null | undefined,
  rendererUrl: string,
): boolean {
  if (!frame || frame.parent) return false
  try {
    const url = new URL(frame.url)
    const own = new URL(rendererUrl)
    return url.protocol === own.protocol && url.host === own.host && url.pathname === own.pathname
  } catch {
    return false
  }
}

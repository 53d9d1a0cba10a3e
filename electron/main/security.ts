import { app, session, type WebContents, type WebFrameMain } from 'electron'

/** The Content-Security-Policy of every page: our own code and inline styles, nothing remote. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')

/** The Electron security checklist, applied once to the default session and to every window. */
export function hardenSession(): void {
  const s = session.defaultSession
  s.setPermissionRequestHandler((_wc, _permission, callback) => callback(false))
  s.setPermissionCheckHandler(() => false)
  s.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } })
  })
  app.on('web-contents-created', (_e, contents) => hardenContents(contents))
}

function hardenContents(contents: WebContents): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
  contents.on('will-navigate', (event, url) => {
    if (url !== contents.getURL()) event.preventDefault()
  })
  contents.on('will-redirect', (event) => event.preventDefault())
  contents.on('will-attach-webview', (event) => event.preventDefault())
}

/** Only our own page may call the contract: the top frame, loaded from the app's renderer. */
export function isTrustedSender(frame: WebFrameMain | null, rendererUrl: string): boolean {
  if (!frame || frame.parent) return false
  try {
    const url = new URL(frame.url)
    const own = new URL(rendererUrl)
    return url.protocol === own.protocol && url.host === own.host && url.pathname === own.pathname
  } catch {
    return false
  }
}

import { protocol } from 'electron'
import fs from 'node:fs/promises'
import { CONTENT_SECURITY_POLICY, contentTypeOf, rendererFile } from '../core/security/renderer-files'

/** The app's pages come from terrain://app/, not file://, so that the CSP header applies to them. */
export const APP_ORIGIN = 'terrain://app'

export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: 'terrain', privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ])
}

export function serveRenderer(rendererDir: string): void {
  protocol.handle('terrain', async (request) => {
    const url = new URL(request.url)
    const file = url.host === 'app' ? rendererFile(rendererDir, url.pathname) : null
    if (!file) return new Response('Not found', { status: 404 })
    try {
      const body = await fs.readFile(file)
      return new Response(body, {
        headers: { 'Content-Type': contentTypeOf(file), 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
      })
    } catch {
      return new Response('Not found', { status: 404 })
    }
  })
}

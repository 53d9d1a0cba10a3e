import path from 'node:path'

/** The Content-Security-Policy of the app's pages: its own code and inline styles, nothing remote. */
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

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
}

export const contentTypeOf = (file: string): string =>
  TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream'

/**
 * The file of the built renderer a URL path names, or null when the path leaves the renderer's
 * folder (../, encoded or not): the app's protocol and the test server serve nothing else.
 */
export function rendererFile(rendererDir: string, urlPath: string): string | null {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return null
  }
  if (decoded.includes('\0')) return null
  const root = path.resolve(rendererDir)
  const file = path.resolve(root, `.${decoded === '/' || decoded === '' ? '/index.html' : decoded}`)
  // Strictly inside: the folder itself ("/." or "/assets/..") is no file to serve.
  return file.startsWith(root + path.sep) ? file : null
}

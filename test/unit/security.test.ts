import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { isTrustedSender } from '../../electron/core/security/trusted-sender'
import { CONTENT_SECURITY_POLICY, contentTypeOf, rendererFile } from '../../electron/core/security/renderer-files'
import { mayNameFile, PathGrants } from '../../electron/core/security/path-grants'

describe('the sender check of every IPC call', () => {
  const app = 'terrain://app/index.html'
  it('trusts the app’s own top frame only', () => {
    expect(isTrustedSender({ url: 'terrain://app/index.html', parent: null }, app)).toBe(true)
    expect(isTrustedSender({ url: 'terrain://app/index.html#guide', parent: null }, app)).toBe(true)
    expect(isTrustedSender({ url: 'terrain://app/index.html', parent: {} }, app)).toBe(false)
    expect(isTrustedSender({ url: 'terrain://evil/index.html', parent: null }, app)).toBe(false)
    expect(isTrustedSender({ url: 'https://app/index.html', parent: null }, app)).toBe(false)
    expect(isTrustedSender({ url: 'terrain://app/other.html', parent: null }, app)).toBe(false)
    expect(isTrustedSender({ url: 'not a url', parent: null }, app)).toBe(false)
    expect(isTrustedSender(null, app)).toBe(false)
  })
})

describe('the files the app’s protocol serves', () => {
  const dir = '/opt/terrain/renderer'
  it('serves the renderer’s own files', () => {
    expect(rendererFile(dir, '/')).toBe(path.join(dir, 'index.html'))
    expect(rendererFile(dir, '')).toBe(path.join(dir, 'index.html'))
    expect(rendererFile(`${dir}/`, '/index.html')).toBe(path.join(dir, 'index.html'))
    expect(rendererFile(dir, '/assets/index-abc.js')).toBe(path.join(dir, 'assets/index-abc.js'))
  })
  it('refuses every way out of the renderer’s folder', () => {
    for (const p of [
      '/../secret',
      '/assets/../../etc/passwd',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/..%2f..%2fetc',
      '/%00',
      '/%E0%A4%A',
      '/.',
      '/assets/..',
      '/../renderer-other/index.html',
    ]) {
      expect(rendererFile(dir, p), p).toBeNull()
    }
  })
})

describe('the files the page may name', () => {
  it('are those the user chose in a dialog, or in the recent list', () => {
    const grants = new PathGrants()
    grants.grant('/home/c/acme.terrain')
    expect(grants.allows('/home/c/acme.terrain')).toBe(true)
    expect(grants.allows('/home/c/../c/acme.terrain')).toBe(true)
    expect(grants.allows('/home/c/other.terrain')).toBe(false)
    expect(grants.allows('/home/c/other.terrain', ['/home/c/other.terrain'])).toBe(true)
    expect(grants.allows('/etc/passwd', ['/home/c/other.terrain'])).toBe(false)
  })

  it('to write, only those named in a Save dialog: an export never overwrites an opened or recent file', () => {
    const grants = new PathGrants()
    grants.grantWrite('/home/c/codebook.qdc')
    grants.grant('/home/c/opened.terrain')
    const recent = ['/home/c/acme.terrain']
    expect(mayNameFile('report.exportPdf', '/home/c/opened.terrain', grants, recent)).toBe(false)
    expect(mayNameFile('engagement.open', '/home/c/opened.terrain', grants, recent)).toBe(true)
    expect(mayNameFile('codebook.export', '/home/c/codebook.qdc', grants, recent)).toBe(true)
    expect(mayNameFile('codebook.export', '/home/c/acme.terrain', grants, recent)).toBe(false)
    expect(mayNameFile('report.exportPdf', '/home/c/acme.terrain', grants, recent)).toBe(false)
    expect(mayNameFile('engagement.open', '/home/c/acme.terrain', grants, recent)).toBe(true)
    expect(mayNameFile('codebook.import', '/etc/passwd', grants, recent)).toBe(false)
    expect(mayNameFile('coding.documents', undefined, grants, recent)).toBe(true)
  })
})

describe('what the app’s protocol sends with each file', () => {
  it('names each kind of file the renderer holds, whatever the case of its extension', () => {
    expect(contentTypeOf('/r/index.html')).toBe('text/html; charset=utf-8')
    expect(contentTypeOf('/r/assets/index-abc.JS')).toBe('text/javascript; charset=utf-8')
    expect(contentTypeOf('/r/assets/index.css')).toBe('text/css; charset=utf-8')
    expect(contentTypeOf('/r/data.json')).toBe('application/json')
    expect(contentTypeOf('/r/logo.svg')).toBe('image/svg+xml')
    expect(contentTypeOf('/r/logo.png')).toBe('image/png')
    expect(contentTypeOf('/r/font.woff2')).toBe('font/woff2')
    // Anything else is bytes, never something a browser would run or render.
    expect(contentTypeOf('/r/unknown.exe')).toBe('application/octet-stream')
    expect(contentTypeOf('/r/README')).toBe('application/octet-stream')
  })

  it('allows the page its own scripts and styles, and nothing remote, embedded or submitted', () => {
    const directives = Object.fromEntries(
      CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1).join(' ')]),
    )
    expect(directives).toEqual({
      'default-src': "'self'",
      'script-src': "'self'",
      'style-src': "'self' 'unsafe-inline'",
      'img-src': "'self' data:",
      'font-src': "'self' data:",
      'connect-src': "'self'",
      'object-src': "'none'",
      'base-uri': "'none'",
      'form-action': "'none'",
      'frame-ancestors': "'none'",
    })
  })
})

describe('the calls checked for the file they name', () => {
  it('let a call that names no file through, whatever it is', () => {
    const grants = new PathGrants()
    for (const call of ['engagement.open', 'codebook.export', 'coding.documents'])
      expect(mayNameFile(call, undefined, grants, []), call).toBe(true)
  })

  it('hold to the grants only the calls that read or write the file they name', () => {
    // Forgetting a recent engagement takes its path off a list: it opens nothing.
    expect(mayNameFile('engagement.forgetRecent', '/home/c/gone.terrain', new PathGrants(), [])).toBe(true)
    for (const call of [
      'engagement.open',
      'import.codings',
      'transcripts.import',
      'respondents.import',
      'codebook.import',
    ])
      expect(mayNameFile(call, '/home/c/never.csv', new PathGrants(), []), call).toBe(false)
    for (const call of ['engagement.create', 'report.exportPdf', 'codebook.export'])
      expect(mayNameFile(call, '/home/c/never.pdf', new PathGrants(), ['/home/c/never.pdf']), call).toBe(false)
  })
})

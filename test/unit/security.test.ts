import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { isTrustedSender } from '../../electron/core/security/trusted-sender'
import { CONTENT_SECURITY_POLICY, contentTypeOf, rendererFile } from '../../electron/core/security/renderer-files'
import {
  fileNamedBy,
  grantChosenFile,
  knownEngagements,
  mayNameFile,
  PathGrants,
} from '../../electron/core/security/path-grants'

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
  const known = { recent: ['/home/c/acme.terrain'], open: '/home/c/opened.terrain' }
  const naming = (path: unknown) => ({ path })

  it('to read, those the user chose in a dialog, only for the calls that dialog was for', () => {
    const grants = new PathGrants()
    grants.grantRead('/home/c/codes.csv', ['import.codings', 'respondents.import'])
    expect(mayNameFile('import.codings', naming('/home/c/codes.csv'), grants, known)).toBe(true)
    expect(mayNameFile('respondents.import', naming('/home/c/../c/codes.csv'), grants, known)).toBe(true)
    expect(mayNameFile('transcripts.import', naming('/home/c/codes.csv'), grants, known)).toBe(false)
    expect(mayNameFile('engagement.open', naming('/home/c/codes.csv'), grants, known)).toBe(false)
    expect(mayNameFile('import.codings', naming('/home/c/other.csv'), grants, known)).toBe(false)
    // Reading a file of the recent list takes a dialog too, except to open it as the engagement.
    expect(mayNameFile('codebook.import', naming('/home/c/acme.terrain'), grants, known)).toBe(false)
  })

  it('to open, an engagement chosen in the Open dialog or one of the recent list', () => {
    const grants = new PathGrants()
    grants.grantRead('/home/c/chosen.terrain', ['engagement.open'])
    expect(mayNameFile('engagement.open', naming('/home/c/chosen.terrain'), grants, known)).toBe(true)
    expect(mayNameFile('engagement.open', naming('/home/c/acme.terrain'), grants, known)).toBe(true)
    expect(mayNameFile('engagement.open', naming('/etc/passwd'), grants, known)).toBe(false)
  })

  it('to write, once, by the call whose Save dialog named it, and never an open or recent engagement', () => {
    const grants = new PathGrants()
    grants.grantWrite('/home/c/codebook.qdc', ['codebook.export'])
    expect(mayNameFile('report.exportPdf', naming('/home/c/codebook.qdc'), grants, known)).toBe(false)
    expect(mayNameFile('codebook.export', naming('/home/c/codebook.qdc'), grants, known)).toBe(true)
    expect(mayNameFile('codebook.export', naming('/home/c/codebook.qdc'), grants, known)).toBe(false)
    // A Save dialog pointed at an engagement the app holds does not make it writable.
    grants.grantWrite('/home/c/acme.terrain', ['report.exportPdf'])
    grants.grantWrite('/home/c/opened.terrain', ['codebook.export'])
    expect(mayNameFile('report.exportPdf', naming('/home/c/acme.terrain'), grants, known)).toBe(false)
    expect(mayNameFile('codebook.export', naming('/home/c/opened.terrain'), grants, known)).toBe(false)
    expect(mayNameFile('codebook.export', naming('/home/c/opened.terrain'), grants, { ...known, open: null })).toBe(
      true,
    )
  })

  it('are granted by each file dialog to the calls that dialog is for, as it says in the contract', () => {
    const grants = new PathGrants()
    grantChosenFile(grants, 'files.chooseSpreadsheet', '/home/c/codes.xlsx')
    grantChosenFile(grants, 'files.chooseCodebookExport', '/home/c/codes.qdc')
    expect(mayNameFile('import.codings', naming('/home/c/codes.xlsx'), grants, known)).toBe(true)
    expect(mayNameFile('respondents.import', naming('/home/c/codes.xlsx'), grants, known)).toBe(true)
    expect(mayNameFile('codebook.import', naming('/home/c/codes.xlsx'), grants, known)).toBe(false)
    expect(mayNameFile('codebook.import', naming('/home/c/codes.qdc'), grants, known)).toBe(false)
    expect(mayNameFile('codebook.export', naming('/home/c/codes.qdc'), grants, known)).toBe(true)
    expect(mayNameFile('codebook.export', naming('/home/c/codes.qdc'), grants, known)).toBe(false)
  })

  it('know, from the session, its recent list and the engagement open', () => {
    const recent = { list: () => [{ path: '/home/c/acme.terrain' }, { path: '/home/c/b.terrain' }] }
    expect(knownEngagements({ recent, engagement: null })).toEqual({
      recent: ['/home/c/acme.terrain', '/home/c/b.terrain'],
      open: null,
    })
    expect(knownEngagements({ recent, engagement: { path: '/home/c/b.terrain' } }).open).toBe('/home/c/b.terrain')
  })

  it('to take one off the recent list, only an engagement of that list', () => {
    expect(mayNameFile('engagement.forgetRecent', naming('/home/c/acme.terrain'), new PathGrants(), known)).toBe(true)
    expect(mayNameFile('engagement.forgetRecent', naming('/home/c/gone.terrain'), new PathGrants(), known)).toBe(false)
  })

  it('leave a call that names no file alone, and a path that is no string to the call’s schema', () => {
    expect(mayNameFile('coding.documents', naming('/etc/passwd'), new PathGrants(), known)).toBe(true)
    expect(fileNamedBy('coding.documents', naming('/etc/passwd'))).toBeUndefined()
    expect(fileNamedBy('transcripts.import', { interviewId: 'x', path: '/t.vtt' })).toBe('/t.vtt')
    expect(mayNameFile('engagement.open', naming(42), new PathGrants(), known)).toBe(true)
    expect(mayNameFile('engagement.open', null, new PathGrants(), known)).toBe(true)
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

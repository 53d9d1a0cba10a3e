import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { isTrustedSender } from '../../electron/core/security/trusted-sender'
import { rendererFile } from '../../electron/core/security/renderer-files'
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

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { PACKAGED_NATIVE, findNativeDriver } from '../../electron/core/db/native-driver'

describe('the engine build of an installed app', () => {
  it('is looked for beside the app when no resources folder is given, and named when missing', () => {
    const appPath = fs.mkdtempSync(path.join(os.tmpdir(), 'terrain-app-'))
    const binding = path.join(appPath, ...PACKAGED_NATIVE)
    expect(findNativeDriver({ appPath, isPackaged: true })).toEqual({
      ok: false,
      problem: 'missing',
      binding,
      detail: binding,
    })
    fs.rmSync(appPath, { recursive: true })
  })
})

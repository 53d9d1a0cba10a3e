import path from 'node:path'
import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import { newCode, NO_TEXTS } from '../helpers/new-code'
import { moveCode } from '../../electron/core/codebook/move-code'
import { exportCodebook } from '../../electron/core/codebook-transfer/export-codebook'
import { importCodebook } from '../../electron/core/codebook-transfer/import-codebook'
import { MAX_CODE_DEPTH } from '../../electron/core/files/limits'
import { LimitRefusal } from '../../electron/core/files/refuse-limit'
import { tempDir, tempEngagement } from '../helpers/temp-engagement'

const createCode = newCode

describe('codes nested deep', () => {
  it('exports an engagement whose codes are nested 1,750 deep (no recursion on the tree’s depth)', () => {
    const e = tempEngagement('en')
    const family = e.codebook.families()[0]!
    // Written straight through the repository, as an older Terrain or a bug could have left it.
    e.transaction(() => {
      let parentId: string | null = null
      for (let i = 0; i < 1750; i++) {
        const c = e.codebook.addCode({
          key: `DEEP.L${i}`,
          familyId: family.id,
          parentId,
          name: { fr: `Niveau ${i}`, en: `Level ${i}` },
          ...NO_TEXTS,
          position: 10_000 + i,
          defaultValence: '0',
          analystOnly: false,
          flags: [],
          ibmItems: [],
        })
        parentId = c.id
      }
    })
    for (const format of ['qdc', 'json'] as const) {
      const out = path.join(tempDir(), `deep.${format}`)
      expect(exportCodebook(e, out, format).codes).toBe(e.codebook.get().codes.length)
      expect(fs.readFileSync(out, 'utf8')).toContain('Level 1749')
    }
    // Read back, it is past the limit of ../shared/LIMITS.md: refused with the limit named.
    const other = tempEngagement('en')
    const out = path.join(tempDir(), 'again.qdc')
    exportCodebook(e, out, 'qdc')
    expect(() => importCodebook(other, out)).toThrow(LimitRefusal)
  })

  it(`refuses to create or move a code past ${MAX_CODE_DEPTH} levels, saying what to do`, () => {
    const e = tempEngagement('en')
    const family = e.codebook.families()[0]!
    let parent: string | null = null
    const chain: string[] = []
    for (let i = 0; i < MAX_CODE_DEPTH; i++) {
      const c = createCode(e, { familyId: family.id, parentId: parent, name: { fr: `Level ${i}`, en: `Level ${i}` } })
      chain.push(c.id)
      parent = c.id
    }
    expect(() =>
      createCode(e, { familyId: family.id, parentId: parent, name: { fr: 'One too deep', en: 'One too deep' } }),
    ).toThrow(/nested 33 levels deep; Terrain keeps at most 32/)
    // A code with a sub-code moved under the 31st level would reach 33.
    const top = createCode(e, { familyId: family.id, parentId: null, name: { fr: 'Top', en: 'Top' } })
    createCode(e, { familyId: family.id, parentId: top.id, name: { fr: 'Under top', en: 'Under top' } })
    expect(() => moveCode(e, { codeId: top.id, familyId: family.id, parentId: chain[30]! })).toThrow(/33 levels/)
    expect(moveCode(e, { codeId: top.id, familyId: family.id, parentId: chain[29]! }).parentId).toBe(chain[29])
  })
})

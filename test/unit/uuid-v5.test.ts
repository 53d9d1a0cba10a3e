import { describe, expect, it } from 'vitest'
import { TERRAIN_NAMESPACE, uuidV5 } from '../../electron/core/codebook/uuid-v5'

describe('name-based UUIDs (v5)', () => {
  it('match the RFC’s algorithm (reference values from another implementation)', () => {
    expect(uuidV5('python.org', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('886313e1-3b8a-5372-9b90-0c9aee199e5d')
    expect(TERRAIN_NAMESPACE).toBe('17fb6cb8-d387-58c2-8204-cf80d06d8a45')
  })

  it('are stable for a name and differ between names', () => {
    expect(uuidV5('social-business-v1/code/OUT.FIND', TERRAIN_NAMESPACE)).toBe(
      uuidV5('social-business-v1/code/OUT.FIND', TERRAIN_NAMESPACE),
    )
    expect(uuidV5('social-business-v1/code/OUT.FIND', TERRAIN_NAMESPACE)).not.toBe(
      uuidV5('social-business-v1/code/OUT.EFF', TERRAIN_NAMESPACE),
    )
  })
})

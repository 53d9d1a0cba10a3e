import { z } from 'zod'
import { describe, expect, it } from 'vitest'
import { call } from '../../shared/api/call'
import { FilePath } from '../../shared/api/engagement'

/**
 * The compiler refuses a contract call that names a file without saying what it does with it, and
 * one that declares a file it does not name: `npm run typecheck` fails if an @ts-expect-error below
 * stops being an error.
 */
describe('a contract call naming a file', () => {
  it('must say whether it reads, opens or writes it, for the compiler to accept it', () => {
    const undeclared = () =>
      // @ts-expect-error: the input names a file, and the call says nothing of it
      call({ input: z.object({ path: FilePath }).strict(), output: z.null(), errors: [] })
    const declared = call({
      input: z.object({ path: FilePath }).strict(),
      output: z.null(),
      errors: [],
      file: { field: 'path', access: 'read' },
    })
    const claimed = () =>
      // @ts-expect-error: the input names no file
      call({ input: z.object({}).strict(), output: z.null(), errors: [], file: { field: 'path', access: 'read' } })
    expect(declared.file).toEqual({ field: 'path', access: 'read' })
    expect(typeof undeclared).toBe('function')
    expect(typeof claimed).toBe('function')
  })
})

import { describe, expect, it } from 'vitest'
import { flaggedJob, newCancelFlag, raiseCancelFlag, UNWATCHED_JOB } from '../../electron/core/jobs/job-control'
import { TerrainError } from '../../shared/domain/terrain-error'

describe('a long job’s control', () => {
  it('reports its first and last steps always, and the others at most every 100 ms', () => {
    let now = 0
    const seen: number[] = []
    const job = flaggedJob(
      { id: 'job-1', kind: 'import', flag: newCancelFlag() },
      (d) => seen.push(d),
      () => now,
    )
    for (let done = 0; done <= 1000; done++) {
      now = done // one step per millisecond
      job.step(done, 1000)
    }
    expect(seen[0]).toBe(0)
    expect(seen.at(-1)).toBe(1000)
    expect(seen).toEqual([0, 100, 200, 300, 400, 500, 600, 700, 800, 900, 1000])
  })

  it('stops at its next step once its flag is raised, with CANCELLED', () => {
    const flag = newCancelFlag()
    const job = flaggedJob({ id: 'job-2', kind: 'autocode', flag }, () => undefined)
    job.step(1, 10)
    job.check()
    raiseCancelFlag(flag)
    expect(() => job.step(2, 10)).toThrow(TerrainError)
    try {
      job.check()
    } catch (e) {
      expect(e).toMatchObject({ code: 'CANCELLED' })
    }
    expect.assertions(2)
  })

  it('does not stop at its last step: the work is done by then (an import reports it after its commit)', () => {
    const flag = newCancelFlag()
    const job = flaggedJob({ id: 'job-3', kind: 'import', flag }, () => undefined)
    raiseCancelFlag(flag)
    expect(() => job.step(10, 10)).not.toThrow()
    expect(() => job.step(9, 10)).toThrow(TerrainError)
  })

  it('outside the relay, a job nobody watches never stops', () => {
    expect(() => {
      UNWATCHED_JOB.step(5, 10)
      UNWATCHED_JOB.check()
    }).not.toThrow()
  })
})

import path from 'node:path'
import { fail } from '../../../shared/domain/terrain-error'
import { now } from '../db/clock'
import { writeBackup } from '../db/backups'
import type { Engagement } from '../engagement/engagement'
import { UNWATCHED_JOB, type JobControl } from '../jobs/job-control'
import { applyMergePlan } from './apply-merge'
import { recordMerge } from './merge-base'
import { planMerge, type MergeConflict, type MergePlan, type Prefer } from './merge-plan'
import { withMergeSource } from './merge-source'

export interface MergeSummary {
  source: string
  /** When the two files last held the same rows; null when nothing says (every difference a conflict). */
  base: string | null
  tables: Record<string, { added: number; updated: number; deleted: number }>
  conflicts: MergeConflict[]
  /** Whether the target was written (not a preview, and no conflict left). */
  written: boolean
  backup: string | null
}

export interface MergeOptions {
  passphrase?: string
  prefer?: Prefer
  /** A side per conflict, by conflictId. */
  decisions?: ReadonlyMap<string, Prefer>
  preview?: boolean
  /** Merges the files of two different studies: refused unless asked for on purpose. */
  otherStudy?: boolean
  backupDir?: string
  job?: JobControl
}

/**
 * Merges an engagement file into the open target: a preview says what would be added, updated,
 * deleted and in conflict; a merge with no conflict left writes it in one transaction, after a
 * backup of the target, and notes the merge (the next one starts from there). A conflict left
 * writes nothing: the consultant settles it (or chooses a side for all with `prefer`).
 */
export function mergeEngagementFile(target: Engagement, sourceFile: string, o: MergeOptions = {}): MergeSummary {
  const job = o.job ?? UNWATCHED_JOB
  job.step(0, 3)
  return withMergeSource(path.resolve(sourceFile), o.passphrase, (source) => {
    const mine = target.info.get().id
    const theirs = source.prepare<[], { id: string }>('SELECT id FROM engagement').get()!.id
    if (mine !== theirs && !o.otherStudy)
      fail(
        'CONFLICT',
        `${path.basename(sourceFile)} is another study (engagement ${theirs}, not ${mine}). Merge it only if you mean to (--other-study).`,
      )
    const plan = planMerge(target.db, source, { prefer: o.prefer, decisions: o.decisions })
    job.step(1, 3)
    const summary = summarise(sourceFile, plan)
    if (o.preview || plan.conflicts.length > 0) return summary
    job.step(2, 3)
    const backup = writeBackup(target.db, target.path, o.backupDir ?? path.dirname(target.path), 'before-merge')
    target.transaction(() => {
      applyMergePlan(target.db, plan)
      recordMerge(target.db, source, now())
      job.check()
    })
    job.step(3, 3)
    return { ...summary, written: true, backup }
  })
}

function summarise(source: string, plan: MergePlan): MergeSummary {
  const tables: MergeSummary['tables'] = {}
  for (const t of plan.tables) {
    if (!t.adds.length && !t.updates.length && !t.deletes.length) continue
    tables[t.table] = { added: t.adds.length, updated: t.updates.length, deleted: t.deletes.length }
  }
  return {
    source: path.resolve(source),
    base: plan.base,
    tables,
    conflicts: plan.conflicts,
    written: false,
    backup: null,
  }
}

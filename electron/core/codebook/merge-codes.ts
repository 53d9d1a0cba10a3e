import type { MergeResult } from '../../../shared/api/codebook'
import type { Code } from '../../../shared/domain/codebook'
import type { Coding } from '../../../shared/domain/coding'
import { descendantIds, siblingsOf } from '../../../shared/domain/code-tree'
import { fail } from '../../../shared/domain/terrain-error'
import type { Engagement } from '../engagement/engagement'
import type { EvidenceLink } from '../repositories/code-links'
import { placeCode, requireCode, writePlaces } from './codebook-rules'

/** Everything a merge changed, to take it back exactly. */
interface MergeDone {
  source: Code
  /** Every code's place before the merge. */
  places: Code[]
  moved: Coding[]
  dropped: Coding[]
  /** The dropped codings' collective evidence, and the links it gave their twins on the target. */
  droppedEvidence: EvidenceLink[]
  addedEvidence: EvidenceLink[]
  memoIds: string[]
  children: number
}

/**
 * Merges the source code into the target: its codings, sub-codes and memos go to the target and
 * the source is deleted. Ctrl+Z takes it back like a coding action (the source returns with its id).
 */
export function mergeCodes(e: Engagement, sourceId: string, targetId: string): MergeResult {
  let done = e.transaction(() => merge(e, sourceId, targetId))
  e.history.record({
    label: { action: 'mergeCodes', count: done.moved.length + done.dropped.length },
    documentIds: [...new Set([...done.moved, ...done.dropped].map((c) => c.documentId))],
    undo: () => e.transaction(() => unmerge(e, done)),
    redo: () => {
      done = e.transaction(() => merge(e, sourceId, targetId))
    },
    // The dropped codings come back on their words after edits (a getter: a redo makes a new `done`).
    get codings() {
      return [...done.moved, ...done.dropped]
    },
  })
  return { moved: done.moved.length, dropped: done.dropped.length, children: done.children }
}

function merge(e: Engagement, sourceId: string, targetId: string): MergeDone {
  const source = requireCode(e, sourceId)
  const target = requireCode(e, targetId)
  const places = e.codebook.codes()
  if (source.id === target.id) fail('CONFLICT', `A code cannot be merged into itself. Choose another target.`)
  if (descendantIds(places, source.id).includes(target.id)) {
    fail(
      'CONFLICT',
      `${target.key} is a sub-code of ${source.key}. Merge ${source.key} into a code outside it, or move ${target.key} out first.`,
      target.key,
    )
  }
  const done: MergeDone = {
    source,
    places,
    moved: [],
    dropped: [],
    droppedEvidence: [],
    addedEvidence: [],
    memoIds: [],
    children: 0,
  }
  for (const c of e.codings.ofCode(source.id)) moveCoding(e, c, target.id, done)
  done.memoIds = e.codeLinks.memoIdsOf([source.id])
  e.codeLinks.moveMemos(done.memoIds, target.id)
  const children = siblingsOf(places, null, source.id)
  for (const child of children) placeCode(e, child.id, { familyId: target.familyId!, parentId: target.id })
  done.children = children.length
  e.codebook.removeCode(source.id)
  return done
}

/** A coding goes to the target, unless the target already codes the same words by the same coder. */
function moveCoding(e: Engagement, c: Coding, targetId: string, done: MergeDone): void {
  const twin = e.codings.findSame({ ...c, codeId: targetId })
  if (!twin) {
    e.codings.recode(c.id, targetId)
    done.moved.push(c)
    return
  }
  // The twin takes over the dropped coding's place in collectives' evidence.
  const evidence = e.codeLinks.evidenceOf([c.id])
  const had = new Set(e.codeLinks.evidenceOf([twin.id]).map((l) => l.collectiveId))
  const added = evidence.filter((l) => !had.has(l.collectiveId)).map((l) => ({ ...l, codingId: twin.id }))
  e.codeLinks.linkEvidence(added)
  e.codings.remove(c.id)
  done.dropped.push(c)
  done.droppedEvidence.push(...evidence)
  done.addedEvidence.push(...added)
}

function unmerge(e: Engagement, done: MergeDone): void {
  const { source } = done
  const shortcutTaken = e.codebook.codes().some((c) => c.shortcut !== null && c.shortcut === source.shortcut)
  if (e.codebook.codeByKey(source.key)) {
    fail('CONFLICT', `Another code took the key ${source.key} since the merge: it cannot come back.`, source.key)
  }
  e.codebook.addCode({ ...source, shortcut: shortcutTaken ? null : source.shortcut }, source.id)
  for (const c of done.moved) {
    if (e.codings.get(c.id)) e.codings.recode(c.id, source.id)
    else e.codings.restore(c)
  }
  for (const c of done.dropped) if (!e.codings.get(c.id)) e.codings.restore(c)
  for (const l of done.addedEvidence) e.collectives.unlinkEvidence(l.collectiveId, l.codingId)
  e.codeLinks.linkEvidence(done.droppedEvidence)
  e.codeLinks.moveMemos(done.memoIds, source.id)
  const live = new Set(e.codebook.codes().map((c) => c.id))
  writePlaces(
    e,
    done.places.filter((c) => live.has(c.id)),
  )
}

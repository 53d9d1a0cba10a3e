import { applyChanges, mapCoding, mapSpan, type TextChange } from '../../../shared/domain/text-edit'
import { fail } from '../../../shared/domain/terrain-error'
import type { Engagement } from '../engagement/engagement'
import { MAX_DOCUMENT_CHARS } from '../files/limits'

const tooLong = (chars: number): never =>
  fail(
    'INVALID_INPUT',
    `The document would hold ${chars.toLocaleString('en')} characters, over the ${MAX_DOCUMENT_CHARS.toLocaleString('en')} a document may hold: split it.`,
  )

/**
 * Edits a document's text and moves every coding on it through the edit, in one transaction: a
 * coding stays on its words, one whose words were all deleted is flagged for review and keeps them,
 * and goes back on them if they are put back where it lies.
 */
export function editDocument(e: Engagement, documentId: string, changes: readonly TextChange[]) {
  return e.transaction(() => {
    const doc = e.documents.get(documentId) ?? fail('NOT_FOUND', `No document ${documentId}.`)
    // Checked before the text is built too: ten thousand inserts of a megabyte would exhaust memory first.
    const inserted = changes.reduce((n, c) => n + c.insert.length, 0)
    if (inserted > MAX_DOCUMENT_CHARS) tooLong(inserted)
    let edited: ReturnType<typeof applyChanges>
    try {
      edited = applyChanges(doc.text, changes)
    } catch (err) {
      return fail('INVALID_RANGE', err instanceof Error ? err.message : String(err))
    }
    if (edited.text.length > MAX_DOCUMENT_CHARS) tooLong(edited.text.length)
    e.documents.setText(documentId, edited.text)
    const flagged: string[] = []
    for (const c of e.codings.ofDocument(documentId)) {
      const moved = mapCoding(c, edited.changes, edited.text)
      if (moved.needsReview && !c.needsReview) flagged.push(c.id)
      e.codings.moveSpan(c.id, moved)
    }
    // Codings the undo history holds (removed, or to be redone) follow the same edit.
    e.history.mapDocument(documentId, (c) => mapCoding(c, edited.changes, edited.text))
    // A transcript's speaker turns follow their words; a turn whose words are all gone keeps a place.
    const turns = e.transcriptTurns.ofDocument(documentId)
    if (turns.length) {
      e.transcriptTurns.set(
        documentId,
        turns.map((t) => ({ ...t, ...pick(mapSpan(t, edited.changes, edited.text)) })),
      )
    }
    // The report's picked verbatims follow their words too; one whose words are gone is dropped.
    for (const pick of e.reportChoices.picksIn(documentId)) {
      const moved = mapSpan(pick, edited.changes, edited.text)
      e.reportChoices.movePick(pick.section, pick, moved.needsReview ? null : moved)
    }
    // So do the key verbatims marked during the interview.
    for (const mark of e.keyVerbatims.ofDocument(documentId)) {
      const moved = mapSpan(mark, edited.changes, edited.text)
      e.keyVerbatims.move(mark.id, moved.needsReview ? null : moved)
    }
    return { document: e.documents.get(documentId)!, codings: e.codings.ofDocument(documentId), flagged }
  })
}

const pick = ({ start, end }: { start: number; end: number }) => ({ start, end })

import type { Engagement } from '../../engagement/engagement'
import type { JobControl } from '../../jobs/job-control'
import { terrainIdOf } from '../../codebook-transfer/parse-qdc'
import { TERRAIN_NAMESPACE, uuidV5 } from '../../codebook/uuid-v5'
import { codingAttributes } from '../coding-description'
import type { ImportNotices } from './import-notices'
import { placeSelections, type UnfitReason } from './place-selections'
import { countingsFor, terrainText, usualCrlf } from './position-counting'
import type { ProjectCoding, ProjectFile } from './project-file'
import type { projectIds } from './project-ids'
import type { SourceProblem } from './project-file'
import type { QdpxNoticeKey } from '../../../../shared/api/refi-qda'

const SOURCE_NOTICE: Record<SourceProblem, QdpxNoticeKey> = {
  missingFile: 'sourceMissingFile',
  outsideProject: 'sourceOutsideProject',
  notUnicode: 'sourceNotUnicode',
  noText: 'sourceNoText',
  tooLong: 'sourceTooLong',
  badDocx: 'sourceBadDocx',
  sharedFile: 'sourceSharedFile',
}
const UNFIT_NOTICE: Record<UnfitReason, QdpxNoticeKey> = {
  outside: 'selectionOutside',
  notText: 'selectionNotText',
  empty: 'selectionEmpty',
}

export interface SourcesWritten {
  documents: number
  codings: number
  /** Each imported selection's codings, for the notes that refer to the selection. */
  codingsOfSelection: Map<string, string[]>
  /** The documents written (a source not imported has none). */
  documentIds: Set<string>
  notImported: { sources: number; selections: number; codings: number }
}

/** What the sources' codings need to know of what was written before them. */
export interface CodingContext {
  codeIds: ReadonlySet<string>
  familyIds: ReadonlySet<string>
  defaultValence: ReadonlyMap<string, '+' | '-' | '0'>
  coderOf: (userGuid: string | null) => string
  respondentOfSource: ReadonlyMap<string, string>
  idOf: ReturnType<typeof projectIds>
}

/**
 * Each text source as a document (LF line ends, its respondent the case that lists it) with its
 * selections' codings on the words they select; one source at a time, its text read then.
 */
export function writeSources(
  e: Engagement,
  p: ProjectFile,
  ctx: CodingContext,
  notices: ImportNotices,
  job: JobControl,
): SourcesWritten {
  const out: SourcesWritten = {
    documents: 0,
    codings: 0,
    codingsOfSelection: new Map(),
    documentIds: new Set(),
    notImported: { sources: 0, selections: 0, codings: 0 },
  }
  const utf16First = /nvivo/i.test(p.origin)
  const missingCodes = new Map<string, { key: QdpxNoticeKey; count: number }>()
  let withoutCase = 0
  const usedIds = new Set<string>()
  p.sources.forEach((s, i) => {
    job.step(i, p.sources.length)
    const read = p.sourceText.get(s.guid)!()
    if ('problem' in read) {
      notices.add(SOURCE_NOTICE[read.problem], { name: s.name, path: read.path })
      out.notImported.sources++
      out.notImported.selections += s.selections.length
      return
    }
    const text = terrainText(read.text)
    const respondentId = ctx.respondentOfSource.get(s.guid) ?? null
    if (!respondentId) withoutCase++
    const doc = e.documents.add(
      { kind: 'imported', respondentId, title: s.name, text, source: p.file },
      ctx.idOf('document', s.guid),
    )
    out.documents++
    out.documentIds.add(doc.id)
    let refused = 0
    const placed = placeSelections(read, s.selections, utf16First)
    const spans = new Set<string>()
    if (s.selections.length > 0) {
      const c = placed.counting
      if (c.unit !== 'codePoint' || c.crlf !== usualCrlf(read))
        notices.add('counting', { name: s.name, unit: c.unit === 'utf16' ? 'UTF-16' : 'Unicode', crlf: c.crlf })
      if (c.bom) notices.add('bomCounted', { name: s.name })
      if (!placed.checked && countingsFor(read, utf16First).length > 1) notices.add('unchecked', { name: s.name })
    }
    for (const { selection, reason } of placed.unfit) {
      notices.add(UNFIT_NOTICE[reason], {
        source: s.name,
        name: shortened(selection.name),
        start: selection.start,
        end: selection.end,
        line: selection.line,
      })
      out.notImported.selections++
    }
    const add = (
      coding: ProjectCoding,
      id: string,
      start: number,
      end: number,
      description: string,
      userGuid: string | null,
    ) => {
      const codeId = terrainIdOf(coding.codeGuid)
      if (!ctx.codeIds.has(codeId)) {
        const key = ctx.familyIds.has(codeId) ? 'categoryCode' : 'unknownCode'
        missingCodes.set(coding.codeGuid, { key, count: (missingCodes.get(coding.codeGuid)?.count ?? 0) + 1 })
        out.notImported.codings++
        return null
      }
      const coderId = ctx.coderOf(coding.userGuid ?? userGuid)
      // The same code on the same words by the same coder is one coding (kept here, not asked of SQLite: 50,000 of them).
      const span = `${start}:${end}:${codeId}:${coderId}`
      if (spans.has(span)) return null
      spans.add(span)
      // A GUID given twice in the file (a tool's bug) still names two codings.
      if (usedIds.has(id)) id = uuidV5(`refi-qda:${doc.id}:${coding.guid}:${start}`, TERRAIN_NAMESPACE)
      usedIds.add(id)
      try {
        e.codings.add(
          {
            documentId: doc.id,
            start,
            end,
            codeId,
            coderId,
            ...codingAttributes(description, ctx.defaultValence.get(codeId) ?? '0'),
          },
          id,
          text,
        )
      } catch {
        refused++
        out.notImported.codings++
        return null
      }
      out.codings++
      return id
    }
    s.selections.forEach((sel, i) => {
      const span = placed.placed.get(i)
      if (!span) return
      const ids = sel.codings.flatMap((c) => {
        const id = ctx.idOf('coding', sel.codings.length === 1 ? sel.guid : c.guid)
        return add(c, id, span.start, span.end, sel.description, sel.userGuid) ?? []
      })
      out.codingsOfSelection.set(sel.guid, [...(out.codingsOfSelection.get(sel.guid) ?? []), ...ids])
    })
    if (text.length > 0) for (const c of s.wholeCodings) add(c, ctx.idOf('coding', c.guid), 0, text.length, '', null)
    if (refused > 0) notices.add('codingsRefused', { source: s.name, count: refused })
  })
  for (const [guid, { key, count }] of missingCodes) notices.add(key, { code: guid, count })
  if (withoutCase > 0) notices.add('sourceWithoutCase', { count: withoutCase })
  return out
}

const shortened = (s: string): string => (s.length > 80 ? `${s.slice(0, 79)}…` : s)

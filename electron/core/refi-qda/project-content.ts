import type { Codebook } from '../../../shared/domain/codebook'
import type { Coder, Coding } from '../../../shared/domain/coding'
import type { Language } from '../../../shared/domain/groups'
import type { TextDocument } from '../../../shared/domain/interview'
import type { Respondent, Variable, VariableValue } from '../../../shared/domain/respondent'
import type { Engagement } from '../engagement/engagement'
import type { Memo } from '../repositories/memos'

/** A document with its respondent and codings, in the order the project lists them. */
export interface ProjectDocument {
  doc: TextDocument
  respondent: Respondent | null
  codings: Coding[]
}

/** What of the engagement a .qdpx project holds, read once, in a stable order. */
export interface ProjectContent {
  engagementId: string
  name: string
  language: Language
  createdAt: string
  coders: Coder[]
  codebook: Codebook
  variables: Variable[]
  respondents: { respondent: Respondent; values: Record<string, VariableValue> }[]
  documents: ProjectDocument[]
  memos: Memo[]
}

export function projectContent(e: Engagement): ProjectContent {
  const info = e.info.get()
  const respondents = e.respondents.list()
  const byId = new Map(respondents.map((r) => [r.id, r]))
  const interviewRespondent = new Map(e.interviews.list().map((i) => [i.id, i.respondentId]))
  const documents = idsOf(e, 'documents').map((id): ProjectDocument => {
    const doc = e.documents.get(id)!
    const respondentId = doc.respondentId ?? (doc.interviewId ? interviewRespondent.get(doc.interviewId) : undefined)
    return {
      doc,
      respondent: (respondentId && byId.get(respondentId)) || null,
      codings: e.codings.ofDocument(id).sort(byPlace),
    }
  })
  return {
    engagementId: info.id,
    name: info.title || info.client || 'Terrain',
    language: info.language,
    createdAt: info.createdAt,
    coders: e.coders.list(),
    codebook: e.codebook.get(),
    variables: e.variables.list(),
    respondents: respondents.map((respondent) => ({ respondent, values: e.variables.valuesOf(respondent.id) })),
    documents,
    memos: idsOf(e, 'memos').map((id) => e.memos.get(id)!),
  }
}

// The repositories list documents and memos by interview or subject only; the project needs all.
function idsOf(e: Engagement, table: 'documents' | 'memos'): string[] {
  return e.db
    .prepare<[], { id: string }>(`SELECT id FROM ${table} ORDER BY created_at, id`)
    .all()
    .map((r) => r.id)
}

const byPlace = (a: Coding, b: Coding): number =>
  a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

import path from 'node:path'
import type { QdpxImportReport } from '../../../../shared/api/refi-qda'
import type { Language } from '../../../../shared/domain/groups'
import { fail } from '../../../../shared/domain/terrain-error'
import { refuseCodebook } from '../../codebook-transfer/codebook-import-error'
import { planCodebookImport } from '../../codebook-transfer/plan-codebook-import'
import { writeCodebookImport } from '../../codebook-transfer/write-codebook-import'
import { createEngagementFile } from '../../engagement/create-engagement'
import type { Engagement } from '../../engagement/engagement'
import { loadGuides } from '../../guides/default-guides'
import { UNWATCHED_JOB, type JobControl } from '../../jobs/job-control'
import { applyTerrainRows } from './apply-terrain-rows'
import { ImportNotices } from './import-notices'
import { groupCandidates, variableNamed, type GroupCandidate } from './project-cases'
import type { ProjectFile, ProjectVariable } from './project-file'
import { projectIds } from './project-ids'
import { withProject } from './read-project'
import type { MemoSubject } from '../../repositories/memos'
import { writeNotes } from './write-notes'
import { writeRespondents } from './write-respondents'
import { writeSources } from './write-sources'

/** What a project holds, read before it is imported: what to ask the consultant. */
export interface ProjectOverview {
  name: string
  origin: string
  fromTerrain: boolean
  sources: number
  cases: number
  selections: number
  candidates: GroupCandidate[]
  /** The variable that holds the groups when the project says it (Terrain's Group); else null. */
  groupVariable: string | null
  /** Whether the consultant must say which variable holds the groups (cases with variables, none chosen). */
  needsGroupVariable: boolean
}

export function inspectQdpx(source: string, lang: Language): ProjectOverview {
  return withProject(path.resolve(source), lang, (p) => {
    const candidates = groupCandidates(p)
    const own = p.rows ? variableNamed(p, 'Group') : undefined
    return {
      name: p.name,
      origin: p.origin,
      fromTerrain: p.rows !== null,
      sources: p.sources.length + p.others.length,
      cases: p.cases.length,
      selections: p.sources.reduce((n, s) => n + s.selections.length, 0),
      candidates,
      groupVariable: own?.name ?? null,
      needsGroupVariable: !own && p.cases.length > 0 && candidates.length > 0,
    }
  })
}

export interface QdpxImportOptions {
  /** The language of the engagement and of the codes' names, when the project is not Terrain's. */
  language: Language
  /** The case variable that holds the groups; null: none (every respondent is "other"). */
  groupVariable: string | null
  passphrase?: string
  job?: JobControl
}

/**
 * A new engagement at `target` from a REFI-QDA project: codes, users as coders, cases as
 * respondents, text sources as documents with their codings, notes as memos, and, from a Terrain
 * project, what REFI-QDA has no place for. Built in one transaction under a temporary name: a
 * refusal or a cancel leaves no file. Returns the open engagement and the report.
 */
export function importQdpx(
  target: string,
  source: string,
  o: QdpxImportOptions,
): { engagement: Engagement; report: QdpxImportReport } {
  const job = o.job ?? UNWATCHED_JOB
  job.step(0, 1)
  return withProject(path.resolve(source), o.language, (p) => {
    const groupVariable =
      o.groupVariable === null ? null : (variableNamed(p, o.groupVariable) ?? unknownVariable(p, o.groupVariable))
    const notices = new ImportNotices()
    let report: Omit<QdpxImportReport, 'path'> | null = null
    const engagement = createEngagementFile(
      target,
      { language: p.language, title: p.name, passphrase: o.passphrase, empty: true },
      (e) => {
        report = writeProject(e, p, groupVariable, notices, job)
      },
    )
    job.step(1, 1)
    return { engagement, report: { path: engagement.path, ...report! } }
  })
}

function writeProject(
  e: Engagement,
  p: ProjectFile,
  groupVariable: ProjectVariable | null,
  notices: ImportNotices,
  job: JobControl,
): Omit<QdpxImportReport, 'path'> {
  const idOf = projectIds(p.rows)
  if (p.rowsProblem) notices.add('rowsSetAside', { problem: p.rowsProblem })
  for (const o of p.others) notices.add('sourceKind', { name: o.name, kind: o.kind })
  e.codebook.setHeader({ sourceId: null, name: { fr: p.name, en: p.name }, note: '', decisionRules: [] })
  if (!p.rows) loadGuides(e)

  const userIds = new Map<string, string>()
  for (const u of p.users)
    if (u.guid && !userIds.has(u.guid))
      userIds.set(
        u.guid,
        e.coders.add(u.name || u.initials || `${userIds.size + 1}`, 'person', idOf('coder', u.guid)).id,
      )
  let fallback: string | null = null
  const coderOf = (guid: string | null) =>
    (guid && userIds.get(guid)) || (fallback ??= e.coders.add(p.origin || 'REFI-QDA', 'person').id)

  const { plan, problems } = planCodebookImport(e.codebook.get(), p.codebook, p.language)
  if (problems.length > 0) refuseCodebook(p.file, problems)
  writeCodebookImport(e, plan, p.codebook)
  const codebook = e.codebook.get()
  const codeIds = new Set(codebook.codes.map((c) => c.id))

  const people = writeRespondents(e, p, groupVariable, idOf, notices)
  const sources = writeSources(
    e,
    p,
    {
      codeIds,
      familyIds: new Set(codebook.families.map((f) => f.id)),
      defaultValence: new Map(codebook.codes.map((c) => [c.id, c.defaultValence])),
      coderOf,
      respondentOfSource: people.respondentOfSource,
      idOf,
    },
    notices,
    job,
  )
  const memos = writeNotes(e, p, {
    idOf,
    authorOf: (guid) => userIds.get(guid) ?? null,
    codingsOfSelection: sources.codingsOfSelection,
    exists: memoSubjects(e, p, sources.documentIds, codeIds),
  })
  if (p.rows)
    for (const [table, count] of applyTerrainRows(e.db, p.rows, p.language))
      notices.add('rowsLeftOut', { table, count })
  // The last moment to stop: past it the transaction commits and the file is moved into place.
  job.check()
  return {
    origin: p.origin,
    fromTerrain: p.rows !== null,
    groupVariable: groupVariable?.name ?? null,
    imported: {
      documents: sources.documents,
      respondents: people.respondents,
      coders: e.coders.list().length,
      codes: codebook.codes.length,
      families: codebook.families.length,
      codings: sources.codings,
      memos,
      variables: people.variables,
    },
    notImported: sources.notImported,
    notices: notices.kept,
    noticesLeftOut: notices.leftOut,
  }
}

/** Whether what a memo is about is in the new engagement, or comes with Terrain's data (interviews, collectives). */
function memoSubjects(
  e: Engagement,
  p: ProjectFile,
  documentIds: ReadonlySet<string>,
  codeIds: ReadonlySet<string>,
): (s: { subjectType: MemoSubject; subjectId: string | null }) => boolean {
  const respondentIds = new Set(e.respondents.list().map((r) => r.id))
  const inRows = (table: string) => (id: string) => p.rows?.tables.get(table)?.some((r) => r.id === id) ?? false
  const checks: Record<Exclude<MemoSubject, 'engagement'>, (id: string) => boolean> = {
    document: (id) => documentIds.has(id),
    code: (id) => codeIds.has(id),
    respondent: (id) => respondentIds.has(id),
    coding: (id) => e.codings.get(id) !== undefined,
    interview: inRows('interviews'),
    collective: inRows('collectives'),
  }
  return ({ subjectType, subjectId }) =>
    subjectType === 'engagement' || (subjectId !== null && checks[subjectType](subjectId))
}

function unknownVariable(p: ProjectFile, name: string): never {
  const names = groupCandidates(p).map((c) => c.name)
  return fail(
    'INVALID_INPUT',
    `The project has no case variable named "${name}". ${names.length ? `Its variables: ${names.join(', ')}.` : 'It has no case variables.'}`,
  )
}

import path from 'node:path'
import { strToU8, zipSync, type Zippable } from 'fflate'
import type { Engagement } from '../engagement/engagement'
import { writeReportFile } from '../report/write-report'
import { UNWATCHED_JOB, type JobControl } from '../jobs/job-control'
import { projectNotes } from './notes-xml'
import { projectContent } from './project-content'
import { projectGuids } from './project-guids'
import { realNamesInProject, refuseNamesUnlessAllowed, type NameWarning } from './project-names-gate'
import { projectQde } from './project-qde'
import { sourcesXml } from './sources-xml'
import { terrainExtras } from './terrain-extras'

export interface QdpxSummary {
  path: string
  sources: number
  codings: number
  codes: number
  cases: number
  users: number
  notes: number
  warnings: NameWarning[]
}

/**
 * The engagement as a REFI-QDA project (.qdpx) for ATLAS.ti, MAXQDA, NVivo, QualCoder: project.qde,
 * each document in sources/, and terrain/ for what the standard has no place for. Reads only.
 * Refused (CONFLICT, no file written) when a text names a respondent, unless `allowNames`.
 */
export function exportQdpx(
  e: Engagement,
  out: string,
  o: {
    origin: string
    allowNames: boolean
    onNameWarnings?: (warnings: readonly NameWarning[]) => void
    job?: JobControl
  },
): QdpxSummary {
  const job = o.job ?? UNWATCHED_JOB
  job.step(0, 4)
  const content = projectContent(e)
  job.step(1, 4)
  const guids = projectGuids(content.engagementId)
  const notes = projectNotes(content, guids)
  const extras = terrainExtras(e)
  const warnings = realNamesInProject(content, notes, extras, e.identities.realNames())
  if (warnings.length) o.onNameWarnings?.(warnings)
  refuseNamesUnlessAllowed(warnings, o.allowNames)
  const sources = sourcesXml(content, guids, notes)
  job.step(2, 4)
  const files: Zippable = { 'project.qde': strToU8(projectQde(content, guids, notes, sources.lines, o.origin)) }
  for (const f of sources.files) files[`sources/${f.name}`] = strToU8(f.text)
  files['terrain/extras.json'] = strToU8(`${JSON.stringify(extras, null, 2)}\n`)
  // The engagement's date on every entry: the zip's bytes do not depend on when it was exported.
  const zip = zipSync(files, { level: 6, mtime: zipDate(content.createdAt) })
  const target = path.resolve(out)
  // The last moment to stop: past it the file is written whole.
  job.step(3, 4)
  writeReportFile(target, Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength))
  return {
    path: target,
    sources: content.documents.length,
    codings: content.documents.reduce((n, d) => n + d.codings.length, 0),
    codes: content.codebook.codes.length,
    cases: content.respondents.length,
    users: content.coders.length,
    notes: notes.notes.length,
    warnings,
  }
}

/** The real names the project would carry (the names gate), without writing anything. */
export function projectNameWarnings(e: Engagement): NameWarning[] {
  const content = projectContent(e)
  const notes = projectNotes(content, projectGuids(content.engagementId))
  return realNamesInProject(content, notes, terrainExtras(e), e.identities.realNames())
}

/**
 * A zip stores a local time from 1980 on, which fflate reads from the Date's local fields: they are
 * given the engagement's UTC time, so that the bytes do not depend on the computer's time zone.
 */
function zipDate(iso: string): Date {
  const d = new Date(iso)
  if (Number.isNaN(d.getTime()) || d.getUTCFullYear() < 1980) return new Date(1980, 0, 1, 12)
  return new Date(
    d.getUTCFullYear(),
    d.getUTCMonth(),
    d.getUTCDate(),
    d.getUTCHours(),
    d.getUTCMinutes(),
    d.getUTCSeconds(),
  )
}

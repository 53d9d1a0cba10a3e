import type { Language } from '../../../../shared/domain/groups'
import type { IncomingCodebook } from '../../codebook-transfer/incoming-codebook'
import type { FileSelection } from './place-selections'
import type { SourceText } from './source-text'
import type { ProjectRows } from './terrain-rows-file'

/** A value of a case's variable, typed as the file declares it. */
export type CaseValue = string | number | boolean

export interface ProjectUser {
  guid: string
  name: string
  initials: string
}

export interface ProjectVariable {
  guid: string
  name: string
  type: 'Text' | 'Boolean' | 'Integer' | 'Float' | 'Date' | 'DateTime'
}

export interface ProjectCase {
  guid: string
  name: string
  line: number
  values: Map<string, CaseValue>
  sourceGuids: string[]
  noteGuids: string[]
}

/** A Coding: which code, by whom. */
export interface ProjectCoding {
  guid: string
  codeGuid: string
  userGuid: string | null
}

export interface ProjectSelection extends FileSelection {
  userGuid: string | null
  description: string
  codings: ProjectCoding[]
  noteGuids: string[]
}

/** Why a source's text could not be read; the source is listed as not imported. */
export type SourceProblem =
  'missingFile' | 'outsideProject' | 'notUnicode' | 'noText' | 'tooLong' | 'badDocx' | 'sharedFile'

export interface ProjectTextSource {
  guid: string
  name: string
  line: number
  description: string
  selections: ProjectSelection[]
  /** Codings of the whole source (a Coding directly under the TextSource). */
  wholeCodings: ProjectCoding[]
  noteGuids: string[]
}

/** A source Terrain does not read (audio, video, picture, PDF): listed in the report. */
export interface OtherSource {
  guid: string
  name: string
  kind: string
}

export interface ProjectNote {
  guid: string
  name: string
  /** Read when the note is written: a project's notes are not all held at once. */
  text: () => string
  description: string
  userGuid: string | null
}

/** A REFI-QDA project as read from its .qdpx, texts decoded, before anything is planned. */
export interface ProjectFile {
  file: string
  /** The language of the codes' names: Terrain's data say it, else the consultant's choice. */
  language: Language
  name: string
  origin: string
  users: ProjectUser[]
  codebook: IncomingCodebook
  /** The notes of each code, by the code's GUID. */
  codeNotes: Map<string, string[]>
  variables: ProjectVariable[]
  cases: ProjectCase[]
  sources: ProjectTextSource[]
  others: OtherSource[]
  notes: ProjectNote[]
  projectNoteGuids: string[]
  /** Terrain's own data (terrain/extras.json), when the project came from Terrain and it reads. */
  rows: ProjectRows | null
  /** Why terrain/extras.json was set aside, when it was there and could not be used. */
  rowsProblem: string | null
  /** Each text source's text, read when asked (one source at a time), by its GUID. */
  sourceText: Map<string, () => SourceText>
}

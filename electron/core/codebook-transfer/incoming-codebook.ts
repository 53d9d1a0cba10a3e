import type { CodebookFormat } from '../../../shared/api/codebook-transfer'
import type { DiagnosisRoles } from '../../../shared/domain/codebook'
import type { Language, Valence } from '../../../shared/domain/groups'

/** Texts in the languages the file gives: a .qdc carries one, Terrain JSON both. */
export type Texts = Partial<Record<Language, string>>

/** A family as a codebook file describes it, before it is matched with the engagement's. */
export interface IncomingFamily {
  /** How the file's codes point at it (its key in JSON, its guid or position in a .qdc). */
  ref: string
  line: number
  id: string | null
  key: string | null
  name: Texts
  pole?: string | null
  color?: string
  /** Whether its codes exclude each other; undefined: the file does not say (kept as it is). */
  exclusive?: boolean
}

/** A code as a codebook file describes it; fields it does not give are left as they are. */
export interface IncomingCode {
  ref: string
  line: number
  id: string | null
  key: string | null
  /** The ref of its family; null: outside any family; undefined: the file does not say (kept as it is). */
  familyRef?: string | null
  /** The ref of a code of the file, or the key of a code of the engagement. */
  parentRef: string | null
  name: Texts
  definition?: Texts
  include?: Texts
  exclude?: Texts
  example?: Texts
  color?: string
  /** The valence its new codings take; the file does not say when undefined (kept as it is). */
  defaultValence?: Valence
  /** Only for codes the import adds: an existing code keeps its shortcut, roles and flags. */
  extras?: {
    shortcut: string | null
    diagnosis: DiagnosisRoles
    analystOnly: boolean
    flags: string[]
    ibmItems: string[]
  }
}

export interface IncomingCodebook {
  file: string
  format: CodebookFormat
  families: IncomingFamily[]
  codes: IncomingCode[]
  /** A .qdc has no keys: codes without a known guid are recognised by their name. */
  matchByName: boolean
}

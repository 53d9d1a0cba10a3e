import type { Group, Stance, Valence } from '../groups'
import type { CollectiveLabel } from '../collective'
import type { DiagnosisSettings } from '../diagnosis-settings'

/**
 * What the diagnosis engine reads, gathered from an engagement by core. Plain data, so that the
 * engine is a pure function and the worked example of DIAGNOSIS.md can be written as a test.
 */
export interface DiagnosisInput {
  settings: DiagnosisSettings
  respondents: DxRespondent[]
  codes: DxCode[]
  /** The codings that feed the diagnosis, already selected (consensus, deduplicated or one coder). */
  codings: DxCoding[]
  motiveCards: DxMotiveCards[]
  collectives: DxCollective[]
  /** Krippendorff's alpha per code key where two or more coders coded the same material. */
  alphaByCode?: Record<string, number>
}

export interface DxRespondent {
  id: string
  /** Pseudonymous code, for evidence lists. */
  code: string
  group: Group
  /** In the population: at least one completed interview, imported transcript or imported coding. */
  inPopulation: boolean
}

export interface DxCode {
  id: string
  key: string
  parentId: string | null
  /** The family id of codebook.json (OUT, APP, ...), read from the codebook, not the key. */
  family: string | null
  pragmatism: 'pragmatic' | 'relational' | null
  idealism: 'pragmatic' | 'relational' | null
  /** Coded by the analyst, not said by anyone (COL.MIS): not a need, so not in the perception gap. */
  analystOnly?: boolean
  /** The motive-card items this code stands for (CLI.*), for the benchmark. */
  ibmItems: string[]
}

export interface DxCoding {
  id: string
  documentId: string
  start: number
  end: number
  respondentId: string
  codeId: string
  stance: Stance
  target: Group | null
  valence: Valence
  intensity: 1 | 2 | 3 | null
  flags: string[]
  /** Position of the document among the respondent's documents (interview, then question order). */
  documentOrder: number
}

/** One respondent's answer to a motive-cards question: SELF for customers, ATTR (target) for leaders. */
export interface DxMotiveCards {
  respondentId: string
  stance: Stance
  target: Group | null
  ticked: string[]
  ranked: string[]
}

export interface DxCollective {
  id: string
  name: string
  label: CollectiveLabel
  criteria: (0 | 1 | null)[]
  evidenceCodingIds: string[]
}

import type { Diagnosis, ExcerptRef } from '../domain/diagnosis/result'
import type { Group, Language, Bilingual } from '../domain/groups'
import type { Guide } from '../domain/guide'

/** Everything the report is built from, gathered by core from the engagement. Plain data. */
export interface ReportInput {
  lang: Language
  generatedOn: string
  engagement: { client: string; title: string; consultants: string[]; startDate: string | null; endDate: string | null }
  diagnosis: Diagnosis
  respondents: { id: string; code: string; group: Group; unit: string | null; site: string | null }[]
  interviewsDone: number
  /** Coded excerpts: a code on some words, by one consultant or more (not the consensus set's copies). */
  codings: number
  /** The coding's reliability, where two or more consultants coded the same answers. */
  agreement: ReportAgreement | null
  codes: { key: string; name: Bilingual; definition: Bilingual; family: string | null; familyName: Bilingual }[]
  guides: Guide[]
  cardLabels: Record<string, Bilingual>
  /** Who said each document, for the excerpts the consultant picked. */
  documentRespondent: Record<string, string>
  /** The words of every excerpt the report may quote, by refKey. */
  excerpts: Record<string, string>
  /** The consultant's own texts, by section id, in the report's language. */
  texts: Record<string, string>
  /** The verbatims the consultant picked, by section id, in order. */
  picks: Record<string, Pick<ExcerptRef, 'documentId' | 'start' | 'end'>[]>
  /** Respondents' real names, to be kept out of everything printed. */
  realNames: string[]
}

export interface ReportAgreement {
  coders: number
  /** Respondents whose answers were coded by two or more consultants, and those answers. */
  respondents: number
  answers: number
  meanAlpha: number | null
  /** Answers where the disagreements were settled by consensus (the findings read that set there). */
  settled: number
  /** The reliability gate's thresholds, as set for this engagement. */
  thresholds: { tentativeBelow: number; unreliableBelow: number }
}

export const refKey = (r: Pick<ExcerptRef, 'documentId' | 'start' | 'end'>): string =>
  `${r.documentId}:${r.start}:${r.end}`

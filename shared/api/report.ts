import { z } from 'zod'
import { call } from './call'
import { FilePath } from './engagement'
import { Group, Language } from '../domain/groups'
import { VERBATIM_SECTIONS } from '../report/verbatim-candidates'
import { DELIVERABLE_FORMATS } from '../report/deliverable-formats'

export const DeliverableFormat = z.enum(DELIVERABLE_FORMATS)

export const ReportWarning = z.object({
  section: z.string(),
  respondent: z.string(),
  name: z.string(),
  text: z.string(),
})

export const ReportPreview = z.object({
  html: z.string(),
  sections: z.array(z.object({ id: z.string(), title: z.string() })),
  warnings: z.array(ReportWarning),
  /** The generated executive summary, shown as the starting point of the consultant's own. */
  draftSummary: z.string(),
})
export type ReportPreview = z.infer<typeof ReportPreview>

export const VerbatimCandidate = z.object({
  documentId: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  group: Group,
  /** The respondent's code (R07), so that the consultant sees who said it; never printed in the report. */
  respondentCode: z.string().nullable(),
  picked: z.boolean(),
  /** Overlaps a quote the interviewer marked as key verbatim on site. */
  key: z.boolean(),
})
export type VerbatimCandidate = z.infer<typeof VerbatimCandidate>

const Section = z.enum(VERBATIM_SECTIONS)
const Ref = z
  .object({ documentId: z.uuid(), start: z.number().int().nonnegative(), end: z.number().int().positive() })
  .refine((r) => r.start < r.end, { message: 'A verbatim ends after it starts.', path: ['end'] })

export const reportApi = {
  'report.preview': call({
    input: z.object({ language: Language }).strict(),
    output: ReportPreview,
    errors: ['NO_ENGAGEMENT_OPEN'],
  }),
  'report.texts': call({
    input: z.object({ language: Language }).strict(),
    output: z.record(z.string(), z.string()),
    errors: ['NO_ENGAGEMENT_OPEN'],
  }),
  'report.setText': call({
    input: z.object({ section: z.string().min(1).max(60), language: Language, body: z.string().max(20_000) }).strict(),
    output: z.null(),
    errors: ['NO_ENGAGEMENT_OPEN'],
  }),
  'report.candidates': call({
    input: z.object({ section: Section, language: Language }).strict(),
    output: z.array(VerbatimCandidate),
    errors: ['NO_ENGAGEMENT_OPEN'],
  }),
  'report.setVerbatims': call({
    input: z.object({ section: Section, refs: z.array(Ref).max(6) }).strict(),
    output: z.null(),
    errors: ['NO_ENGAGEMENT_OPEN', 'NOT_FOUND', 'INVALID_RANGE'],
  }),
  /**
   * Adds one excerpt to a section's picked verbatims (from the evidence behind a figure); the
   * picks it gives back. CONFLICT when the section has its three already.
   */
  'report.addVerbatim': call({
    input: z.object({ section: Section, ref: Ref }).strict(),
    output: z.array(Ref),
    errors: ['NO_ENGAGEMENT_OPEN', 'NOT_FOUND', 'INVALID_RANGE', 'CONFLICT'],
  }),
  'files.chooseReportPath': call({
    input: z.object({ suggestedName: z.string().max(200) }).strict(),
    output: z.object({ path: FilePath }),
    errors: ['CANCELLED'],
    shell: true,
    grantsTo: ['report.exportPdf'],
  }),
  /** Where to save a PowerPoint deck, an Excel workbook or a Word report. */
  'files.chooseDeliverablePath': call({
    input: z.object({ suggestedName: z.string().max(200), format: DeliverableFormat }).strict(),
    output: z.object({ path: FilePath }),
    errors: ['CANCELLED'],
    shell: true,
    grantsTo: ['report.exportDeliverable'],
  }),
  /**
   * The report as a PowerPoint deck, an Excel workbook or a Word document, from the same model as
   * the PDF. CONFLICT when it would show a respondent's real name and allowNames is false.
   */
  'report.exportDeliverable': call({
    input: z
      .object({ language: Language, path: FilePath, format: DeliverableFormat, allowNames: z.boolean().default(false) })
      .strict(),
    output: z.object({ path: FilePath, warnings: z.array(ReportWarning) }),
    errors: ['NO_ENGAGEMENT_OPEN', 'INVALID_INPUT', 'FILE_MISSING', 'FILE_NOT_WRITABLE', 'CONFLICT', 'CANCELLED'],
    file: { field: 'path', access: 'write' },
    job: 'report',
  }),
  /** Printed by the shell: Electron's printToPDF in the app, Chromium in the browser tests. */
  'report.exportPdf': call({
    input: z.object({ language: Language, path: FilePath, allowNames: z.boolean().default(false) }).strict(),
    output: z.object({ path: FilePath, warnings: z.array(ReportWarning) }),
    errors: ['NO_ENGAGEMENT_OPEN', 'FILE_MISSING', 'FILE_NOT_WRITABLE', 'CONFLICT', 'CANCELLED'],
    shell: true,
    job: 'report',
    file: { field: 'path', access: 'write' },
  }),
} as const

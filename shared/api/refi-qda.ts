import { z } from 'zod'
import { call } from './call'
import { FilePath } from './engagement'

export const QdpxExportSummary = z.object({
  path: FilePath,
  sources: z.number().int().nonnegative(),
  codings: z.number().int().nonnegative(),
  codes: z.number().int().nonnegative(),
  cases: z.number().int().nonnegative(),
  users: z.number().int().nonnegative(),
  notes: z.number().int().nonnegative(),
})

export const refiQdaApi = {
  /** Where to save the engagement as a REFI-QDA project. */
  'files.chooseQdpxExportPath': call({
    input: z.object({ suggestedName: z.string().max(200) }).strict(),
    output: z.object({ path: FilePath }),
    errors: ['CANCELLED'],
    shell: true,
    grantsTo: ['refi.exportProject'],
  }),
  /**
   * The engagement as a REFI-QDA project (.qdpx) for ATLAS.ti, MAXQDA, NVivo and QualCoder.
   * CONFLICT when a text would show a respondent's real name; nothing is written then.
   */
  'refi.exportProject': call({
    input: z.object({ path: FilePath }).strict(),
    output: QdpxExportSummary,
    errors: ['NO_ENGAGEMENT_OPEN', 'FILE_MISSING', 'FILE_NOT_WRITABLE', 'CONFLICT', 'CANCELLED'],
    file: { field: 'path', access: 'write' },
    job: 'qdpxExport',
  }),
} as const

import { z } from 'zod'
import { call } from './call'
import { Id } from '../domain/ids'
import { Valence } from '../domain/groups'
import { Code, CodeFamily, CodeKey, DiagnosisRoles } from '../domain/codebook'
import { CodeColour, CodeShortcut } from '../domain/code-shortcut'

const text = (max: number) => z.string().max(max)
const bilingual = (max: number) => z.object({ fr: text(max), en: text(max) }).strict()

/** A name in at least one language; the other is filled from it so that no screen shows a blank. */
const Name = bilingual(200).refine((n) => n.fr.trim() !== '' || n.en.trim() !== '', {
  message: 'Give the name in French or in English.',
})

/** What a consultant writes about a code: what a coder reads before coding with it. */
export const CodeFields = z
  .object({
    name: Name,
    definition: bilingual(5_000),
    include: bilingual(5_000),
    exclude: bilingual(5_000),
    example: bilingual(5_000),
    color: CodeColour,
    shortcut: CodeShortcut.nullable(),
    diagnosis: DiagnosisRoles,
    /** The valence its new codings take; neutral when not given. */
    defaultValence: Valence.optional(),
  })
  .strict()
export type CodeFields = z.infer<typeof CodeFields>

export const CreateCodeInput = CodeFields.extend({
  familyId: Id,
  /** A sub-code of this code (in the same family); a top-level code when null. */
  parentId: Id.nullable(),
  /** Generated from the family or parent key and the name when not given. */
  key: CodeKey.optional(),
}).strict()
export type CreateCodeInput = z.infer<typeof CreateCodeInput>

export const UpdateCodeInput = z
  .object({ codeId: Id, key: CodeKey.optional() })
  .extend(CodeFields.partial().shape)
  .strict()
export type UpdateCodeInput = z.infer<typeof UpdateCodeInput>

export const MoveCodeInput = z
  .object({
    codeId: Id,
    familyId: Id,
    /** Nests the code under this one (of the same family); top level when null. */
    parentId: Id.nullable(),
    /** Its place among its new siblings, from 0; last when not given. */
    index: z.number().int().nonnegative().optional(),
  })
  .strict()
export type MoveCodeInput = z.infer<typeof MoveCodeInput>

/** What goes with a code when it is deleted, counted before the consultant confirms. */
export const DeleteImpact = z.object({
  key: CodeKey,
  subCodes: z.number().int(),
  codings: z.number().int(),
  collectiveEvidence: z.number().int(),
  reportPicks: z.number().int(),
  memos: z.number().int(),
})
export type DeleteImpact = z.infer<typeof DeleteImpact>

export const MergeResult = z.object({
  /** Codings now on the target. */
  moved: z.number().int(),
  /** Codings dropped because the target already had the same words by the same coder. */
  dropped: z.number().int(),
  /** Sub-codes now under the target. */
  children: z.number().int(),
})
export type MergeResult = z.infer<typeof MergeResult>

export const FamilyInput = z.object({ name: Name, color: CodeColour }).strict()

const NOT = ['NO_ENGAGEMENT_OPEN', 'NOT_FOUND'] as const

export const codebookApi = {
  /** The codes whose key stays (they come from the codebook the engagement started with). */
  'codebook.fixedKeys': call({ input: z.object({}).strict(), output: z.array(Id), errors: ['NO_ENGAGEMENT_OPEN'] }),
  'codebook.createCode': call({ input: CreateCodeInput, output: Code, errors: [...NOT, 'CONFLICT'] }),
  'codebook.updateCode': call({ input: UpdateCodeInput, output: Code, errors: [...NOT, 'CONFLICT', 'FORBIDDEN'] }),
  'codebook.moveCode': call({ input: MoveCodeInput, output: Code, errors: [...NOT, 'CONFLICT'] }),
  /** Every coding of the source goes to the target, its sub-codes too; undoable with the coding actions. */
  'codebook.mergeCodes': call({
    input: z.object({ sourceId: Id, targetId: Id }).strict(),
    output: MergeResult,
    errors: [...NOT, 'CONFLICT'],
  }),
  'codebook.deleteImpact': call({ input: z.object({ codeId: Id }).strict(), output: DeleteImpact, errors: NOT }),
  'codebook.deleteCode': call({ input: z.object({ codeId: Id }).strict(), output: DeleteImpact, errors: NOT }),
  'codebook.createFamily': call({
    input: FamilyInput.extend({ key: CodeKey.optional(), exclusive: z.boolean().optional() }).strict(),
    output: CodeFamily,
    errors: [...NOT, 'CONFLICT'],
  }),
  'codebook.updateFamily': call({
    input: z.object({ familyId: Id, exclusive: z.boolean().optional() }).extend(FamilyInput.partial().shape).strict(),
    output: CodeFamily,
    errors: NOT,
  }),
} as const

export type CodebookApiName = keyof typeof codebookApi

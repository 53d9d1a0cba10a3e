import type { Code, Codebook } from '../../../shared/domain/codebook'
import type { CodebookJson, CodebookJsonCode } from './codebook-json-schema'

/** The engagement's codebook in the shape of resources/codebook.json, with nesting, shortcuts and UUIDs. */
function codebookJson(cb: Codebook): CodebookJson {
  const keyOf = new Map(cb.codes.map((c) => [c.id, c.key]))
  const entry = (c: Code): CodebookJsonCode => ({
    key: c.key,
    id: c.id,
    name: c.name,
    definition: c.definition,
    include: c.include,
    exclude: c.exclude,
    example: c.example,
    // Always written, neutral too: a file that does not say leaves a code's valence as it is.
    defaultValence: c.defaultValence,
    color: c.color,
    shortcut: c.shortcut,
    parent: c.parentId ? (keyOf.get(c.parentId) ?? null) : null,
    // Absent rather than null, as in the default codebook.
    ...(c.diagnosis.pragmatism || c.diagnosis.idealism
      ? {
          diagnosis: {
            ...(c.diagnosis.pragmatism ? { pragmatism: c.diagnosis.pragmatism } : {}),
            ...(c.diagnosis.idealism ? { idealism: c.diagnosis.idealism } : {}),
          },
        }
      : {}),
    ...(c.analystOnly ? { analystOnly: true } : {}),
    ...(c.flags.length ? { flags: c.flags } : {}),
    ...(c.ibmItems.length ? { ibmItems: c.ibmItems } : {}),
  })
  const familyIds = new Set(cb.families.map((f) => f.id))
  return {
    id: cb.sourceId ?? 'engagement-codebook',
    name: cb.name,
    note: cb.note,
    decisionRules: cb.decisionRules,
    families: cb.families.map((f) => ({
      id: f.key,
      uuid: f.id,
      name: f.name,
      pole: f.pole,
      color: f.color,
      ...(f.exclusive ? { exclusive: true } : {}),
      codes: cb.codes.filter((c) => c.familyId === f.id).map(entry),
    })),
    codes: cb.codes.filter((c) => !c.familyId || !familyIds.has(c.familyId)).map(entry),
  }
}

/** The file's text: two-space indents and a final newline, like resources/codebook.json. */
export const codebookJsonText = (cb: Codebook): string => `${JSON.stringify(codebookJson(cb), null, 2)}\n`

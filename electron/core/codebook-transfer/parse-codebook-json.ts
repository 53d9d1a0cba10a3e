import type { CodebookProblem } from '../../../shared/api/codebook-transfer'
import { CodeKey } from '../../../shared/domain/codebook'
import type { Bilingual } from '../../../shared/domain/groups'
import { Id } from '../../../shared/domain/ids'
import { fileProblem, lineProblem } from '../import/problem-list'
import { CodeShortcut } from '../../../shared/domain/code-shortcut'
import { refuseCodebook, refuseCodebookFile } from './codebook-import-error'
import { CodebookJson, type CodebookJsonCode, type CodebookJsonFamily } from './codebook-json-schema'
import type { IncomingCode, IncomingCodebook, IncomingFamily } from './incoming-codebook'
import { JsonFieldLines } from './json-field-lines'
import { rgbColour } from './rgb-colour'
import { checkCodeCount } from './codebook-limits'

/**
 * The codes of a Terrain codebook file (resources/codebook.json's shape, or an engagement's export).
 * Codes are matched by key; any problem refuses the file.
 */
export function parseCodebookJson(text: string, file: string): IncomingCodebook {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (e) {
    return refuseCodebookFile('codebookTransfer.problem.notJson', file, { detail: (e as Error).message })
  }
  const parsed = CodebookJson.safeParse(data)
  if (!parsed.success)
    refuseCodebook(
      file,
      parsed.error.issues.slice(0, 20).map((i) => shapeProblem(file, i)),
    )
  checkCodeCount(
    file,
    parsed.data.families.length +
      parsed.data.families.reduce((n, f) => n + f.codes.length, 0) +
      (parsed.data.codes?.length ?? 0),
  )
  const reader = new JsonCodes(text)
  const families = parsed.data.families.map((f) => reader.family(f))
  const codes = [
    ...parsed.data.families.flatMap((f) => f.codes.map((c) => reader.code(c, f.id))),
    ...(parsed.data.codes ?? []).map((c) => reader.code(c, null)),
  ]
  if (codes.length === 0) refuseCodebookFile('codebookTransfer.problem.noCodes', file)
  if (reader.problems.length > 0) refuseCodebook(file, reader.problems)
  return { file, format: 'json', families, codes, matchByName: false }
}

function shapeProblem(file: string, issue: { path: PropertyKey[]; message: string }): CodebookProblem {
  const where = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('') || '(top)'
  const problem = fileProblem('codebookTransfer.problem.jsonShape', file)
  return { ...problem, params: { ...problem.params, where: where.replace(/^\./, ''), expected: issue.message } }
}

/** Both names, the empty one taken from the other language. */
const filled = (t: Bilingual): Bilingual => ({ fr: t.fr.trim() || t.en.trim(), en: t.en.trim() || t.fr.trim() })

class JsonCodes {
  readonly problems: CodebookProblem[] = []
  private readonly keys = new Set<string>()
  private readonly familyKeys = new Set<string>()
  private readonly ids = new Set<string>()
  private readonly lines: JsonFieldLines

  constructor(text: string) {
    this.lines = new JsonFieldLines(text, ['id', 'key'])
  }

  family(f: CodebookJsonFamily): IncomingFamily {
    const line = this.lines.next('id', f.id)
    const who = `"${f.id}"`
    if (this.familyKeys.has(f.id))
      this.problems.push(lineProblem(line, 'codebookTransfer.problem.duplicateKey', { value: f.id }))
    this.familyKeys.add(f.id)
    this.checkName(f.name, line, who)
    const color = this.colour(f.color, line, who)
    return {
      ref: f.id,
      line,
      id: f.uuid === undefined ? null : this.id(f.uuid, line, who),
      key: f.id,
      name: filled(f.name),
      ...(f.pole !== undefined ? { pole: f.pole } : {}),
      ...(color ? { color } : {}),
      ...(f.exclusive !== undefined ? { exclusive: f.exclusive } : {}),
    }
  }

  code(c: CodebookJsonCode, familyRef: string | null): IncomingCode {
    const line = this.lines.next('key', c.key)
    const who = `"${c.key}"`
    if (!CodeKey.safeParse(c.key).success)
      this.problems.push(lineProblem(line, 'codebookTransfer.problem.badKey', { code: who, value: c.key }))
    // Keys are one whatever their case (the codebook refuses OUT.FIND beside out.find).
    else if (this.keys.has(c.key.trim().toLowerCase()))
      this.problems.push(lineProblem(line, 'codebookTransfer.problem.duplicateKey', { value: c.key }))
    this.keys.add(c.key.trim().toLowerCase())
    this.checkName(c.name, line, who)
    const color = this.colour(c.color, line, who)
    return {
      ref: c.key.trim(),
      line,
      id: c.id === undefined ? null : this.id(c.id, line, who),
      key: c.key.trim(),
      familyRef,
      parentRef: c.parent?.trim() || null,
      name: filled(c.name),
      definition: c.definition,
      include: c.include,
      exclude: c.exclude,
      example: c.example,
      defaultValence: c.defaultValence,
      ...(color ? { color } : {}),
      extras: {
        shortcut: this.shortcut(c.shortcut, line, who),
        diagnosis: { pragmatism: c.diagnosis?.pragmatism ?? null, idealism: c.diagnosis?.idealism ?? null },
        analystOnly: c.analystOnly ?? false,
        flags: c.flags ?? [],
        ibmItems: c.ibmItems ?? [],
      },
    }
  }

  private shortcut(value: string | null | undefined, line: number, who: string): string | null {
    if (!value?.trim()) return null
    const parsed = CodeShortcut.safeParse(value)
    if (!parsed.success)
      this.problems.push(lineProblem(line, 'codebookTransfer.problem.badShortcut', { code: who, value }))
    return parsed.success ? parsed.data : null
  }

  private checkName(name: Bilingual, line: number, who: string): void {
    if (!name.fr.trim() && !name.en.trim())
      this.problems.push(lineProblem(line, 'codebookTransfer.problem.missingName', { code: who }))
  }

  private colour(value: string | undefined, line: number, who: string): string | undefined {
    if (value === undefined) return undefined
    const colour = rgbColour(value)
    if (colour === null)
      this.problems.push(lineProblem(line, 'codebookTransfer.problem.badColour', { code: who, value }))
    return colour ?? undefined
  }

  private id(value: string, line: number, who: string): string | null {
    if (!Id.safeParse(value.trim().toLowerCase()).success) {
      this.problems.push(lineProblem(line, 'codebookTransfer.problem.badGuid', { code: who, value }))
      return null
    }
    const id = value.trim().toLowerCase()
    if (this.ids.has(id))
      this.problems.push(lineProblem(line, 'codebookTransfer.problem.duplicateGuid', { code: who, value: id }))
    this.ids.add(id)
    return id
  }
}

import { LANGUAGES, type Language } from '../../../shared/domain/groups'
import { translate } from '../../../shared/i18n/translate'

/** What a .qdc Description holds besides the definition: Terrain's rules, example and key. */
export interface DescribedCode {
  definition: string
  include?: string
  exclude?: string
  example?: string
  key?: string
}

const FIELDS = ['include', 'exclude', 'example', 'key'] as const
type Field = (typeof FIELDS)[number]

const label = (lang: Language, field: Field): string => translate(lang, `codebookTransfer.qdc.${field}`)

/**
 * The Description other tools show as the code's memo: the definition, then one paragraph per
 * rule ("Include: …"), readable by a person and read back by Terrain.
 */
export function composeDescription(code: DescribedCode, lang: Language): string {
  const labelled = FIELDS.filter((f) => code[f]?.trim()).map((f) => `${label(lang, f)}: ${code[f]!.trim()}`)
  return [code.definition.trim(), ...labelled].filter(Boolean).join('\n\n')
}

/** The labels of both languages, so that a file exported in French reads into an English engagement. */
const LABELLED = new RegExp(
  `^(${FIELDS.flatMap((f) => LANGUAGES.map((l) => label(l, f))).join('|')})\\s*:\\s*([\\s\\S]*)$`,
  'i',
)
const fieldOf = (name: string): Field =>
  FIELDS.find((f) => LANGUAGES.some((l) => label(l, f).toLowerCase() === name.toLowerCase()))!

/** A Description read back: the labelled paragraphs at its end are the rules, the rest the definition. */
export function parseDescription(text: string): DescribedCode {
  const paragraphs = text.trim().split(/\n[ \t]*\n/)
  const found: Partial<Record<Field, string>> = {}
  while (paragraphs.length > 0) {
    const m = LABELLED.exec(paragraphs[paragraphs.length - 1]!.trim())
    const field = m && fieldOf(m[1]!)
    if (!m || !field || found[field] !== undefined) break
    found[field] = m[2]!.trim()
    paragraphs.pop()
  }
  return { definition: paragraphs.join('\n\n').trim(), ...found }
}

import { LANGUAGES, VALENCES, type Language, type Valence } from '../../../shared/domain/groups'
import { translate } from '../../../shared/i18n/translate'

/** What a .qdc Description holds besides the definition: Terrain's rules, example, default valence and key. */
export interface DescribedCode {
  definition: string
  include?: string
  exclude?: string
  example?: string
  /** Written only when it is not neutral: other tools' users read it as a line of the memo. */
  valence?: Valence
  key?: string
  /** A family's: its codes exclude each other. */
  exclusive?: boolean
}

const FIELDS = ['include', 'exclude', 'example', 'valence', 'key', 'exclusive'] as const
type Field = (typeof FIELDS)[number]

const label = (lang: Language, field: Field): string => translate(lang, `codebookTransfer.qdc.${field}`)
const valenceWord = (lang: Language, v: Valence): string => translate(lang, `codebookTransfer.qdc.valence.${v}`)

/** "negative (-)": a word for a person, the sign for the way back. */
const valenceText = (lang: Language, v: Valence): string => `${valenceWord(lang, v)} (${v})`

/**
 * The Description other tools show as the code's memo: the definition, then one paragraph per
 * rule ("Include: …"), readable by a person and read back by Terrain. REFI-QDA has no place for a
 * default valence: a labelled paragraph like the rules keeps the file valid for every tool.
 */
export function composeDescription(code: DescribedCode, lang: Language): string {
  const text: Record<Field, string | undefined> = {
    include: code.include,
    exclude: code.exclude,
    example: code.example,
    valence: code.valence && code.valence !== '0' ? valenceText(lang, code.valence) : undefined,
    key: code.key,
    exclusive: code.exclusive ? translate(lang, 'codebookTransfer.qdc.exclusiveYes') : undefined,
  }
  const labelled = FIELDS.filter((f) => text[f]?.trim()).map((f) => `${label(lang, f)}: ${text[f]!.trim()}`)
  return [code.definition.trim(), ...labelled].filter(Boolean).join('\n\n')
}

/** The labels of both languages, so that a file exported in French reads into an English engagement. */
const LABELLED = new RegExp(
  `^(${FIELDS.flatMap((f) => LANGUAGES.map((l) => label(l, f))).join('|')})\\s*:\\s*([\\s\\S]*)$`,
  'i',
)
const fieldOf = (name: string): Field =>
  FIELDS.find((f) => LANGUAGES.some((l) => label(l, f).toLowerCase() === name.toLowerCase()))!

/** A valence read back from its sign, or from its word in either language. */
function valenceOf(text: string): Valence | undefined {
  const sign = /\(\s*([+\-−0])\s*\)\s*$/.exec(text)?.[1]
  if (sign) return sign === '−' ? '-' : (sign as Valence)
  const word = text.trim().toLowerCase()
  return VALENCES.find((v) => LANGUAGES.some((l) => valenceWord(l, v) === word))
}

/** A Description read back: the labelled paragraphs at its end are the rules, the rest the definition. */
export function parseDescription(text: string): DescribedCode {
  const paragraphs = text.trim().split(/\n[ \t]*\n/)
  const found: Partial<Record<Field, string>> = {}
  while (paragraphs.length > 0) {
    const m = LABELLED.exec(paragraphs[paragraphs.length - 1]!.trim())
    const field = m && fieldOf(m[1]!)
    // An unreadable valence is the consultant's words: it stays in the definition.
    if (!m || !field || found[field] !== undefined || (field === 'valence' && !valenceOf(m[2]!))) break
    found[field] = m[2]!.trim()
    paragraphs.pop()
  }
  const { valence, exclusive, ...rules } = found
  return {
    definition: paragraphs.join('\n\n').trim(),
    ...rules,
    ...(valence !== undefined ? { valence: valenceOf(valence) } : {}),
    ...(exclusive !== undefined ? { exclusive: isYes(exclusive) } : {}),
  }
}

/** "yes" in either language (a family's exclusivity); anything else is no. */
const isYes = (text: string): boolean =>
  LANGUAGES.some((l) => translate(l, 'codebookTransfer.qdc.exclusiveYes').toLowerCase() === text.trim().toLowerCase())

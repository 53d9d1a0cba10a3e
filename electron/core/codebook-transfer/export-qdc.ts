import type { Code, Codebook, CodeFamily } from '../../../shared/domain/codebook'
import type { Language } from '../../../shared/domain/groups'
import { composeDescription } from './qdc-description'
import { rgbColour } from './rgb-colour'
import { xmlAttribute, xmlText } from './xml-text'

const QDC_NAMESPACE = 'urn:QDA-XML:codebook:1.0'

interface Node {
  guid: string
  name: string
  codable: boolean
  color: string
  description: string
  children: Node[]
}

/**
 * The codebook as a REFI-QDA .qdc: families as categories (isCodable="false"), each code under its
 * parent code or else its family, guids the codes' own UUIDs so that a re-import recognises them.
 * Names, descriptions and rules in the engagement's language.
 */
export function codebookQdc(cb: Codebook, lang: Language, origin: string): string {
  const codeNode = (c: Code): Node => ({
    guid: c.id,
    name: c.name[lang] || c.name[other(lang)],
    codable: true,
    color: c.color,
    description: composeDescription(
      {
        definition: c.definition[lang],
        include: c.include[lang],
        exclude: c.exclude[lang],
        example: c.example[lang],
        valence: c.defaultValence,
        key: c.key,
      },
      lang,
    ),
    children: cb.codes.filter((child) => child.parentId === c.id).map(codeNode),
  })
  const ids = new Set(cb.codes.map((c) => c.id))
  const roots = cb.codes.filter((c) => !c.parentId || !ids.has(c.parentId))
  const familyNode = (f: CodeFamily): Node => ({
    guid: f.id,
    name: f.name[lang] || f.name[other(lang)],
    codable: false,
    color: f.color,
    description: composeDescription({ definition: '', key: f.key }, lang),
    children: roots.filter((c) => c.familyId === f.id).map(codeNode),
  })
  const familyIds = new Set(cb.families.map((f) => f.id))
  const top = [
    ...cb.families.map(familyNode),
    ...roots.filter((c) => !c.familyId || !familyIds.has(c.familyId)).map(codeNode),
  ]
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<CodeBook xmlns="${QDC_NAMESPACE}" origin="${xmlAttribute(origin)}">`,
    '  <Codes>',
    ...top.flatMap((n) => element(n, '    ')),
    '  </Codes>',
    '</CodeBook>',
    '',
  ].join('\n')
}

const other = (lang: Language): Language => (lang === 'fr' ? 'en' : 'fr')

function element(n: Node, indent: string): string[] {
  const color = rgbColour(n.color)
  const attrs = `guid="${n.guid}" name="${xmlAttribute(n.name)}" isCodable="${n.codable}"${color ? ` color="${color}"` : ''}`
  const inner = [
    ...(n.description ? [`${indent}  <Description>${xmlText(n.description)}</Description>`] : []),
    ...n.children.flatMap((c) => element(c, `${indent}  `)),
  ]
  if (inner.length === 0) return [`${indent}<Code ${attrs}/>`]
  return [`${indent}<Code ${attrs}>`, ...inner, `${indent}</Code>`]
}

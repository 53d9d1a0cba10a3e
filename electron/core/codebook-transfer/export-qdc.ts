import type { Code, Codebook, CodeFamily } from '../../../shared/domain/codebook'
import type { Language } from '../../../shared/domain/groups'
import { composeDescription } from './qdc-description'
import { rgbColour } from './rgb-colour'
import { xmlAttribute, xmlText } from './xml-text'

const QDC_NAMESPACE = 'urn:QDA-XML:codebook:1.0'

/** A Code element to write: its attributes, its description, and what it holds. */
interface Node {
  guid: string
  name: string
  codable: boolean
  color: string
  description: string
  children: readonly Code[]
}

/** Past this depth the XML is no longer indented: a tree thousands deep would be mostly spaces. */
const INDENTED_LEVELS = 40

/**
 * The codebook as a REFI-QDA .qdc: families as categories (isCodable="false"), each code under its
 * parent code or else its family, guids the codes' own UUIDs so that a re-import recognises them.
 * Names, descriptions and rules in the engagement's language. Written depth first with a stack of
 * its own, never by recursion: a codebook nested thousands deep is written like any other.
 */
export function codebookQdc(cb: Codebook, lang: Language, origin: string): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<CodeBook xmlns="${QDC_NAMESPACE}" origin="${xmlAttribute(origin)}">`,
    '  <Codes>',
    ...codeElementLines(cb, lang, 2),
    '  </Codes>',
    '</CodeBook>',
    '',
  ].join('\n')
}

/**
 * The Code elements of the codebook's tree, one line each, indented from `baseLevel`: what a .qdc
 * and a .qdpx project (electron/core/refi-qda) both hold inside their Codes element. A project's
 * codes also point to their memos (`noteRefsOf`, the notes' GUIDs).
 */
export function codeElementLines(
  cb: Codebook,
  lang: Language,
  baseLevel: number,
  noteRefsOf: (codeId: string) => readonly string[] = () => [],
): string[] {
  const ids = new Set(cb.codes.map((c) => c.id))
  const childrenOf = new Map<string, Code[]>()
  for (const c of cb.codes)
    if (c.parentId && ids.has(c.parentId)) childrenOf.set(c.parentId, [...(childrenOf.get(c.parentId) ?? []), c])
  const roots = cb.codes.filter((c) => !c.parentId || !ids.has(c.parentId))
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
    children: childrenOf.get(c.id) ?? [],
  })
  const familyNode = (f: CodeFamily): Node => ({
    guid: f.id,
    name: f.name[lang] || f.name[other(lang)],
    codable: false,
    color: f.color,
    description: composeDescription({ definition: '', key: f.key, exclusive: f.exclusive }, lang),
    children: roots.filter((c) => c.familyId === f.id),
  })
  const familyIds = new Set(cb.families.map((f) => f.id))
  const top = [
    ...cb.families.map(familyNode),
    ...roots.filter((c) => !c.familyId || !familyIds.has(c.familyId)).map(codeNode),
  ]
  const lines: string[] = []
  type Step = { open: Node; depth: number } | { close: number }
  const indent = (depth: number) => '  '.repeat(baseLevel + Math.min(depth, INDENTED_LEVELS))
  const stack: Step[] = top.map((open) => ({ open, depth: 0 })).reverse()
  const seen = new Set<string>()
  while (stack.length) {
    const step = stack.pop()!
    if ('close' in step) {
      lines.push(`${indent(step.close)}</Code>`)
      continue
    }
    const { open: n, depth } = step
    const color = rgbColour(n.color)
    const attrs = `guid="${n.guid}" name="${xmlAttribute(n.name)}" isCodable="${n.codable}"${color ? ` color="${color}"` : ''}`
    const children = n.children.filter((c) => !seen.has(c.id))
    for (const c of children) seen.add(c.id)
    const notes = noteRefsOf(n.guid)
    if (!n.description && notes.length === 0 && children.length === 0) {
      lines.push(`${indent(depth)}<Code ${attrs}/>`)
      continue
    }
    lines.push(`${indent(depth)}<Code ${attrs}>`)
    if (n.description) lines.push(`${indent(depth + 1)}<Description>${xmlText(n.description)}</Description>`)
    for (const note of notes) lines.push(`${indent(depth + 1)}<NoteRef targetGUID="${note}"/>`)
    stack.push({ close: depth })
    for (const c of [...children].reverse()) stack.push({ open: codeNode(c), depth: depth + 1 })
  }
  return lines
}

const other = (lang: Language): Language => (lang === 'fr' ? 'en' : 'fr')

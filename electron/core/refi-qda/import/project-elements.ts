import type { XmlElement } from '../../codebook-transfer/xml-tree'

/** A GUID as the project writes it, braces and case aside: how references are matched. */
export const guidOf = (raw: string | undefined): string =>
  (raw ?? '')
    .trim()
    .replace(/^\{|\}$/g, '')
    .toLowerCase()

export const childrenNamed = (e: XmlElement | undefined, name: string): XmlElement[] =>
  e ? e.children.filter((c) => c.name === name) : []

export const childNamed = (e: XmlElement | undefined, name: string): XmlElement | undefined =>
  e?.children.find((c) => c.name === name)

/** The text of a child element (Description, PlainTextContent), '' when there is none. */
export const childText = (e: XmlElement, name: string): string => childNamed(e, name)?.text ?? ''

/** The targets of an element's references (NoteRef, SourceRef, CodeRef). */
export const refsOf = (e: XmlElement, name: string): string[] =>
  childrenNamed(e, name).map((r) => guidOf(r.attrs.targetGUID))

/** A position attribute: a whole number from 0, -1 when it is not one (the selection is then reported). */
export function positionOf(raw: string | undefined): number {
  const n = Number(raw?.trim())
  return Number.isSafeInteger(n) && n >= 0 ? n : -1
}

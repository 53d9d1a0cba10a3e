import { MAX_XML_TEXT_CHARS } from '../files/limits'
import { refuseLimit } from '../files/refuse-limit'
import { MalformedXml, xmlTextEvents, type XmlEvent } from '../files/xml-events'

export { MalformedXml } from '../files/xml-events'

/** An element of a small XML document, with the line its start tag is on. */
export interface XmlElement {
  name: string
  attrs: Record<string, string>
  children: XmlElement[]
  text: string
  line: number
}

/**
 * The element tree of a codebook's XML, from the guarded XML reader's events (or from text, read
 * through it as `file`). The reader refuses what is not well formed; a document without any
 * element is a MalformedXml too, an element whose text pieces add up past MAX_XML_TEXT_CHARS a
 * LimitRefusal.
 */
export function readXmlTree(xml: string | Iterable<XmlEvent>, file = 'codebook'): XmlElement {
  const events = typeof xml === 'string' ? xmlTextEvents(xml, file) : xml
  const stack: XmlElement[] = []
  let root: XmlElement | null = null
  for (const event of events) {
    const parent = stack[stack.length - 1]
    if (event.kind === 'text') {
      // An element's text may come in several pieces (CDATA sections), each within the reader's limit.
      if (parent) parent.text += event.text
      if (parent && parent.text.length > MAX_XML_TEXT_CHARS) refuseLimit('MAX_XML_TEXT_CHARS', file, parent.text.length)
    } else if (event.kind === 'open') {
      const element: XmlElement = { name: event.name, attrs: event.attrs, children: [], text: '', line: event.line }
      if (parent) parent.children.push(element)
      else root ??= element
      if (!event.selfClosing) stack.push(element)
    } else {
      stack.pop()
    }
  }
  if (!root) throw new MalformedXml('no element at all')
  return root
}

import { MalformedXml, scanXml } from '../import/xml-scanner'

export { MalformedXml } from '../import/xml-scanner'

/** An element of a small XML document, with the line its start tag is on. */
export interface XmlElement {
  name: string
  attrs: Record<string, string>
  children: XmlElement[]
  text: string
  line: number
}

/**
 * The element tree of a codebook's XML, checked for what the scanner alone lets through: one root,
 * tags that close in order, no text outside the root. Throws MalformedXml saying where.
 */
export function readXmlTree(xml: string): XmlElement {
  const lineAt = lineCounter(xml)
  const stack: XmlElement[] = []
  let root: XmlElement | null = null
  for (const event of scanXml(xml)) {
    const parent = stack[stack.length - 1]
    if (event.kind === 'text') {
      if (parent) parent.text += event.text
      else if (event.text.trim()) throw new MalformedXml('text outside the root element')
    } else if (event.kind === 'open') {
      const line = lineAt(event.at)
      if (!parent && root) throw new MalformedXml(`a second root element <${event.name}> on line ${line}`)
      const element: XmlElement = { name: event.name, attrs: event.attrs, children: [], text: '', line }
      if (parent) parent.children.push(element)
      else root = element
      if (!event.selfClosing) stack.push(element)
    } else {
      if (parent?.name !== event.name)
        throw new MalformedXml(`</${event.name}> on line ${lineAt(event.at)} closes no open <${event.name}>`)
      stack.pop()
    }
  }
  if (stack.length > 0) throw new MalformedXml(`<${stack[stack.length - 1]!.name}> is never closed`)
  if (!root) throw new MalformedXml('no element at all')
  return root
}

/** Line numbers of increasing offsets, counted once through the text. */
function lineCounter(text: string): (at: number) => number {
  let line = 1
  let done = 0
  return (at) => {
    for (; done < at; done++) if (text.charCodeAt(done) === 10) line++
    return line
  }
}

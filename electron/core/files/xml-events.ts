import { SaxesParser, type SaxesTagPlain } from 'saxes'
import { detached } from './detached-text'
import { MAX_XML_DEPTH, MAX_XML_TEXT_CHARS } from './limits'
import { MalformedXml } from './malformed-xml'
import { refuseLimit } from './refuse-limit'
import { XmlDecoder } from './xml-decoder'

export { MalformedXml } from './malformed-xml'

/**
 * One step through an XML document. Names lose their namespace prefix (x:row is row), attributes
 * too; an empty element (<x/>) is one open event with selfClosing and no close event. `line` is
 * where the tag starts, `at` its character offset from the start of the text.
 */
export type XmlEvent =
  | { kind: 'open'; name: string; attrs: Record<string, string>; selfClosing: boolean; line: number; at: number }
  | { kind: 'close'; name: string; line: number }
  | { kind: 'text'; text: string }

/**
 * Text handed to the parser at a time, so that its buffers are checked against the limits often,
 * and so that the events of one write, held until they are taken, stay few: a reader that works
 * on each event (a sheet's rows going through an import) would otherwise keep thousands of them
 * alive long enough for the garbage collector to move them to the old generation, which grows the
 * process's peak by far more than they weigh.
 */
const WRITE_CHARS = 16 * 1024

const localName = (name: string): string => {
  const colon = name.indexOf(':')
  return colon < 0 ? name : name.slice(colon + 1)
}

/**
 * The events of an XML document read from `chunks` of bytes (a file or an archive entry, streamed),
 * by saxes, within ../shared/LIMITS.md: a DOCTYPE (and so any entity declaration or external
 * reference) is a MalformedXml, as is markup that is not well formed or an encoding other than
 * UTF-8 or UTF-16; nesting past MAX_XML_DEPTH and a text or attribute past MAX_XML_TEXT_CHARS are a
 * LimitRefusal for `file`, refused before more than that is held.
 */
export function* xmlEvents(chunks: Iterable<Uint8Array>, file: string): Generator<XmlEvent> {
  const reader = new GuardedXml(file)
  for (const chunk of chunks) yield* reader.read(chunk, false)
  yield* reader.read(new Uint8Array(0), true)
}

/** The same for XML already held as text (a test's, or a small part). */
export function* xmlTextEvents(xml: string, file: string): Generator<XmlEvent> {
  yield* xmlEvents([new TextEncoder().encode(xml)], file)
}

class GuardedXml {
  private readonly parser = new SaxesParser<{ xmlns: false; position: true }>({ xmlns: false, position: true })
  private readonly decoder = new XmlDecoder()
  private readonly queue: XmlEvent[] = []
  private depth = 0
  /** Where the tag being read starts (-1: none), for its event and for messages about markup inside it. */
  private tagLine = -1
  private tagAt = -1

  constructor(private readonly file: string) {
    const p = this.parser
    p.on('xmldecl', (decl) => this.decoder.checkDeclared(decl.encoding))
    p.on('doctype', (doctype) => {
      // LIMITS.md: a DOCTYPE (and the entity declarations it may carry) is refused, never skipped.
      const at = p.position - '<!DOCTYPE>'.length - doctype.length
      throw new MalformedXml(`A DOCTYPE at character ${at} is refused.`)
    })
    p.on('opentagstart', (tag) => {
      // saxes is just past the character that ended the name.
      this.tagLine = p.line
      this.tagAt = p.position - tag.name.length - 2
    })
    p.on('opentag', (tag) => this.open(tag))
    p.on('closetag', (tag) => {
      if (tag.isSelfClosing) return
      this.depth--
      this.queue.push({ kind: 'close', name: localName(tag.name), line: p.line })
    })
    p.on('text', (text) => this.text(text))
    p.on('cdata', (text) => this.text(text))
    p.on('error', (e) => {
      // With no DOCTYPE nothing can define an entity: an unknown reference stays as the text it is.
      if (e.message.endsWith('undefined entity.')) return
      const reason = e.message.replace(/^\d+:\d+: /, '').replace(/\.$/, '')
      const where = this.tagAt >= 0 ? `in the tag at character ${this.tagAt}` : `at character ${p.position}`
      throw new MalformedXml(`${reason} ${where} (line ${p.line}).`)
    })
  }

  /** The events of the bytes, a write at a time; `last` ends the document. */
  *read(bytes: Uint8Array, last: boolean): Generator<XmlEvent> {
    const text = this.decoder.decode(bytes, last)
    for (let at = 0; at < text.length; at += WRITE_CHARS) {
      this.parser.write(text.slice(at, at + WRITE_CHARS))
      this.checkBuffers()
      yield* this.queue.splice(0)
    }
    if (last) this.parser.close()
    yield* this.queue.splice(0)
  }

  private open(tag: SaxesTagPlain): void {
    const started = this.tagAt >= 0
    const line = started ? this.tagLine : this.parser.line
    const at = started ? this.tagAt : this.parser.position
    this.tagAt = -1
    if (this.depth + 1 > MAX_XML_DEPTH) refuseLimit('MAX_XML_DEPTH', this.file, this.depth + 1)
    if (!tag.isSelfClosing) this.depth++
    let prefixed = false
    for (const name in tag.attributes) {
      const value = tag.attributes[name]!
      if (value.length > MAX_XML_TEXT_CHARS) refuseLimit('MAX_XML_TEXT_CHARS', this.file, value.length)
      prefixed ||= name.includes(':')
    }
    // saxes gives each tag an object of its own: it is kept unless a name carries a prefix.
    const attrs = prefixed ? withoutPrefixes(tag.attributes) : tag.attributes
    this.queue.push({ kind: 'open', name: localName(tag.name), attrs, selfClosing: tag.isSelfClosing, line, at })
  }

  private text(text: string): void {
    if (text.length > MAX_XML_TEXT_CHARS) refuseLimit('MAX_XML_TEXT_CHARS', this.file, text.length)
    this.queue.push({ kind: 'text', text: detached(text) })
  }

  /**
   * saxes gathers a text, an attribute value, a comment or a DOCTYPE in `text` (a name in `name`,
   * an entity reference in `entity`) until it ends, and says nothing before: their sizes are read
   * there (fields saxes does not publish; hostile-xml.test.ts fails if they move), so that a node
   * too large is refused while the parser holds at most the limit and one write more.
   */
  private checkBuffers(): void {
    const held = this.parser as unknown as { text?: string; name?: string; entity?: string }
    const size = Math.max(held.text?.length ?? 0, held.name?.length ?? 0, held.entity?.length ?? 0)
    if (size > MAX_XML_TEXT_CHARS) refuseLimit('MAX_XML_TEXT_CHARS', this.file, size)
  }
}

function withoutPrefixes(attributes: Record<string, string>): Record<string, string> {
  const attrs: Record<string, string> = {}
  for (const name in attributes) attrs[localName(name)] = attributes[name]!
  return attrs
}

/** One step through an XML document; names lose their namespace prefix (x:row is row); `at` is where a tag starts. */
export type XmlEvent =
  | { kind: 'open'; name: string; attrs: Record<string, string>; selfClosing: boolean; at: number }
  | { kind: 'close'; name: string; at: number }
  | { kind: 'text'; text: string }

export class MalformedXml extends Error {}

const TOKEN =
  /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|<!\[CDATA\[([\s\S]*?)\]\]>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!DOCTYPE[^>]*>|([^<]+)/y
const ATTRIBUTE = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g
const ENTITY = /&(?:#x([0-9a-fA-F]+)|#(\d+)|(lt|gt|amp|quot|apos));/g
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }

const localName = (name: string): string => name.slice(name.indexOf(':') + 1)

export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s
  return s.replace(ENTITY, (_, hex: string | undefined, dec: string | undefined, named: string | undefined) =>
    hex ? String.fromCodePoint(parseInt(hex, 16)) : dec ? String.fromCodePoint(Number(dec)) : NAMED[named!]!,
  )
}

/**
 * The events of the machine-written XML inside an XLSX (no DTD, no external entities): enough to
 * read a workbook's parts, and nothing that can reach outside the file. Throws MalformedXml on
 * text that is not XML and on a DOCTYPE.
 */
export function* scanXml(xml: string): Generator<XmlEvent> {
  const token = new RegExp(TOKEN)
  let at = 0
  while (at < xml.length) {
    token.lastIndex = at
    const m = token.exec(xml)
    if (!m) throw new MalformedXml(`Unexpected markup at character ${at}.`)
    at = token.lastIndex
    const [whole, slash, name, rawAttrs, selfClosing, cdata, text] = m
    // LIMITS.md: a DOCTYPE (and the entity declarations it may carry) is refused, never skipped.
    if (whole.startsWith('<!DOCTYPE')) throw new MalformedXml(`A DOCTYPE at character ${m.index} is refused.`)
    if (name !== undefined) {
      if (slash) yield { kind: 'close', name: localName(name), at: m.index }
      else
        yield {
          kind: 'open',
          name: localName(name),
          attrs: attributes(rawAttrs ?? ''),
          selfClosing: !!selfClosing,
          at: m.index,
        }
    } else if (cdata !== undefined) {
      yield { kind: 'text', text: cdata }
    } else if (text !== undefined) {
      yield { kind: 'text', text: decodeEntities(text) }
    }
  }
}

function attributes(raw: string): Record<string, string> {
  const attrs: Record<string, string> = {}
  for (const m of raw.matchAll(ATTRIBUTE)) attrs[localName(m[1]!)] = decodeEntities(m[2] ?? m[3] ?? '')
  return attrs
}

import { TextDecoder } from 'node:util'
import { MalformedXml } from './malformed-xml'

/** XML may be read in these encodings only (../shared/LIMITS.md): never Windows-1252, never a guess. */
const DECLARABLE = ['utf-8', 'utf8', 'us-ascii', 'ascii', 'utf-16', 'utf-16le', 'utf-16be']

const startsWith = (bytes: Uint8Array, ...prefix: number[]) => prefix.every((b, i) => bytes[i] === b)

/**
 * Turns an XML file's bytes into text, chunk by chunk: UTF-16 when it starts with a UTF-16 byte
 * order mark, UTF-8 otherwise (the XML default), a UTF-8 BOM dropped. Bytes that are not valid in
 * that encoding are a MalformedXml, never a second guess.
 */
export class XmlDecoder {
  private decoder: TextDecoder | null = null
  private head = new Uint8Array(0)
  private utf16 = false
  /** Line ends decoded so far. */
  private lines = 0

  /** The text of `bytes`; the first bytes are held back until the byte order mark can be told. */
  decode(bytes: Uint8Array, last = false): string {
    if (!this.decoder) {
      const joined = new Uint8Array(this.head.length + bytes.length)
      joined.set(this.head)
      joined.set(bytes, this.head.length)
      if (joined.length < 3 && !last) {
        this.head = joined
        return ''
      }
      this.decoder = this.pick(joined)
      bytes = joined
    }
    let text: string
    try {
      text = this.decoder.decode(bytes, { stream: !last })
    } catch {
      throw new MalformedXml(`text that is not valid ${this.utf16 ? 'UTF-16' : 'UTF-8'} on line ${this.badLine(bytes)}`)
    }
    this.lines += countLines(text)
    return text
  }

  /** The line of the first byte that is not valid: where the consultant looks in an editor. */
  private badLine(bytes: Uint8Array): number {
    const lenient = new TextDecoder(this.utf16 ? 'utf-16le' : 'utf-8').decode(bytes)
    const at = lenient.indexOf('\uFFFD')
    return this.lines + 1 + countLines(at < 0 ? lenient : lenient.slice(0, at))
  }

  /** Refuses an encoding declaration Terrain does not read (windows-1252, iso-8859-1...). */
  checkDeclared(encoding: string | undefined): void {
    if (encoding === undefined) return
    const declared = encoding.toLowerCase()
    if (!DECLARABLE.includes(declared) || declared.startsWith('utf-16') !== this.utf16)
      throw new MalformedXml(`encoding ${encoding} declared: Terrain reads XML in UTF-8 or UTF-16 only`)
  }

  private pick(bytes: Uint8Array): TextDecoder {
    const little = startsWith(bytes, 0xff, 0xfe)
    this.utf16 = little || startsWith(bytes, 0xfe, 0xff)
    // The decoder drops the BOM itself (ignoreBOM false).
    return new TextDecoder(this.utf16 ? (little ? 'utf-16le' : 'utf-16be') : 'utf-8', { fatal: true })
  }
}

function countLines(text: string): number {
  let n = 0
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++
  return n
}

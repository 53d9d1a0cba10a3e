import type { GuardedFile } from './guarded-file'

/** The file is not a ZIP archive, or its structure is broken: the caller says "damaged" in its own words. */
export class DamagedArchive extends Error {
  constructor(why: string) {
    super(why)
    this.name = 'DamagedArchive'
  }
}

/** One entry as the central directory declares it: sizes that the inflating checks again. */
export interface ZipEntry {
  name: string
  method: number
  flags: number
  compressedSize: number
  uncompressedSize: number
  localHeaderOffset: number
}

/** Where the central directory is and how many entries it declares, from the end of the archive. */
export interface ZipEnd {
  entries: number
  directoryOffset: number
  directorySize: number
}

const EOCD = 0x06054b50
const ZIP64_LOCATOR = 0x07064b50
const ZIP64_EOCD = 0x06064b50
const CENTRAL_HEADER = 0x02014b50
const EOCD_SIZE = 22
/** The end record may be followed by a comment of up to 65,535 bytes. */
const MAX_COMMENT = 0xffff

const damaged = (why: string): never => {
  throw new DamagedArchive(why)
}

const view = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)

/** Reads a 64-bit size as a number: a ZIP64 figure past 2^53 cannot be a real size of this file anyway. */
const u64 = (v: DataView, at: number) => Number(v.getBigUint64(at, true))

/** The end of central directory record (ZIP64 when the classic one overflows), read from the file's tail. */
export function readZipEnd(f: GuardedFile): ZipEnd {
  const tailStart = Math.max(0, f.size - EOCD_SIZE - MAX_COMMENT)
  const tail = f.read(tailStart, f.size - tailStart)
  const t = view(tail)
  let at = tail.length - EOCD_SIZE
  while (at >= 0 && t.getUint32(at, true) !== EOCD) at--
  if (at < 0) damaged('no end of central directory: not a ZIP archive')
  const end = {
    entries: t.getUint16(at + 10, true),
    directorySize: t.getUint32(at + 12, true),
    directoryOffset: t.getUint32(at + 16, true),
  }
  const overflows = end.entries === 0xffff || end.directorySize === 0xffffffff || end.directoryOffset === 0xffffffff
  return overflows ? readZip64End(f, tailStart + at) : end
}

function readZip64End(f: GuardedFile, eocdAt: number): ZipEnd {
  if (eocdAt < 20) damaged('no ZIP64 end locator')
  const locator = view(f.read(eocdAt - 20, 20))
  if (locator.getUint32(0, true) !== ZIP64_LOCATOR) damaged('no ZIP64 end locator')
  const record = view(f.read(u64(locator, 8), 56))
  if (record.byteLength < 56 || record.getUint32(0, true) !== ZIP64_EOCD) damaged('no ZIP64 end record')
  return { entries: u64(record, 32), directorySize: u64(record, 40), directoryOffset: u64(record, 48) }
}

/** The entries of the central directory; `end` was checked by the caller (the entry count first). */
export function readZipDirectory(f: GuardedFile, end: ZipEnd): ZipEntry[] {
  if (end.directoryOffset + end.directorySize > f.size) damaged('the central directory lies outside the file')
  const dir = f.read(end.directoryOffset, end.directorySize)
  const d = view(dir)
  const entries: ZipEntry[] = []
  let at = 0
  while (entries.length < end.entries) {
    if (at + 46 > dir.length || d.getUint32(at, true) !== CENTRAL_HEADER) damaged('a broken central directory')
    const nameLength = d.getUint16(at + 28, true)
    const extraLength = d.getUint16(at + 30, true)
    const commentLength = d.getUint16(at + 32, true)
    const flags = d.getUint16(at + 8, true)
    const nameBytes = dir.subarray(at + 46, at + 46 + nameLength)
    const extra = dir.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength)
    const entry: ZipEntry = {
      // Bit 11: the name is UTF-8; Office and QDA programs write ASCII names either way.
      name: new TextDecoder(flags & 0x800 ? 'utf-8' : 'latin1').decode(nameBytes),
      method: d.getUint16(at + 10, true),
      flags,
      compressedSize: d.getUint32(at + 20, true),
      uncompressedSize: d.getUint32(at + 24, true),
      localHeaderOffset: d.getUint32(at + 42, true),
    }
    entries.push(withZip64Sizes(entry, extra))
    at += 46 + nameLength + extraLength + commentLength
  }
  return entries
}

/** Fields at 0xFFFFFFFF are in the ZIP64 extra field (id 1), in this order, when they overflow. */
function withZip64Sizes(entry: ZipEntry, extra: Uint8Array): ZipEntry {
  const fields = ['uncompressedSize', 'compressedSize', 'localHeaderOffset'] as const
  if (!fields.some((k) => entry[k] === 0xffffffff)) return entry
  const x = view(extra)
  for (let at = 0; at + 4 <= extra.length; at += 4 + x.getUint16(at + 2, true)) {
    if (x.getUint16(at, true) !== 1) continue
    const out = { ...entry }
    let field = at + 4
    for (const k of fields) {
      if (entry[k] !== 0xffffffff) continue
      if (field + 8 > extra.length) damaged(`a broken ZIP64 field for ${entry.name}`)
      out[k] = u64(x, field)
      field += 8
    }
    return out
  }
  return damaged(`no ZIP64 field for ${entry.name}`)
}

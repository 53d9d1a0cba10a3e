import { Inflate } from 'fflate'
import { isSafeEntryPath } from './entry-path'
import { CHUNK_BYTES, openGuardedFile, type GuardedFile } from './guarded-file'
import { ENTRY_RATIO_FROM_BYTES, MAX_ARCHIVE_ENTRIES, MAX_ARCHIVE_UNCOMPRESSED_BYTES, MAX_ENTRY_RATIO } from './limits'
import { LimitRefusal, refuseFault, refuseLimit } from './refuse-limit'
import { DamagedArchive, readZipDirectory, readZipEnd, type ZipEntry } from './zip-directory'

export { DamagedArchive } from './zip-directory'

const LOCAL_HEADER = 0x04034b50
const STORED = 0
const DEFLATED = 8
/**
 * Compressed bytes handed to the inflater at a time: deflate expands at most about 1,032 times,
 * so one step never produces more than about 16 MB, however the archive lies.
 */
const INFLATE_STEP = 16 * 1024

/** A ZIP archive (.docx, .xlsx, .qdpx) whose directory passed the limits; its entries are read on demand. */
export interface GuardedArchive {
  readonly names: readonly string[]
  /** The entry of that name, compared without case (Open Packaging part names are case-insensitive). */
  find(name: string): ZipEntry | undefined
  /** The entry's uncompressed bytes, chunk by chunk, refused as soon as they pass what it declared. */
  chunks(entry: ZipEntry): Generator<Uint8Array>
}

/**
 * Opens an archive, reads its central directory and checks it before anything is inflated: the
 * file's size, the number of entries, their paths, the declared uncompressed total and each large
 * entry's ratio. A limit passed is a LimitRefusal; a file that is not a ZIP a DamagedArchive.
 * `use` reads what it needs; the file is closed after it.
 */
export function withArchive<T>(absolute: string, file: string, use: (archive: GuardedArchive) => T): T {
  const f = openGuardedFile(absolute, file)
  try {
    return use(archiveOf(f, file))
  } finally {
    f.close()
  }
}

/**
 * The same for a reader that yields as it reads (a sheet's rows): the file stays open while the items
 * are taken, and is closed when they end, when the taker stops early, or when reading fails.
 */
export function* streamArchive<T>(
  absolute: string,
  file: string,
  use: (archive: GuardedArchive) => Iterable<T>,
): Generator<T> {
  const f = openGuardedFile(absolute, file)
  try {
    yield* use(archiveOf(f, file))
  } finally {
    f.close()
  }
}

function archiveOf(f: GuardedFile, file: string): GuardedArchive {
  const end = readZipEnd(f)
  if (end.entries > MAX_ARCHIVE_ENTRIES) refuseLimit('MAX_ARCHIVE_ENTRIES', file, end.entries)
  const entries = readZipDirectory(f, end)
  checkEntries(entries, file)
  const byName = new Map(entries.map((e) => [e.name.toLowerCase(), e]))
  return {
    names: entries.map((e) => e.name),
    find: (name) => byName.get(name.toLowerCase()),
    chunks: (entry) => entryChunks(f, entry, file),
  }
}

function checkEntries(entries: readonly ZipEntry[], file: string): void {
  let total = 0
  for (const e of entries) {
    if (!isSafeEntryPath(e.name)) refuseFault('unsafeEntryPath', file, { entry: e.name })
    total += e.uncompressedSize
    if (e.uncompressedSize > ENTRY_RATIO_FROM_BYTES) {
      const ratio = e.compressedSize === 0 ? Infinity : e.uncompressedSize / e.compressedSize
      if (ratio > MAX_ENTRY_RATIO)
        refuseLimit('MAX_ENTRY_RATIO', file, Number.isFinite(ratio) ? Math.round(ratio) : e.uncompressedSize, {
          entry: e.name,
        })
    }
  }
  if (total > MAX_ARCHIVE_UNCOMPRESSED_BYTES) refuseLimit('MAX_ARCHIVE_UNCOMPRESSED_BYTES', file, total)
}

function* entryChunks(f: GuardedFile, entry: ZipEntry, file: string): Generator<Uint8Array> {
  if (entry.flags & 1) throw new DamagedArchive(`${entry.name} is encrypted`)
  if (entry.method !== STORED && entry.method !== DEFLATED)
    throw new DamagedArchive(`${entry.name} uses compression method ${entry.method}`)
  const start = dataStart(f, entry)
  if (start + entry.compressedSize > f.size) throw new DamagedArchive(`${entry.name} runs past the end of the file`)
  let produced = 0
  const counted = (chunk: Uint8Array): Uint8Array => {
    produced += chunk.length
    // The declared sizes passed the limits; an entry that inflates past its own is lying about them.
    if (produced > entry.uncompressedSize)
      refuseFault('entrySizeLie', file, { entry: entry.name, figure: entry.uncompressedSize })
    return chunk
  }
  if (entry.method === STORED) {
    for (let at = 0; at < entry.compressedSize; at += CHUNK_BYTES)
      yield counted(f.read(start + at, Math.min(CHUNK_BYTES, entry.compressedSize - at)))
  } else {
    yield* inflated(f, entry, start, counted)
  }
  if (produced !== entry.uncompressedSize) throw new DamagedArchive(`${entry.name} is shorter than it declares`)
}

function* inflated(
  f: GuardedFile,
  entry: ZipEntry,
  start: number,
  counted: (chunk: Uint8Array) => Uint8Array,
): Generator<Uint8Array> {
  const out: Uint8Array[] = []
  const inflate = new Inflate((chunk) => out.push(counted(chunk)))
  for (let at = 0; at < entry.compressedSize || at === 0; at += INFLATE_STEP) {
    const last = at + INFLATE_STEP >= entry.compressedSize
    try {
      inflate.push(f.read(start + at, Math.min(INFLATE_STEP, entry.compressedSize - at)), last)
    } catch (e) {
      if (e instanceof LimitRefusal) throw e
      throw new DamagedArchive(`${entry.name} cannot be inflated (${e instanceof Error ? e.message : String(e)})`)
    }
    yield* out.splice(0)
  }
}

/** Where the entry's data starts: after its local header, whose name and extra field lengths may differ. */
function dataStart(f: GuardedFile, entry: ZipEntry): number {
  const header = f.read(entry.localHeaderOffset, 30)
  if (header.length < 30) throw new DamagedArchive(`no local header for ${entry.name}`)
  const v = new DataView(header.buffer, header.byteOffset, header.byteLength)
  if (v.getUint32(0, true) !== LOCAL_HEADER) throw new DamagedArchive(`no local header for ${entry.name}`)
  return entry.localHeaderOffset + 30 + v.getUint16(26, true) + v.getUint16(28, true)
}

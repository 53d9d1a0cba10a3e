import fs from 'node:fs'
import { MAX_FILE_BYTES } from './limits'
import { refuseLimit } from './refuse-limit'

/** The file cannot be read at all: a folder, no read permission, locked by another program. */
export class UnreadableFile extends Error {
  constructor(cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause), { cause })
    this.name = 'UnreadableFile'
  }
}

/** An open file whose size was checked against MAX_FILE_BYTES; read it by position, then close it. */
export interface GuardedFile {
  readonly fd: number
  readonly size: number
  /** Reads `length` bytes at `position`, fewer only at the end of the file. */
  read(position: number, length: number): Uint8Array
  close(): void
}

/**
 * Opens `absolute` for reading once its size is known to be within MAX_FILE_BYTES: a larger one is
 * refused (LimitRefusal) before a byte of it is read. `file` is its name, for the message.
 */
export function openGuardedFile(absolute: string, file: string): GuardedFile {
  let fd: number
  let size: number
  try {
    fd = fs.openSync(absolute, 'r')
    const stat = fs.fstatSync(fd)
    if (!stat.isFile()) {
      fs.closeSync(fd)
      throw new Error(`${absolute} is not a file`)
    }
    size = stat.size
  } catch (e) {
    throw new UnreadableFile(e)
  }
  if (size > MAX_FILE_BYTES) {
    fs.closeSync(fd)
    refuseLimit('MAX_FILE_BYTES', file, size)
  }
  return {
    fd,
    size,
    read(position, length) {
      const buffer = new Uint8Array(Math.max(0, Math.min(length, size - position)))
      let done = 0
      try {
        while (done < buffer.length) {
          const n = fs.readSync(fd, buffer, done, buffer.length - done, position + done)
          if (n === 0) break
          done += n
        }
      } catch (e) {
        throw new UnreadableFile(e)
      }
      return done === buffer.length ? buffer : buffer.subarray(0, done)
    },
    close: () => fs.closeSync(fd),
  }
}

/** The whole file, once its size is known to be within MAX_FILE_BYTES (for formats read whole: JSON, text). */
export function readGuardedFile(absolute: string, file: string): Uint8Array {
  const f = openGuardedFile(absolute, file)
  try {
    return f.read(0, f.size)
  } finally {
    f.close()
  }
}

/** How much of a file is read at a time when it is streamed. */
export const CHUNK_BYTES = 64 * 1024

/** The file's bytes chunk by chunk, its size checked first; the file is closed when the reading stops. */
export function* fileChunks(absolute: string, file: string): Generator<Uint8Array> {
  const f = openGuardedFile(absolute, file)
  try {
    for (let at = 0; at < f.size; at += CHUNK_BYTES) yield f.read(at, CHUNK_BYTES)
  } finally {
    f.close()
  }
}

/** The file's size, refused past MAX_FILE_BYTES; for a reader that answers an empty file before opening it. */
export function guardedFileSize(absolute: string, file: string): number {
  const f = openGuardedFile(absolute, file)
  f.close()
  return f.size
}

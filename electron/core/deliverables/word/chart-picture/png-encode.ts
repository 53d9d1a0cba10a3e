import zlib from 'node:zlib'

const SIGNATURE = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10])

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8)
  head.writeUInt32BE(data.length, 0)
  head.write(type, 4, 'latin1')
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(zlib.crc32(data, zlib.crc32(head.subarray(4))) >>> 0, 0)
  return Buffer.concat([head, data, crc])
}

/**
 * An 8-bit RGB PNG of `rgb` (three values 0-255 a pixel, row by row), with its resolution, so
 * that Word sizes it as meant even where the drawing's own size is ignored.
 */
export function encodePng(rgb: Float32Array | Uint8Array, width: number, height: number, dpi: number): Buffer {
  const stride = width * 3
  const raw = Buffer.alloc((stride + 1) * height)
  const row = Buffer.alloc(stride)
  const previous = Buffer.alloc(stride)
  for (let y = 0; y < height; y++) {
    for (let i = 0; i < stride; i++) row[i] = Math.round(rgb[y * stride + i]!)
    writeFiltered(raw, y * (stride + 1), row, previous)
    row.copy(previous)
  }
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(width, 0)
  ihdr.writeUInt32BE(height, 4)
  ihdr[8] = 8 // bits per channel
  ihdr[9] = 2 // RGB
  const phys = Buffer.alloc(9)
  const perMetre = Math.round(dpi / 0.0254)
  phys.writeUInt32BE(perMetre, 0)
  phys.writeUInt32BE(perMetre, 4)
  phys[8] = 1
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', ihdr),
    chunk('pHYs', phys),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

/** The row under whichever of None, Sub and Up leaves the smallest differences (the usual heuristic). */
function writeFiltered(out: Buffer, at: number, row: Buffer, up: Buffer): void {
  const candidates = [0, 1, 2].map((filter) => {
    const data = Buffer.alloc(row.length)
    let cost = 0
    for (let i = 0; i < row.length; i++) {
      const left = i >= 3 ? row[i - 3]! : 0
      const v = filter === 0 ? row[i]! : filter === 1 ? row[i]! - left : row[i]! - up[i]!
      data[i] = v & 0xff
      cost += Math.abs((v << 24) >> 24)
    }
    return { filter, data, cost }
  })
  const best = candidates.reduce((a, b) => (b.cost < a.cost ? b : a))
  out[at] = best.filter
  best.data.copy(out, at + 1)
}

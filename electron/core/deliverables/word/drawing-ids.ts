import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate'

/** The parts that hold pictures: the body, and any header or footer. */
const WITH_DRAWINGS = /^word\/(document|header\d*|footer\d*)\.xml$/

/**
 * The package with each picture's wp:docPr numbered apart. docx (9.5) gives every picture id 1,
 * which the format forbids (ids must be unique within the document) and which Word may answer by
 * offering to repair the file.
 */
export function withUniqueDrawingIds(docx: Buffer): Buffer {
  const parts = unzipSync(new Uint8Array(docx))
  let next = 0
  const out: Zippable = {}
  for (const [name, data] of Object.entries(parts)) {
    if (!WITH_DRAWINGS.test(name)) {
      out[name] = data
      continue
    }
    const xml = strFromU8(data).replace(/<wp:docPr id="\d+"/g, () => `<wp:docPr id="${++next}"`)
    out[name] = strToU8(xml)
  }
  return Buffer.from(zipSync(out, { level: 6 }))
}

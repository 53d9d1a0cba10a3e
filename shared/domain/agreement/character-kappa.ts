/** Characters of one code in one document (NVivo's way): coded by both, by A only, by B only, by neither. */
export interface CharacterCells {
  both: number
  aOnly: number
  bOnly: number
  neither: number
}

export interface CharacterAgreement {
  percent: number
  /** Expected frequency of characters coded by both, and of characters coded by neither. */
  ef1: number
  ef2: number
  kappa: number | null
}

type Span = readonly [number, number]

/** The cells of a document of `length` characters from each coder's spans (half-open, may overlap). */
export function characterCells(a: readonly Span[], b: readonly Span[], length: number): CharacterCells {
  const inA = coverage(a, length)
  const inB = coverage(b, length)
  const cells: CharacterCells = { both: 0, aOnly: 0, bOnly: 0, neither: 0 }
  for (let i = 0; i < length; i++) {
    if (inA[i] && inB[i]) cells.both++
    else if (inA[i]) cells.aOnly++
    else if (inB[i]) cells.bOnly++
    else cells.neither++
  }
  return cells
}

function coverage(spans: readonly Span[], length: number): Uint8Array {
  const covered = new Uint8Array(length)
  for (const [start, end] of spans) covered.fill(1, Math.max(0, start), Math.min(length, end))
  return covered
}

/** Pooling across documents sums the four cells (the report says so). */
export const pooledCells = (all: readonly CharacterCells[]): CharacterCells =>
  all.reduce(
    (s, c) => ({
      both: s.both + c.both,
      aOnly: s.aOnly + c.aOnly,
      bOnly: s.bOnly + c.bOnly,
      neither: s.neither + c.neither,
    }),
    { both: 0, aOnly: 0, bOnly: 0, neither: 0 },
  )

/** PA, EF1, EF2 and kappa as NVivo computes them at character level. */
export function characterAgreement(c: CharacterCells): CharacterAgreement {
  const total = c.both + c.aOnly + c.bOnly + c.neither
  const ef1 = total ? ((c.both + c.aOnly) * (c.both + c.bOnly)) / total : 0
  const ef2 = total ? ((c.neither + c.bOnly) * (c.neither + c.aOnly)) / total : 0
  const denominator = total - ef1 - ef2
  return {
    percent: total ? (c.both + c.neither) / total : NaN,
    ef1,
    ef2,
    kappa: Math.abs(denominator) < 1e-12 ? null : (c.both + c.neither - ef1 - ef2) / denominator,
  }
}

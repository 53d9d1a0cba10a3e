/** One figure of a benchmark: the data sizes it ran on, and the median and p95 of its runs. */
export interface Figure {
  bench: string
  figure: string
  sizes: Record<string, number>
  runs: number
  medianMs: number
  p95Ms: number
  minMs: number
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)
  return sorted[Math.max(0, i)]!
}

/** Times `fn` `runs` times after `warmup` unmeasured runs. */
export function measure(
  bench: string,
  figure: string,
  sizes: Record<string, number>,
  runs: number,
  fn: () => void,
  warmup = 2,
): Figure {
  for (let i = 0; i < warmup; i++) fn()
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint()
    fn()
    times.push(Number(process.hrtime.bigint() - t0) / 1e6)
  }
  times.sort((a, b) => a - b)
  const round = (n: number) => Math.round(n * 1000) / 1000
  return {
    bench,
    figure,
    sizes,
    runs,
    medianMs: round(percentile(times, 50)),
    p95Ms: round(percentile(times, 95)),
    minMs: round(times[0]!),
  }
}

export const print = (f: Figure): void => void process.stdout.write(`${JSON.stringify(f)}\n`)

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

/** The figure of a set of timings. */
export function summarise(bench: string, figure: string, sizes: Record<string, number>, times: number[]): Figure {
  const sorted = [...times].sort((a, b) => a - b)
  const round = (n: number) => Math.round(n * 1000) / 1000
  return {
    bench,
    figure,
    sizes,
    runs: sorted.length,
    medianMs: round(percentile(sorted, 50)),
    p95Ms: round(percentile(sorted, 95)),
    minMs: round(sorted[0]!),
  }
}

const elapsedMs = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6

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
    times.push(elapsedMs(t0))
  }
  return summarise(bench, figure, sizes, times)
}

/** The same for an asynchronous step, after one warm-up. */
export async function measureAsync(
  bench: string,
  figure: string,
  sizes: Record<string, number>,
  runs: number,
  fn: () => Promise<unknown>,
): Promise<Figure> {
  await fn()
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint()
    await fn()
    times.push(elapsedMs(t0))
  }
  return summarise(bench, figure, sizes, times)
}

export const print = (f: Figure): void => void process.stdout.write(`${JSON.stringify(f)}\n`)

/** What a benchmark needs and this machine lacks (Chromium, the built renderer): said in one line. */
export class BenchUnavailable extends Error {}

/** Chromium for a benchmark that prints or drives the UI, or a one-line refusal. */
export function requireChromium(find: () => string | null, missing: string): string {
  const found = find()
  if (!found) throw new BenchUnavailable(missing)
  return found
}

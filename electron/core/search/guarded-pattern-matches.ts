import { Worker } from 'node:worker_threads'
import type { TextSpan } from '../../../shared/domain/search/find-hits'
import { patternMatches } from '../../../shared/domain/search/pattern-matches'

export type PatternMatches = { spans: TextSpan[]; capped: boolean }

/**
 * The worker's whole program: the same matcher, as source (a worker string cannot import). The
 * __name stub answers the helper some TypeScript runners put into function sources.
 */
const WORKER = `
const __name = (f) => f;
const patternMatches = ${patternMatches.toString()};
const { parentPort, workerData } = require('node:worker_threads');
const regex = new RegExp(workerData.source, workerData.flags);
parentPort.postMessage(workerData.texts.map((text) => patternMatches(text, regex, workerData.cap)));
`

/**
 * Runs a consultant's regular expression over texts in a worker thread, stopped after `ms`: a
 * pattern that backtracks without end (no static check catches them all) costs a refusal, never a
 * frozen window. Null when it ran out of time.
 */
export function guardedPatternMatches(
  regex: RegExp,
  texts: readonly string[],
  cap: number,
  ms: number,
): Promise<PatternMatches[] | null> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, {
      eval: true,
      workerData: { source: regex.source, flags: regex.flags, texts, cap },
    })
    const timer = setTimeout(() => {
      void worker.terminate()
      resolve(null)
    }, ms)
    worker.once('message', (out: PatternMatches[]) => {
      clearTimeout(timer)
      void worker.terminate()
      resolve(out)
    })
    worker.once('error', (err) => {
      clearTimeout(timer)
      reject(err)
    })
  })
}

import type { SecretBox } from '../security/passphrase-keeper'

/**
 * The OS keychain for the core thread. Electron's safeStorage works on the main thread only, and
 * the core asks it in the middle of opening a file (a kept passphrase): the core posts the
 * question and waits on a shared buffer until main writes the answer there. Main's event loop is
 * never blocked. Each question has a number that its answer carries: an answer that comes too late
 * for one question (a keychain prompt left open) is never taken for the answer to the next.
 */
const STATE = 0
const LENGTH = 1
const SEQ = 2
const HEADER = 12
const CAPACITY = 64 * 1024
/** A keychain may ask the user first (macOS): long enough for that. */
const WAIT_MS = 60_000

export type KeychainOp = 'available' | 'seal' | 'open'

export const newKeychainBuffer = (): SharedArrayBuffer => new SharedArrayBuffer(HEADER + CAPACITY)

type Answer = { ok: true; value: string } | { ok: false; error: string }

/** The core's side: a SecretBox whose every call is answered by the relay. */
export function keychainThroughRelay(
  buffer: SharedArrayBuffer,
  ask: (op: KeychainOp, data: string, seq: number) => void,
): SecretBox {
  const header = new Int32Array(buffer, 0, 3)
  const body = new Uint8Array(buffer, HEADER)
  let asked = 0
  const request = (op: KeychainOp, data: string): string => {
    const seq = ++asked
    Atomics.store(header, STATE, 0)
    ask(op, data, seq)
    const deadline = Date.now() + WAIT_MS
    for (;;) {
      const left = deadline - Date.now()
      if (left <= 0 || Atomics.wait(header, STATE, 0, left) === 'timed-out')
        throw new Error('The keychain did not answer.')
      if (Atomics.load(header, SEQ) === seq) break
      // An answer to an earlier question: wait for this one.
      Atomics.store(header, STATE, 0)
    }
    const answer = JSON.parse(Buffer.from(body.subarray(0, Atomics.load(header, LENGTH))).toString('utf8')) as Answer
    if (!answer.ok) throw new Error(answer.error)
    return answer.value
  }
  return {
    available: () => request('available', '') === 'yes',
    seal: (text) => Buffer.from(request('seal', text), 'base64'),
    open: (sealed) => request('open', sealed.toString('base64')),
  }
}

/** The relay's side: answers one question with the real keychain, and wakes the core. */
export function answerKeychain(
  buffer: SharedArrayBuffer,
  box: SecretBox | undefined,
  op: KeychainOp,
  data: string,
  seq: number,
): void {
  const header = new Int32Array(buffer, 0, 3)
  const body = new Uint8Array(buffer, HEADER)
  let answer: Answer
  try {
    if (!box) throw new Error('No keychain.')
    const value =
      op === 'available'
        ? box.available()
          ? 'yes'
          : 'no'
        : op === 'seal'
          ? box.seal(data).toString('base64')
          : box.open(Buffer.from(data, 'base64'))
    answer = { ok: true, value }
  } catch (e) {
    answer = { ok: false, error: e instanceof Error ? e.message : String(e) }
  }
  let bytes = Buffer.from(JSON.stringify(answer), 'utf8')
  if (bytes.length > CAPACITY)
    bytes = Buffer.from(JSON.stringify({ ok: false, error: 'The keychain answer is too long.' }))
  body.set(bytes)
  Atomics.store(header, LENGTH, bytes.length)
  Atomics.store(header, SEQ, seq)
  Atomics.store(header, STATE, 1)
  Atomics.notify(header, STATE)
}

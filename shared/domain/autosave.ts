/**
 * How long the interview screen waits after the last keystroke before it writes the answer: short
 * enough that a word typed more than a second before a crash is on disk, long enough not to write
 * on every key. Blur, question change, window close and quit write at once.
 */
export const ANSWER_AUTOSAVE_MS = 300

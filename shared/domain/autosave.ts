/**
 * How long every autosaving field waits after the last keystroke before it writes: short enough
 * that a word typed more than a second before a crash is on disk, long enough not to write on every
 * key. Blur, leaving the screen, closing a dialog, window close and quit write at once.
 */
export const AUTOSAVE_MS = 300

/** After a failed write (a full disk, a locked file), the next try; what was typed is kept. */
export const AUTOSAVE_RETRY_MS = 3_000
/** Tries before the app stops retrying on its own (the next keystroke or blur tries again). */
export const AUTOSAVE_MAX_RETRIES = 20

import { z } from 'zod'

export const Id = z.uuid()
export type Id = z.infer<typeof Id>

/** ISO 8601 UTC timestamp, as stored. */
export const Timestamp = z.iso.datetime()
export type Timestamp = z.infer<typeof Timestamp>

/** A calendar day, YYYY-MM-DD. */
export const Day = z.iso.date()
export type Day = z.infer<typeof Day>

/** A UTF-16 code-unit offset into a document's text (half-open spans). */
export const Offset = z.number().int().nonnegative()

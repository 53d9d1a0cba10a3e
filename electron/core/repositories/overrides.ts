import type { Database } from 'better-sqlite3-multiple-ciphers'
import { fail } from '../../../shared/domain/terrain-error'
import { now } from '../db/clock'

export interface BandOverride {
  measure: string
  band: string
  reason: string
  authorId: string | null
  updatedAt: string
}
export type RecommendationDecision = 'accepted' | 'edited' | 'rejected'
export interface RecommendationOverride {
  recommendation: string
  decision: RecommendationDecision
  text: { fr: string | null; en: string | null }
  reason: string
  authorId: string | null
  updatedAt: string
}

const requireReason = (reason: string): void => {
  if (reason.trim() === '') fail('INVALID_INPUT', 'An override needs a written reason.')
}

/** The consultant's overrides of bands and recommendations; they survive recomputation. */
export function overrideRepository(db: Database) {
  return {
    setBand(o: Omit<BandOverride, 'updatedAt'>): void {
      requireReason(o.reason)
      db.prepare(
        `INSERT INTO band_overrides (measure, band, reason, author_id, updated_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT(measure) DO UPDATE SET band = excluded.band, reason = excluded.reason,
           author_id = excluded.author_id, updated_at = excluded.updated_at`,
      ).run(o.measure, o.band, o.reason, o.authorId, now())
    },
    clearBand(measure: string): void {
      db.prepare('DELETE FROM band_overrides WHERE measure = ?').run(measure)
    },
    bands: (): BandOverride[] =>
      db
        .prepare<[], { measure: string; band: string; reason: string; author_id: string | null; updated_at: string }>(
          'SELECT * FROM band_overrides ORDER BY measure',
        )
        .all()
        .map((r) => ({
          measure: r.measure,
          band: r.band,
          reason: r.reason,
          authorId: r.author_id,
          updatedAt: r.updated_at,
        })),
    setRecommendation(o: Omit<RecommendationOverride, 'updatedAt'>): void {
      requireReason(o.reason)
      db.prepare(
        `INSERT INTO recommendation_overrides (recommendation, decision, text_fr, text_en, reason, author_id, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT(recommendation) DO UPDATE SET decision = excluded.decision, text_fr = excluded.text_fr,
           text_en = excluded.text_en, reason = excluded.reason, author_id = excluded.author_id, updated_at = excluded.updated_at`,
      ).run(o.recommendation, o.decision, o.text.fr, o.text.en, o.reason, o.authorId, now())
    },
    clearRecommendation(id: string): void {
      db.prepare('DELETE FROM recommendation_overrides WHERE recommendation = ?').run(id)
    },
    recommendations: (): RecommendationOverride[] =>
      db
        .prepare<
          [],
          {
            recommendation: string
            decision: RecommendationDecision
            text_fr: string | null
            text_en: string | null
            reason: string
            author_id: string | null
            updated_at: string
          }
        >('SELECT * FROM recommendation_overrides ORDER BY recommendation')
        .all()
        .map((r) => ({
          recommendation: r.recommendation,
          decision: r.decision,
          text: { fr: r.text_fr, en: r.text_en },
          reason: r.reason,
          authorId: r.author_id,
          updatedAt: r.updated_at,
        })),
  }
}

/** Bands are compared with this tolerance, so that 0.8 computed as 0.79999999 still reads 0.8. */
const TOLERANCE = 1e-9

export const KAPPA_BANDS = ['poor', 'slight', 'fair', 'moderate', 'substantial', 'almostPerfect'] as const
export type KappaBand = (typeof KAPPA_BANDS)[number]

/** Landis & Koch (1977) as half-open intervals: (0.20, 0.40] is fair, and so on. */
export function kappaBand(kappa: number): KappaBand {
  if (kappa < -TOLERANCE) return 'poor'
  if (kappa <= 0.2 + TOLERANCE) return 'slight'
  if (kappa <= 0.4 + TOLERANCE) return 'fair'
  if (kappa <= 0.6 + TOLERANCE) return 'moderate'
  if (kappa <= 0.8 + TOLERANCE) return 'substantial'
  return 'almostPerfect'
}

export const ALPHA_BANDS = ['reliable', 'tentative', 'unreliable'] as const
export type AlphaBand = (typeof ALPHA_BANDS)[number]

/** Krippendorff: rely on alpha >= 0.800, tentative conclusions from 0.667, otherwise do not rely on it. */
export const ALPHA_RELIABLE = 0.8
export const ALPHA_TENTATIVE = 0.667

export function alphaBand(alpha: number): AlphaBand {
  if (alpha >= ALPHA_RELIABLE - TOLERANCE) return 'reliable'
  if (alpha >= ALPHA_TENTATIVE - TOLERANCE) return 'tentative'
  return 'unreliable'
}

import type { enOverrides } from './en-overrides'

/** Les niveaux fixés par le consultant : énoncés à côté du niveau calculé, partout où un niveau l’est. */
export const frOverrides: Record<keyof typeof enOverrides, string> = {
  'diag.overriddenBand': '{band}, fixé par le consultant ; calculé : {computed}',
  'diag.overriddenValue': '{value} : niveau fixé par le consultant, {band} (calculé : {computed})',
  'diag.overriddenTrigger':
    '{measure} : niveau fixé par le consultant, {band} (calculé : {computed}). Le déclencheur lit la valeur mesurée.',
  'diag.measure.ofGroup': '{measure} ({group})',
  'diag.measure.gapRow': 'Écart de perception sur « {code} » ({group})',
  'report.summary.attentionOverridden':
    'Charge attentionnelle : {value} des collaborateurs et managers expriment une frustration liée au volume ou à la dispersion ; niveau fixé par le consultant, {band} (calculé : {computed}).',
}

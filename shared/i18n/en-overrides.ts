/** English messages of the consultant's bands: stated beside the computed band, wherever a band is. */
export const enOverrides = {
  'diag.overriddenBand': '{band}, set by the consultant; computed: {computed}',
  'diag.overriddenValue': '{value}: level set by the consultant, {band} (computed: {computed})',
  'diag.overriddenTrigger':
    '{measure}: level set by the consultant, {band} (computed: {computed}). The trigger reads the measured value.',
  'diag.measure.ofGroup': '{measure} ({group})',
  'diag.measure.gapRow': 'Perception gap on “{code}” ({group})',
  'report.summary.attentionOverridden':
    'Attention load: {value} of employees and managers voice frustration with volume or fragmentation; level set by the consultant, {band} (computed: {computed}).',
} as const

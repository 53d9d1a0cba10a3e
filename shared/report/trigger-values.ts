import { GROUPS, type Group } from '../domain/groups'
import type { Recommendation } from '../domain/diagnosis/result'
import type { MessageKey, Translator } from '../i18n/translate'

/** How a figure is written: a share, points with their sign, a count, a yes-or-no fact... */
type Kind = 'share' | 'points' | 'netValence' | 'count' | 'alpha' | 'outOfFour' | 'label' | 'groups' | 'fact'

/**
 * Every value a rule of the recommendation library (shared/domain/diagnosis/recommendations.ts)
 * puts in its trigger, and how it is said; a rule that reads a new value adds it here and to the
 * trigger.* messages (a test runs every rule against this table).
 */
export const TRIGGER_VALUES = {
  groupsUnderFloor: 'groups',
  lowestAlpha: 'alpha',
  idealismIndex: 'points',
  employeeLabel: 'label',
  expressedFind: 'share',
  gapFind: 'points',
  expressedFlow: 'share',
  attentionLoad: 'share',
  fragmentationNegative: 'count',
  overloadNegative: 'count',
  misRate: 'share',
  genuineCommunityWithPositiveEvidence: 'fact',
  gapConnection: 'points',
  valueLead: 'points',
  expressedService: 'share',
  negativeServiceShare: 'share',
  negativeTrust: 'fact',
  expressedTrust: 'share',
  nvManagement: 'netValence',
  nvHrPolicy: 'netValence',
  expressedRecognition: 'share',
  executionMaturity: 'outOfFour',
  governanceActivityOnly: 'fact',
} as const satisfies Record<string, Kind>
export type TriggerValueName = keyof typeof TRIGGER_VALUES

type Value = Recommendation['values'][string]

const isName = (name: string): name is TriggerValueName => Object.hasOwn(TRIGGER_VALUES, name)

/**
 * One value as the consultant and the client read it: "indice d’idéalisme : +56,67", "profil des
 * collaborateurs : pragmatique", "un client doute de l’honnêteté de l’entreprise". `precise` keeps
 * two decimals where a figure has them (the app, where a value near a threshold matters); the
 * report rounds as its sections do. Null for a name the table does not know: never a raw name.
 */
export function triggerValueText(tr: Translator, name: string, v: Value, precise = false): string | null {
  if (!isName(name)) return null
  const kind = TRIGGER_VALUES[name]
  if (kind === 'fact') {
    const state = v === true ? 'true' : v === false ? 'false' : 'none'
    return tr.t(`trigger.${name}.${state}` as MessageKey)
  }
  return tr.t(`trigger.${name}` as MessageKey, { value: figure(tr, kind, v, precise) })
}

/** The values of a trigger as phrases, in the rule's order; `keep` leaves some out (the report's privacy rule). */
export function triggerValueTexts(
  tr: Translator,
  values: Recommendation['values'],
  o: { precise?: boolean; keep?: (name: string, v: Value) => boolean } = {},
): string[] {
  return Object.entries(values)
    .filter(([name, v]) => o.keep?.(name, v) ?? true)
    .flatMap(([name, v]) => triggerValueText(tr, name, v, o.precise) ?? [])
}

/** The phrases joined as a line of the app: "Indice d’idéalisme : +56,67 · profil des collaborateurs : pragmatique". */
export function triggerLine(tr: Translator, values: Recommendation['values']): string {
  const line = triggerValueTexts(tr, values, { precise: true }).join(' · ')
  return line.charAt(0).toLocaleUpperCase(tr.lang) + line.slice(1)
}

function figure(tr: Translator, kind: Exclude<Kind, 'fact'>, v: Value, precise: boolean): string {
  if (kind === 'groups') return groupList(tr, typeof v === 'string' ? v : '')
  if (v === null || typeof v === 'boolean') return tr.t('diag.noData')
  if (kind === 'label') return typeof v === 'string' ? tr.t(`diag.band.${v}` as MessageKey) : String(v)
  if (typeof v !== 'number') return v
  const decimals = precise && !Number.isInteger(v) ? 2 : 0
  switch (kind) {
    case 'share':
      return tr.percent(v, decimals)
    case 'points':
      return tr.signed(v, decimals)
    case 'netValence':
      return tr.signed(v, 2)
    case 'alpha':
      return tr.number(v, 3)
    default:
      return tr.number(v)
  }
}

/** "employees, managers" from the rule's "employee,manager"; "none" for none. */
function groupList(tr: Translator, v: string): string {
  const groups = v.split(',').filter((g): g is Group => (GROUPS as readonly string[]).includes(g))
  if (groups.length === 0) return tr.t('trigger.none')
  return groups.map((g) => tr.t(`groups.${g}`).toLocaleLowerCase(tr.lang)).join(', ')
}

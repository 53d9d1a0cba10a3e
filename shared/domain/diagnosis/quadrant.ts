import type { Group } from '../groups'
import { mean } from './compare'
import type { ThemeGap } from './result'

/** One group on the tools-versus-belonging map: what its people said, and what leaders believe of it. */
export interface QuadrantPoint {
  group: Group
  /** Mean prevalence of relational themes minus pragmatic ones in what the group said (-100 tools .. +100 belonging). */
  expressed: number
  /** The same in what leadership attributes to the group. */
  hypothesis: number
}

/**
 * Places each group on two axes built from the perception-gap rows and the themes' idealism
 * roles. Above the diagonal, leadership believes the group wants more belonging than it said.
 * A group leadership attributed nothing to has no point.
 */
export function quadrant(
  gaps: Partial<Record<Group, ThemeGap[]>>,
  idealismRoleOf: (code: string) => 'pragmatic' | 'relational' | null,
): QuadrantPoint[] {
  const points: QuadrantPoint[] = []
  for (const [group, rows] of Object.entries(gaps) as [Group, ThemeGap[]][]) {
    const side = (role: 'pragmatic' | 'relational', pick: (r: ThemeGap) => number | null) =>
      mean(rows.filter((r) => idealismRoleOf(r.code) === role && pick(r) !== null).map((r) => pick(r)!))
    const e = [side('relational', (r) => r.expressed), side('pragmatic', (r) => r.expressed)]
    const h = [side('relational', (r) => r.hypothesis), side('pragmatic', (r) => r.hypothesis)]
    if (e.some((v) => v === null) || h.some((v) => v === null) || rows.every((r) => r.hypothesisCount === 0)) continue
    points.push({ group, expressed: e[0]! - e[1]!, hypothesis: h[0]! - h[1]! })
  }
  return points
}

import { GROUPS, type Group } from '../groups'
import type { Corpus } from './corpus'
import type { GroupFloor } from './result'

/** Evidence floors: leadership needs 3, every other group 5 (DIAGNOSIS.md, Conventions). */
export function groupFloors(corpus: Corpus): Record<Group, GroupFloor> {
  const f = corpus.settings.floors
  return Object.fromEntries(
    GROUPS.map((g) => {
      const n = corpus.population(g).length
      const floor = g === 'leadership' ? f.leadership : f.group
      return [g, { n, floor, under: n > 0 && n < floor }]
    }),
  ) as Record<Group, GroupFloor>
}

/** Who makes the hypothesis H: leadership alone by default, or leaders and managers together. */
export function hypothesisPopulation(corpus: Corpus) {
  const leaders = corpus.population('leadership')
  return corpus.settings.hypothesisPopulation === 'leadershipAndManagers'
    ? [...leaders, ...corpus.population('manager')]
    : leaders
}

export function hypothesisFloor(corpus: Corpus): GroupFloor {
  const n = hypothesisPopulation(corpus).length
  const s = corpus.settings
  const floor = s.hypothesisPopulation === 'leadershipAndManagers' ? s.floors.hypothesis : s.floors.leadership
  return { n, floor, under: n > 0 && n < floor }
}

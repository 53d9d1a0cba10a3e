import { create } from 'zustand'
import type { RetrievalMode, RetrievalQueryInput } from '../../../../shared/api/retrieval'
import type { Group, Stance } from '../../../../shared/domain/groups'
import type { VariableValue } from '../../../../shared/domain/respondent'

export const RETRIEVAL_PAGE = 100

interface RetrievalQueryState {
  codeIds: string[]
  excludeCodeIds: string[]
  mode: RetrievalMode
  includeSubcodes: boolean
  groups: Group[]
  variableId: string | null
  value: VariableValue
  stance: Stance | null
  target: Group | null
  coderIds: string[]
  offset: number
  /** Adds a code to the retrieved ones (the first stays the anchor of ALL), or takes it off. */
  toggleCode: (id: string) => void
  toggleExcluded: (id: string) => void
  setMode: (mode: RetrievalMode) => void
  setIncludeSubcodes: (on: boolean) => void
  toggleGroup: (group: Group) => void
  setVariable: (variableId: string | null, value?: VariableValue) => void
  setStance: (stance: Stance | null) => void
  setTarget: (target: Group | null) => void
  toggleCoder: (id: string) => void
  setOffset: (offset: number) => void
  clearFilters: () => void
}

const toggle = <T>(list: T[], x: T): T[] => (list.includes(x) ? list.filter((y) => y !== x) : [...list, x])
const NO_FILTERS = { groups: [], variableId: null, value: null, stance: null, target: null, coderIds: [] }

/** What the retrieval tab is asking; kept across tabs so that a jump to the source and back finds it again. */
export const useRetrievalQuery = create<RetrievalQueryState>()((set) => ({
  codeIds: [],
  excludeCodeIds: [],
  mode: 'any',
  includeSubcodes: true,
  ...NO_FILTERS,
  offset: 0,
  // Every change of the question goes back to the first page.
  toggleCode: (id) =>
    set((s) => ({
      codeIds: toggle(s.codeIds, id),
      excludeCodeIds: s.excludeCodeIds.filter((x) => x !== id),
      offset: 0,
    })),
  toggleExcluded: (id) =>
    set((s) => ({
      excludeCodeIds: toggle(s.excludeCodeIds, id),
      codeIds: s.codeIds.filter((x) => x !== id),
      offset: 0,
    })),
  setMode: (mode) => set({ mode, offset: 0 }),
  setIncludeSubcodes: (includeSubcodes) => set({ includeSubcodes, offset: 0 }),
  toggleGroup: (group) => set((s) => ({ groups: toggle(s.groups, group), offset: 0 })),
  setVariable: (variableId, value = null) => set({ variableId, value, offset: 0 }),
  // A target belongs to attributed excerpts only.
  setStance: (stance) => set((s) => ({ stance, target: stance === 'SELF' ? null : s.target, offset: 0 })),
  setTarget: (target) => set({ target, offset: 0 }),
  toggleCoder: (id) => set((s) => ({ coderIds: toggle(s.coderIds, id), offset: 0 })),
  setOffset: (offset) => set({ offset }),
  clearFilters: () => set({ ...NO_FILTERS, offset: 0 }),
}))

/** The query as the contract takes it, or null while no code is chosen. */
export function contractQuery(s: RetrievalQueryState): RetrievalQueryInput | null {
  if (s.codeIds.length === 0) return null
  return {
    codeIds: s.codeIds,
    mode: s.mode,
    excludeCodeIds: s.excludeCodeIds,
    includeSubcodes: s.includeSubcodes,
    groups: s.groups,
    variable: s.variableId && s.value !== null ? { variableId: s.variableId, value: s.value } : null,
    stance: s.stance,
    target: s.stance === 'SELF' ? null : s.target,
    coderIds: s.coderIds,
  }
}

/** Whether any filter narrows the query (to offer clearing them). */
export const hasFilters = (s: RetrievalQueryState): boolean =>
  s.groups.length > 0 || s.variableId !== null || s.stance !== null || s.target !== null || s.coderIds.length > 0

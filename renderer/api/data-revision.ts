import { create } from 'zustand'

/**
 * What the engagement's data looks like to the screens: a counter per topic (a table, an app file)
 * that a call's answer names as changed (client.ts), and one for "everything" (another engagement,
 * or a change no call names). A screen reads again when a topic it reads moves (use-call.ts).
 */
interface DataRevision {
  all: number
  /** Moves on any change: what a read that names no topic follows. */
  any: number
  topics: Record<string, number>
  /** Everything is stale: every screen reads again. */
  bump: () => void
  touch: (changed: readonly string[]) => void
}

export const useDataRevision = create<DataRevision>()((set) => ({
  all: 0,
  any: 0,
  topics: {},
  bump: () => set((s) => ({ all: s.all + 1 })),
  touch: (changed) =>
    set((s) => {
      if (changed.includes('*')) return { all: s.all + 1 }
      const topics = { ...s.topics }
      for (const t of changed) topics[t] = (topics[t] ?? 0) + 1
      return { any: s.any + 1, topics }
    }),
}))

/** The version of what a read depends on: its topics, or any change when it names none. */
export function revisionOf(s: DataRevision, reads: readonly string[] | undefined): string {
  if (!reads) return `${s.all}:${s.any}`
  return `${s.all}:${reads.map((t) => s.topics[t] ?? 0).join(',')}`
}

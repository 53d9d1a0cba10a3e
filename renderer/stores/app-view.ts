import { create } from 'zustand'
import type { EngagementSummary } from '../../shared/api/engagement'
import type { CallError } from '../../shared/api/call'

export const SECTIONS = ['engagement', 'guide', 'interviews', 'codebook', 'coding', 'diagnosis', 'report'] as const
export type Section = (typeof SECTIONS)[number]

interface AppView {
  /** The open engagement as last summarised by core, or null on the start screen. */
  open: EngagementSummary | null
  section: Section
  error: CallError | null
  saving: 'idle' | 'saving' | 'saved' | 'unsaved'
  setOpen: (e: EngagementSummary | null) => void
  go: (section: Section) => void
  showError: (e: CallError | null) => void
  setSaving: (s: AppView['saving']) => void
}

/** What the window is showing; the engagement's data itself is read through the contract. */
export const useAppView = create<AppView>()((set) => ({
  open: null,
  section: 'engagement',
  error: null,
  saving: 'idle',
  setOpen: (open) => set({ open, section: 'engagement', error: null }),
  go: (section) => set({ section }),
  showError: (error) => set({ error }),
  setSaving: (saving) => set({ saving }),
}))

import { create } from 'zustand'
import type { ExcerptRef } from '../../../shared/domain/diagnosis/result'

interface EvidenceView {
  /** What the side panel shows: a title and the spans behind a figure. */
  open: { title: string; subtitle?: string; refs: ExcerptRef[] } | null
  show: (title: string, refs: ExcerptRef[], subtitle?: string) => void
  close: () => void
}

export const useEvidence = create<EvidenceView>()((set) => ({
  open: null,
  show: (title, refs, subtitle) => set({ open: { title, refs, ...(subtitle ? { subtitle } : {}) } }),
  close: () => set({ open: null }),
}))

import { create } from 'zustand'

export const CODING_TABS = ['code', 'retrieve', 'search', 'autocode', 'collectives', 'agreement'] as const
export type CodingTab = (typeof CODING_TABS)[number]

/** A span to show and select when a document opens (a retrieved excerpt, a search hit). */
export interface Reveal {
  start: number
  end: number
}

interface CodingView {
  tab: CodingTab
  documentId: string | null
  reveal: Reveal | null
  /** Who codes in this window; null until the consultant picks (the first consultant then). */
  coderId: string | null
  /** Blind coding: only this coder's codings are shown, and the Agreement tab waits. */
  blind: boolean
  setTab: (tab: CodingTab) => void
  /** Opens a document in the coding tab, optionally selecting a span of it. */
  openDocument: (documentId: string, reveal?: Reveal) => void
  setCoder: (coderId: string) => void
  setBlind: (blind: boolean) => void
}

/** The tabs shown: comparing coders waits while a coder works blind. */
export const visibleTabs = (blind: boolean): readonly CodingTab[] =>
  blind ? CODING_TABS.filter((t) => t !== 'agreement') : CODING_TABS

/** What the coding workbench is showing; the codings themselves are read through the contract. */
export const useCodingView = create<CodingView>()((set) => ({
  tab: 'code',
  documentId: null,
  reveal: null,
  coderId: null,
  blind: false,
  setTab: (tab) => set({ tab }),
  openDocument: (documentId, reveal) => set({ tab: 'code', documentId, reveal: reveal ?? null }),
  setCoder: (coderId) => set({ coderId }),
  setBlind: (blind) => set((s) => ({ blind, tab: blind && s.tab === 'agreement' ? 'code' : s.tab })),
}))

import { create } from 'zustand'

/** Which interview the live screen is running, if any. */
export const useLiveInterview = create<{ interviewId: string | null; run: (id: string | null) => void }>()((set) => ({
  interviewId: null,
  run: (interviewId) => set({ interviewId }),
}))

import { create } from 'zustand'
import type { MenuCommand } from '../../shared/api/events'
import { useAppView } from './app-view'

interface MenuCommands {
  /** A command from the application menu, waiting for the part of the window that carries it out. */
  pending: MenuCommand | null
  done: () => void
}

export const useMenuCommand = create<MenuCommands>()((set) => ({
  pending: null,
  done: () => set({ pending: null }),
}))

/**
 * Carries out a File menu command: the team's commands live on the Engagement page, which opens
 * and takes it; without an open engagement there is nothing to merge into or package.
 */
export function runMenuCommand(command: MenuCommand): void {
  const view = useAppView.getState()
  if (!view.open) return view.showError({ code: 'NO_ENGAGEMENT_OPEN', message: 'No engagement is open.' })
  view.go('engagement')
  useMenuCommand.setState({ pending: command })
}

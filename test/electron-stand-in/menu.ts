import { standInConfig } from './config'
import { broke } from './rules'

export type Item = { role?: string; label?: string; submenu?: Item[]; click?: unknown; type?: string }

/** Roles Electron knows on every platform, and those it knows on macOS only. */
const ROLES = new Set(
  'undo redo cut copy paste pasteAndMatchStyle delete selectAll reload forceReload toggleDevTools resetZoom zoomIn zoomOut toggleSpellChecker togglefullscreen window minimize close help about quit fileMenu editMenu viewMenu windowMenu'.split(
    ' ',
  ),
)
const MAC_ROLES = new Set(
  'appMenu hide hideOthers unhide front zoom services recentDocuments clearRecentDocuments shareMenu'.split(' '),
)

export let applicationMenu: Item[] | null = null

export const Menu = {
  buildFromTemplate(template: Item[]): Item[] {
    const check = (items: Item[]) => {
      for (const item of items) {
        if (item.role && !ROLES.has(item.role) && !(MAC_ROLES.has(item.role) && standInConfig.platform === 'darwin'))
          broke(`menu role '${item.role}' does not exist on ${standInConfig.platform}`)
        if (!item.role && !item.label && item.type !== 'separator') broke('a menu item with neither role nor label')
        if (item.submenu) check(item.submenu)
      }
    }
    check(template)
    return template
  },
  setApplicationMenu(menu: Item[] | null): void {
    applicationMenu = menu
  },
}

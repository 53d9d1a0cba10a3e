import { Menu, type MenuItemConstructorOptions } from 'electron'
import type { MenuCommand } from '../../shared/api/events'
import type { Language } from '../../shared/domain/groups'
import { translate, type MessageKey } from '../../shared/i18n/translate'

/**
 * The standard roles (copy, paste, undo in text fields, zoom, quit), and in the File menu the
 * team's commands, which the window carries out (`menu.command`). The menu speaks the system's
 * language, as native menus do; the window's own commands live in the UI.
 */
export function buildMenu(lang: Language, run: (command: MenuCommand) => void): void {
  const command = (key: MessageKey, name: MenuCommand): MenuItemConstructorOptions => ({
    label: translate(lang, key),
    click: () => run(name),
  })
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    {
      label: translate(lang, 'menu.file'),
      submenu: [
        command('merge.ui.choose', 'mergeFile'),
        command('package.ui.open', 'codingPackage'),
        { type: 'separator' },
        process.platform === 'darwin' ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    { role: 'viewMenu' },
    { role: 'windowMenu' },
  ]
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))
}

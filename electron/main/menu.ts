import { Menu, type MenuItemConstructorOptions } from 'electron'

/** The standard roles only (copy, paste, undo in text fields, zoom, quit); the app's own commands live in the UI. */
export function buildMenu(): void {
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    { role: 'fileMenu' },
    { role: 'editMenu' },
    { role: 'viewMenu' },
    { role: 'windowMenu' },
  ]
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))
}

/** The desktop shell's own messages: what it says when it cannot start. */
export const enDesktop = {
  'desktop.native.title': 'Terrain cannot open engagements',
  'desktop.native.missing':
    'The database engine built for the desktop app is missing ({detail}). In the Terrain folder, run “npm start” from a terminal: its set-up step builds it (about a minute, internet needed once). In an installed Terrain, reinstall it.',
  'desktop.native.unloadable':
    'The database engine of the desktop app cannot be loaded: {detail}. It was built for another version of Electron or is damaged. Delete the “.electron-native” folder in the Terrain folder, then run “npm start” from a terminal to build it again. In an installed Terrain, reinstall it.',
}

/**
 * The smallest window Terrain lets itself be made: a 13-inch laptop's width and the height of a
 * 1366x768 screen at 125 % less its taskbar. The browser layout tests cover this size, so nothing
 * the window can show is untested.
 */
export const MIN_WINDOW = { width: 1024, height: 614 } as const

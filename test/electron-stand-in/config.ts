/** How the launch driver sets up the machine the app believes it runs on. */
export const standInConfig = {
  platform: process.platform as NodeJS.Platform,
  appPath: '',
  paths: {} as Record<string, string>,
  version: '0.0.0',
  locale: 'en-GB',
  isPackaged: false,
  /** What the next save and open dialogs answer, in order; an empty queue answers "cancelled". */
  saveAnswers: [] as string[],
  openAnswers: [] as string[],
  /** Linux's safeStorage backend: 'basic_text' where no keyring runs (a fixed key: no real keychain). */
  keyring: 'basic_text',
}

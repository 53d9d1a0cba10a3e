// The checks of the desktop set-up, apart from it so that the tests run them under Node.
import path from 'node:path'

/** The lowest version in an engines range such as ">= 22.12.0" or "^20.19.0 || >=22.12.0" we read as a floor. */
export function nodeFloor(range) {
  const m = /(\d+)\.(\d+)\.(\d+)/.exec(range ?? '')
  return m ? m.slice(1, 4).map(Number) : null
}

/** French or English, as the CLI chooses: from the system's locale. */
export const setupLanguage = (env = process.env) =>
  /^fr\b|^fr[-_]/i.test(env.LC_ALL || env.LC_MESSAGES || env.LANG || '') ? 'fr' : 'en'

const TOO_OLD = {
  en: (need, have) =>
    `the desktop app needs Node.js ${need} or later to set up Electron; this is Node.js ${have}. ` +
    'Install the current LTS release from nodejs.org (or with your version manager), then run “npm install” and “npm start” again. ' +
    'The command line (“npm run terrain”) and the tests also run on Node.js 20.',
  fr: (need, have) =>
    `l’application de bureau a besoin de Node.js ${need} ou plus récent pour installer Electron\u202f; celui-ci est Node.js ${have}. ` +
    'Installez la version LTS actuelle depuis nodejs.org (ou avec votre gestionnaire de versions), puis relancez «\u202fnpm install\u202f» et «\u202fnpm start\u202f». ' +
    'La ligne de commande («\u202fnpm run terrain\u202f») et les tests fonctionnent aussi avec Node.js 20.',
}

/**
 * Null when this Node can set up the desktop app; else the message to print. Electron's own
 * installer declares the Node it needs; the CLI and the tests need only Node 20.
 */
export function nodeVersionProblem(current, electronEngines, lang = 'en') {
  const floor = nodeFloor(electronEngines)
  if (!floor) return null
  const have = current.replace(/^v/, '').split('.').map(Number)
  for (let i = 0; i < 3; i++) {
    if ((have[i] ?? 0) > floor[i]) return null
    if ((have[i] ?? 0) < floor[i]) return TOO_OLD[lang](floor.join('.'), have.join('.'))
  }
  return null
}

/**
 * What to copy of better-sqlite3's package to build it for Electron: everything but its own
 * build/ folder (the Node build). Judged on the path inside the package, so that a checkout that
 * itself lies under a folder named "build" is copied whole.
 */
export function packageCopyFilter(source) {
  return (file) => path.relative(source, file).split(path.sep)[0] !== 'build'
}

// What the rest of the UI may use of the collectives panel; the other files are its own.
export { CollectivesPanel } from './CollectivesPanel'

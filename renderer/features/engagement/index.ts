// What the rest of the UI may use of the engagement screen; the other files are its own.
export { EngagementPage } from './EngagementPage'

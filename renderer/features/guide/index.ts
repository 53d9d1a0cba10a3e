// What the rest of the UI may use of the guide screen; the other files are its own.
export { GuidePage } from './GuidePage'

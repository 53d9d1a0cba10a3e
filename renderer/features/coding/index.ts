// What the rest of the UI may use of the coding screen; the other files are its own.
export { CodingPage } from './CodingPage'
export { useCodingView } from './coding-view'

// What the rest of the UI may use of the start screen; the other files are its own.
export { StartScreen } from './StartScreen'

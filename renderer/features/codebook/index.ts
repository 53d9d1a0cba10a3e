// What the rest of the UI may use of the codebook screen; the other files are its own.
export { CodebookPage } from './CodebookPage'

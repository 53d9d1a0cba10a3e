// What the rest of the UI may use of the report screen; the other files are its own.
export { ReportPage } from './ReportPage'

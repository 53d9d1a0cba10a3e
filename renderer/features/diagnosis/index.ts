// What the rest of the UI may use of the diagnosis screen; the other files are its own.
export { DiagnosisPage } from './DiagnosisPage'

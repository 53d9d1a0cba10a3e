// What the rest of the UI may use of the interview screens; the other files are its own.
export { InterviewsPage } from './InterviewsPage'

// A child process that types an answer word by word, as the live interview does, and says "ack N"
// on stdout after each write has returned (committed, synchronous=FULL). The durability test kills it.
import { openEngagementFile } from '../../electron/core/engagement/open-engagement'
import { saveAnswer } from '../../electron/core/interviews/live-interview'

const [file, interviewId, questionId, startAt] = process.argv.slice(2)
const e = openEngagementFile(file!)
const existing = e.documents.answerOf(interviewId!, questionId!)?.text ?? ''
let text = existing
for (let i = Number(startAt); ; i++) {
  text += `mot${i} `
  saveAnswer(e, interviewId!, questionId!, text)
  process.stdout.write(`ack ${i}\n`)
}

// A child process that types an answer word by word, as the live interview does, and says "ack N"
// on stdout after each write has returned (committed, synchronous=FULL). The durability test kills it.
// An encrypted engagement's passphrase comes in WRITER_PASSPHRASE.
import { openEngagementFile } from '../../electron/core/engagement/open-engagement'
import { saveAnswer } from '../../electron/core/interviews/live-interview'

const [file, interviewId, questionId, startAt] = process.argv.slice(2)
const e = openEngagementFile(file!, { passphrase: process.env.WRITER_PASSPHRASE })
const existing = e.documents.answerOf(interviewId!, questionId!)?.text ?? ''
let text = existing
for (let i = Number(startAt); ; i++) {
  text += `mot${i} `
  saveAnswer(e, interviewId!, questionId!, text)
  process.stdout.write(`ack ${i}\n`)
}

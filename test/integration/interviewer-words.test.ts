import { describe, expect, it } from 'vitest'
import { applyCoding } from '../../electron/core/coding/apply-coding'
import { engagementDiagnosis } from '../../electron/core/diagnosis/engagement-diagnosis'
import { startInterview } from '../../electron/core/interviews/live-interview'
import { importTranscript } from '../../electron/core/transcripts/import-transcript'
import { writeFile } from '../helpers/import-files'
import { tempEngagement } from '../helpers/temp-engagement'

/** A remote interview: the interviewer names overload in her question; the employee answers. */
const VTT = [
  'WEBVTT',
  '',
  '00:00:01.000 --> 00:00:05.000',
  '<v Claire Dubois>Vous sentez-vous noyé sous les messages ?</v>',
  '',
  '00:00:05.500 --> 00:00:09.000',
  '<v Marc Petit>Oui, trop de canaux à la fois.</v>',
  '',
].join('\n')

/** Five employees interviewed remotely, overload coded on the question and on the answer as asked. */
function study(codeQuestion: boolean, codeAnswer: boolean, interviewer: string | null) {
  const e = tempEngagement('fr')
  const overload = e.codebook.codeByKey('ATT.OVL')!
  for (let n = 1; n <= 5; n++) {
    const r = e.respondents.add({ code: `R0${n}`, group: 'employee', site: null })
    const i = startInterview(e, r.id)
    const { documentId } = importTranscript(e, i.id, writeFile(`R0${n}.vtt`, VTT), { interviewer })
    const [question, answer] = e.transcriptTurns.ofDocument(documentId)
    if (codeQuestion) applyCoding(e, { documentId, start: question!.start, end: question!.end, codeIds: [overload.id] })
    if (codeAnswer) applyCoding(e, { documentId, start: answer!.start, end: answer!.end, codeIds: [overload.id] })
  }
  return e
}

describe('what the interviewer said is not what respondents said', () => {
  it('leaves a coding on the interviewer’s question out of the diagnosis', () => {
    // Overload then was never said by a respondent: the measure has no data, not a low load.
    expect(engagementDiagnosis(study(true, false, 'Claire Dubois')).attentionLoad.value).toBeNull()
  })

  it('counts the respondent’s own words', () => {
    expect(engagementDiagnosis(study(true, true, 'Claire Dubois')).attentionLoad).toMatchObject({
      value: 100,
      band: 'high',
    })
  })

  it('counts every turn of a transcript whose interviewer was not named', () => {
    expect(engagementDiagnosis(study(true, false, null)).attentionLoad.value).toBe(100)
  })
})

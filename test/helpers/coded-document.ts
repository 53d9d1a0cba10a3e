import { tempEngagement } from './temp-engagement'

/** A French engagement with one employee's answer, each of `words` coded OUT.FIND by one consultant. */
export function codedDocument(text: string, words: string[]) {
  const e = tempEngagement('fr')
  const r = e.respondents.add({ code: 'R01', group: 'employee' })
  const d = e.documents.add({ kind: 'answer', respondentId: r.id, text })
  const coder = e.coders.add('Claire Dubois')
  const code = e.codebook.codeByKey('OUT.FIND')!
  const ids = words.map((w) => {
    const start = text.indexOf(w)
    return e.codings.add({
      documentId: d.id,
      start,
      end: start + w.length,
      codeId: code.id,
      coderId: coder.id,
      stance: 'SELF',
      target: null,
      valence: '-',
      intensity: 2,
    }).id
  })
  return { e, d, ids }
}

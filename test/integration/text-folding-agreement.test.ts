import { describe, expect, it } from 'vitest'
import { findTermHits } from '../../shared/domain/search/find-hits'
import { parseSearchQuery } from '../../shared/domain/search/search-query'
import { foldName, foldText } from '../../shared/domain/text-folding'
import { tempEngagement } from '../helpers/temp-engagement'

/** What a consultant types, and what a respondent said that it should find. */
const PAIRS: [typed: string, said: string][] = [
  ['coeur', 'Le cœur du métier'],
  ['cœur', 'Le coeur du métier'],
  ['OEUVRE', 'Une Œuvre collective'],
  ['ex aequo', 'classés ex æquo'],
  ['strasse', 'an der Straße'],
  ['STRASSE', 'AN DER STRAẞE'],
  ['efficace', 'une équipe eﬃcace'],
  ['fin', 'à la ﬁn'],
  ['fleur', 'à ﬂeur de peau'],
  ['eleve', 'Un élève motivé'],
  ['ÉLÈVE', 'un eleve'],
  ["l'ete", 'L’été dernier'],
  ['l’été', "l'ete dernier"],
  ['aujourd‘hui', "Aujourd'hui"],
  ['club des managers', 'le Club des\u00a0Managers'],
]

/** A filter (code lists, collectives) keeps what holds the folded typed text. */
const filterKeeps = (typed: string, said: string) => foldText(said).includes(foldText(typed))
/** Search finds words and phrases. */
const searchFinds = (typed: string, said: string) => findTermHits(said, parseSearchQuery(typed)).length > 0

describe('search and filters fold alike', () => {
  it.each(PAIRS)('"%s" finds "%s" in a filter and in search', (typed, said) => {
    expect(filterKeeps(typed, said)).toBe(true)
    expect(searchFinds(typed, said)).toBe(true)
  })

  it('agree on what they leave out', () => {
    for (const [typed, said] of [
      ['coeurs', 'le cœur'],
      ['eleves', 'un élève'],
    ] as const) {
      expect(filterKeeps(typed, said)).toBe(false)
      expect(searchFinds(typed, said)).toBe(false)
    }
  })

  it('compares names whatever their case, accents, ligatures and spaces', () => {
    expect(foldName('  Comité de Direction ')).toBe(foldName('comite  de direction'))
    expect(foldName('Cœur de métier')).toBe(foldName('COEUR DE METIER'))
  })
})

describe('full-text search (FTS5, remove_diacritics 2) finds what the folding finds', () => {
  it.each(PAIRS)('"%s" finds the document "%s"', (typed, said) => {
    const e = tempEngagement()
    const r = e.respondents.add({ code: 'R01', group: 'employee' })
    const d = e.documents.add({ kind: 'transcript', respondentId: r.id, text: said })
    expect(e.documents.search(typed).map((h) => h.documentId)).toEqual([d.id])
  })

  /**
   * Letters FTS5 indexes as their own where the folding reads something else; none is written in
   * French or English, so a search of them may show nothing: listed, so that another one shows.
   */
  const APART = 'ĲĳĿŀŉǄǅǆǇǈǉǊǋǌǠǡǢǣǮǯǱǲǳǼǽǾǿﬅﬆʼ'

  it('for every Latin letter and ligature, alone in a word', () => {
    const e = tempEngagement()
    const r = e.respondents.add({ code: 'R01', group: 'employee' })
    const letters: string[] = []
    for (let cp = 0xc0; cp <= 0x24f; cp++) letters.push(String.fromCodePoint(cp))
    for (let cp = 0xfb00; cp <= 0xfb06; cp++) letters.push(String.fromCodePoint(cp))
    letters.push('ẞ', '’', '‘')
    const words = letters.filter((c) => /[\p{L}’‘]/u.test(c) && !APART.includes(c)).map((c) => `zq${c}qz`)
    const ids = words.map((w) => e.documents.add({ kind: 'transcript', respondentId: r.id, text: w }).id)
    const missed = words.filter((w, i) => {
      const typed = foldText(w)
      expect(searchFinds(typed, w)).toBe(true)
      return !e.documents.search(typed, 1000).some((h) => h.documentId === ids[i])
    })
    expect(missed).toEqual([])
  })
})

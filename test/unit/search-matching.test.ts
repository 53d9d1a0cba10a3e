import { describe, expect, it } from 'vitest'
import { findTermHits } from '../../shared/domain/search/find-hits'
import { keywordList, keywordTerm, parseSearchQuery, toFtsMatch } from '../../shared/domain/search/search-query'
import { foldWithOffsets, foldCodePoint } from '../../shared/domain/text-folding'
import { spanInContext } from '../../shared/domain/search/hit-context'

/** The original words each hit of the query covers. */
const hits = (text: string, query: string): string[] =>
  findTermHits(text, parseSearchQuery(query)).map((h) => text.slice(h.start, h.end))

const offsets = (text: string, query: string) => findTermHits(text, parseSearchQuery(query))

describe('folding', () => {
  it('drops accents and case, spells ligatures out, writes one apostrophe', () => {
    expect(foldWithOffsets('Élève ÇA œuvre Æ straße l’été').folded).toBe("eleve ca oeuvre ae strasse l'ete")
    expect(foldCodePoint('É')).toBe('e')
    expect(foldCodePoint('ﬁ')).toBe('fi')
  })

  it('spells out a ligature or an apostrophe that only appears once the accent is gone', () => {
    expect(foldCodePoint('ǽ')).toBe('ae')
    expect(foldCodePoint('ŉ')).toBe("'n")
  })

  it('maps every folded unit back to its code point, across length changes', () => {
    const t = foldWithOffsets('aœ😀é')
    expect(t.folded).toBe('aoe😀e')
    expect([...t.starts]).toEqual([0, 1, 1, 2, 2, 4])
    expect([...t.ends]).toEqual([1, 2, 2, 4, 4, 5])
  })
})

describe('finding hits in the original text', () => {
  it('finds accented words from a query without accents, and the other way round', () => {
    expect(hits('Un élève motivé. Les ÉLÈVES aussi.', 'eleve')).toEqual(['élève'])
    expect(hits('Un eleve motive.', 'élève')).toEqual(['eleve'])
    expect(hits('Un élève.', 'ELEVE')).toEqual(['élève'])
  })

  it('keeps UTF-16 offsets right after an emoji and across CRLF line breaks', () => {
    const text = 'Top 😀😀 !\r\nL’élève\r\nrevient.'
    const [h] = offsets(text, 'eleve')
    expect(h).toEqual({ start: text.indexOf('élève'), end: text.indexOf('élève') + 5 })
    expect(text.slice(h!.start, h!.end)).toBe('élève')
  })

  it('finds text written in decomposed form (NFD), taking the accent with its letter', () => {
    const text = 'Un e\u0301le\u0300ve ici'
    expect(hits(text, 'eleve')).toEqual(['e\u0301le\u0300ve'])
    expect(hits('Un élève', 'e\u0301le\u0300ve')).toEqual(['élève'])
  })

  it('matches ligatures both ways', () => {
    expect(hits('Une belle œuvre', 'oeuvre')).toEqual(['œuvre'])
    expect(hits('Une belle oeuvre', 'œuvre')).toEqual(['oeuvre'])
  })

  it('reads typographic and typed apostrophes alike', () => {
    expect(hits("C’est l’équipe, l'équipe.", "l'equipe")).toEqual(['l’équipe', "l'équipe"])
    expect(hits("l'équipe", 'l’équipe')).toEqual(["l'équipe"])
  })

  it('finds whole words only, or a prefix with a trailing star, to the end of its word', () => {
    expect(hits('manager, managers, management', 'manager')).toEqual(['manager'])
    expect(hits('manager, managers, management', 'manag*')).toEqual(['manager', 'managers', 'management'])
  })

  it('finds a quoted phrase across any spacing, punctuation or line break', () => {
    expect(hits('pas de\r\nretour ; pas de retour ; pas retour', '"pas de retour"')).toEqual([
      'pas de\r\nretour',
      'pas de retour',
    ])
  })

  it('finds every word of a query of several words', () => {
    expect(hits('Le réseau et l’équipe. Le réseau.', 'reseau equipe')).toEqual(['réseau', 'équipe', 'réseau'])
  })
})

describe('search queries', () => {
  it('quotes words so that user text is never FTS5 syntax', () => {
    expect(toFtsMatch(parseSearchQuery('ÉLÈVE manag* "pas de retour" NEAR( -x'))).toBe(
      '"eleve" AND "manag"* AND "pas de retour" AND "near" AND "x"',
    )
    expect(parseSearchQuery('  "" * ;')).toEqual([])
  })

  it('asks FTS5 for both spellings of a word with a ligature, which its tokenizer keeps apart', () => {
    expect(toFtsMatch(parseSearchQuery('cœur soeur*'))).toBe('("coeur" OR "cœur") AND ("soeur"* OR "sœur"*)')
    expect(toFtsMatch(parseSearchQuery('"ex aequo"'))).toBe('("ex aequo" OR "ex æquo")')
  })
})

describe('autocoding keywords', () => {
  it('are typed one per line or separated by commas or semicolons', () => {
    expect(keywordList(' reseau, télétravail\n\nmanag* ;  ')).toEqual(['reseau', 'télétravail', 'manag*'])
  })

  it('are each a phrase, a prefix with a trailing star, or nothing without a letter', () => {
    expect(keywordTerm('Travail à distance')).toEqual({ words: ['travail', 'a', 'distance'], prefix: false })
    expect(keywordTerm('manag*')).toEqual({ words: ['manag'], prefix: true })
    expect(keywordTerm('?!')).toBeNull()
  })
})

describe('a hit in its context', () => {
  it('shows the words around the hit on one line, cut at word boundaries', () => {
    const text = 'Premier mot.\nIci un passage assez long avant le mot élève puis un passage assez long après.'
    const start = text.indexOf('élève')
    const c = spanInContext(text, { start, end: start + 5 }, 20)
    expect(c.text).toBe('élève')
    expect(c.before).toBe('…long avant le mot ')
    expect(c.after).toBe(' puis un passage…')
    expect(spanInContext('a\r\nb', { start: 3, end: 4 })).toEqual({ before: 'a  ', text: 'b', after: '' })
  })
})

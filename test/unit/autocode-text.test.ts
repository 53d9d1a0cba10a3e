import { describe, expect, it } from 'vitest'
import { compilePattern, hasNestedRepeat } from '../../shared/domain/search/autocode-pattern'
import { patternMatches } from '../../shared/domain/search/pattern-matches'
import { scopeSpans } from '../../shared/domain/search/coding-scope'
import { sentenceAround, sentenceSpans } from '../../shared/domain/search/sentences'

const sentences = (text: string): string[] => sentenceSpans(text).map((s) => text.slice(s.start, s.end))

describe('sentences', () => {
  it('splits at full stops, questions and exclamations followed by a capital', () => {
    expect(sentences('Je veux des outils. Les managers ? Non ! Jamais.')).toEqual([
      'Je veux des outils.',
      'Les managers ?',
      'Non !',
      'Jamais.',
    ])
  })

  it('does not split after abbreviations, initials or inside a number', () => {
    expect(sentences('M. Dupont et Mme. Durand sont là. Le Dr. Martin aussi.')).toEqual([
      'M. Dupont et Mme. Durand sont là.',
      'Le Dr. Martin aussi.',
    ])
    expect(sentences('J. Martin a dit 3.5 fois, p. ex. hier. Fin.')).toEqual([
      'J. Martin a dit 3.5 fois, p. ex. hier.',
      'Fin.',
    ])
    expect(sentences('We use tools, e.g. Teams. Then we stop.')).toEqual(['We use tools, e.g. Teams.', 'Then we stop.'])
  })

  it('reads an ellipsis as an end only before a capital', () => {
    expect(sentences('On attend… et puis rien... Bref. Ensuite.')).toEqual([
      'On attend… et puis rien...',
      'Bref.',
      'Ensuite.',
    ])
  })

  it('keeps « guillemets » with their sentence and ends one after a closing quote', () => {
    expect(sentences('Il m’a dit « Allez-y. Vraiment. » Je suis parti. « Et toi ? » Rien.')).toEqual([
      'Il m’a dit « Allez-y. Vraiment. »',
      'Je suis parti.',
      '« Et toi ? »',
      'Rien.',
    ])
  })

  it('ends a sentence at every line break, CRLF included, and drops blank lines', () => {
    expect(sentences('- outils\r\n- réseau\r\n\r\nfin sans point')).toEqual(['- outils', '- réseau', 'fin sans point'])
  })

  it('gives the sentence around a span, or the sentences it crosses', () => {
    const text = 'Un. Deux trois. Quatre.'
    expect(sentenceAround(text, { start: 8, end: 10 })).toEqual({ start: 4, end: 15 })
    expect(sentenceAround(text, { start: 1, end: 6 })).toEqual({ start: 0, end: 15 })
  })
})

describe('coding scope', () => {
  const text = '  Un réseau. Le réseau et le réseau.  '
  const hits = [...text.matchAll(/réseau/g)].map((m) => ({ start: m.index, end: m.index + 6 }))

  it('codes each match, each sentence once, or the whole trimmed answer', () => {
    expect(scopeSpans(text, hits, 'match')).toEqual(hits)
    expect(scopeSpans(text, hits, 'sentence').map((s) => text.slice(s.start, s.end))).toEqual([
      'Un réseau.',
      'Le réseau et le réseau.',
    ])
    expect(scopeSpans(text, hits, 'document')).toEqual([{ start: 2, end: text.length - 2 }])
    expect(scopeSpans(text, [], 'document')).toEqual([])
  })

  it('merges overlapping matches', () => {
    expect(
      scopeSpans(
        'abcdef',
        [
          { start: 0, end: 3 },
          { start: 2, end: 5 },
        ],
        'match',
      ),
    ).toEqual([{ start: 0, end: 5 }])
  })
})

describe('regular expressions for autocoding', () => {
  it('compiles case-insensitive Unicode patterns', () => {
    const p = compilePattern('manag(er|ement)s?')
    expect(p.ok && p.regex.flags).toBe('giu')
    const q = compilePattern('\\bÉQUIPE\\b')
    expect(q.ok && patternMatches('une équipe, équipes', q.regex, 10).spans).toEqual([{ start: 4, end: 10 }])
    const w = compilePattern('r\\w+au')
    expect(w.ok && patternMatches('le réseau', w.regex, 10).spans).toEqual([{ start: 3, end: 9 }])
    const c = compilePattern('[\\w-]+')
    expect(c.ok && patternMatches('peut-être', c.regex, 10).spans).toEqual([{ start: 0, end: 9 }])
  })

  it('refuses an invalid, empty, too long or empty-matching pattern with a reason', () => {
    expect(compilePattern('manag(er')).toMatchObject({ ok: false, problem: 'invalid' })
    expect(compilePattern('  ')).toMatchObject({ ok: false, problem: 'empty' })
    expect(compilePattern('a'.repeat(501))).toMatchObject({ ok: false, problem: 'tooLong' })
    expect(compilePattern('x*')).toMatchObject({ ok: false, problem: 'matchesEmpty' })
    expect(compilePattern('(chef)?')).toMatchObject({ ok: false, problem: 'matchesEmpty' })
  })

  it('refuses nested unbounded repeats, the shape of catastrophic backtracking', () => {
    expect(compilePattern('(a+)+$')).toMatchObject({ ok: false, problem: 'catastrophic' })
    expect(hasNestedRepeat('(\\w+\\s?)*x')).toBe(true)
    expect(hasNestedRepeat('((ab)*c)+')).toBe(true)
    expect(hasNestedRepeat('([a-z]+)*')).toBe(true)
    expect(hasNestedRepeat('(chef|manager)+')).toBe(false)
    expect(hasNestedRepeat('\\(a+\\)+')).toBe(false)
    expect(hasNestedRepeat('[(]a+[)]+')).toBe(false)
    expect(hasNestedRepeat('(ab){1,3}')).toBe(false)
    expect(hasNestedRepeat('(\\p{L}+\\s)+')).toBe(true)
    expect(hasNestedRepeat('\\p{Lu}\\p{L}+ (?<n>\\d+)\\k<n>+')).toBe(false)
  })

  it('refuses a repeat counted three times or more around a repeat: (.*a){8}x runs for minutes', () => {
    expect(compilePattern('(.*a){8}x')).toMatchObject({ ok: false, problem: 'catastrophic' })
    expect(hasNestedRepeat('(\\w+ ){2,5}')).toBe(true)
    expect(hasNestedRepeat('(a|ab){20}c')).toBe(true)
    expect(hasNestedRepeat('(\\w+ ){2}')).toBe(false)
    expect(hasNestedRepeat('(chef|manager){3}')).toBe(false)
  })

  it('refuses repeated alternatives that can match the same text, not those that cannot', () => {
    expect(hasNestedRepeat('(a|ab)*c')).toBe(true)
    expect(hasNestedRepeat('(\\w|\\d)+$')).toBe(true)
    expect(hasNestedRepeat('(?:x|.)+y')).toBe(true)
    expect(hasNestedRepeat('(Chef|chef adjoint)+')).toBe(true)
    expect(hasNestedRepeat('(chef|manager)+ (?:de|du) service')).toBe(false)
    expect(hasNestedRepeat('(?<who>chef|manager)s?')).toBe(false)
    expect(hasNestedRepeat('(?:a|b)(?:a|a)')).toBe(false)
  })

  it('caps the matches of a broad pattern and steps over empty matches', () => {
    const p = compilePattern('\\w')
    const r = p.ok ? patternMatches('abcdef', p.regex, 3) : null
    expect(r).toEqual({
      spans: [
        { start: 0, end: 1 },
        { start: 1, end: 2 },
        { start: 2, end: 3 },
      ],
      capped: true,
    })
    expect(patternMatches('😀a😀', /a|(?=😀)/giu, 10).spans).toEqual([{ start: 2, end: 3 }])
  })
})

import { describe, expect, it } from 'vitest'
import { fr } from '../../shared/i18n/fr'
import guides from '../../resources/guides.json'

/**
 * French punctuation a string breaks: ; : ! ? or » closing a phrase without the narrow no-break
 * space before it (a plain space, a no-break space, or none at all: "Fichier:"), and « without
 * one after it. A colon inside a word (00:01:02, urn:QDA) closes no phrase and is not one.
 */
export function frenchPunctuationFaults(text: string): string[] {
  const faults: string[] = []
  for (const m of text.matchAll(/[;:!?»]/g)) {
    const before = text[m.index - 1]
    const after = text[m.index + 1]
    const closes = m[0] === '»' || after === undefined || /[\s)».,'’"!?]/.test(after)
    if (closes && before !== '\u202f') faults.push(text.slice(Math.max(0, m.index - 15), m.index + 2))
  }
  for (const m of text.matchAll(/«/g))
    if (text[m.index + 1] !== '\u202f') faults.push(text.slice(m.index, m.index + 15))
  return faults
}

/** Strings whose marks are not French prose: a regular expression shown as an example. */
const NOT_PROSE = new Set(['autocode.patternPlaceholder'])

/** Every French string of the default guides: names, intros, questions, probes, options, consent. */
function frenchOf(x: unknown): string[] {
  if (Array.isArray(x)) return x.flatMap(frenchOf)
  if (x && typeof x === 'object')
    return Object.entries(x).flatMap(([k, v]) =>
      k === 'fr'
        ? typeof v === 'string'
          ? [v]
          : Array.isArray(v)
            ? v.filter((s) => typeof s === 'string')
            : []
        : frenchOf(v),
    )
  return []
}

describe('French punctuation', () => {
  it('is found where a narrow no-break space is missing, and only there', () => {
    expect(frenchPunctuationFaults('Fichier : a')).toEqual(['Fichier : '])
    expect(frenchPunctuationFaults('Fichier: a')).toEqual(['Fichier: '])
    expect(frenchPunctuationFaults('« mot\u202f»')).toEqual(['« mot\u202f»'])
    expect(frenchPunctuationFaults('Quoi ?')).toEqual(['Quoi ?'])
    expect(frenchPunctuationFaults('à 00:01:02 (urn:QDA-XML:codebook:1.0), «\u202fx\u202f»\u202f? Oui\u202f!')).toEqual(
      [],
    )
  })

  it('is right in every string of the French catalogue', () => {
    const faults = Object.entries(fr)
      .filter(([key]) => !NOT_PROSE.has(key))
      .flatMap(([key, text]) => frenchPunctuationFaults(text).map((f) => `${key}: ${f}`))
    expect(faults).toEqual([])
  })

  it('is right in every French text of the default interview guides', () => {
    const texts = frenchOf(guides)
    expect(texts.length).toBeGreaterThan(100)
    expect(texts.flatMap(frenchPunctuationFaults)).toEqual([])
  })
})

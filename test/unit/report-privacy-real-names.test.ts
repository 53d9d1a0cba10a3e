import { describe, expect, it } from 'vitest'
import { namesIn } from '../../shared/report/real-names'

describe('a verbatim that names a respondent is caught', () => {
  it('finds the whole name and the surname at the very start and the very end of a text', () => {
    expect(namesIn('Roux le sait.', ['Lucie Roux'])).toEqual(['Lucie Roux'])
    expect(namesIn('Demandez à Roux', ['Lucie Roux'])).toEqual(['Lucie Roux'])
    expect(namesIn('Lucie Roux', ['Lucie Roux'])).toEqual(['Lucie Roux'])
  })

  it('finds a name between punctuation or digits, which are not letters', () => {
    expect(namesIn('(Roux)', ['Lucie Roux'])).toEqual(['Lucie Roux'])
    expect(namesIn('2Roux3', ['Lucie Roux'])).toEqual(['Lucie Roux'])
  })

  it('finds a name written with accents the record lacks, and the other way round', () => {
    expect(namesIn('Voir avec Élodie Lefèvre.', ['Elodie Lefevre'])).toEqual(['Elodie Lefevre'])
    expect(namesIn('VOIR LEFEVRE.', ['Élodie Lefèvre'])).toEqual(['Élodie Lefèvre'])
  })

  it('reads every surname after the first name, whatever the spaces between them', () => {
    expect(namesIn('Voir Martin.', ['Jean-Paul\tDupont  Martin'])).toEqual(['Jean-Paul\tDupont  Martin'])
    expect(namesIn('Voir Dupont.', ['  Jean-Paul Dupont '])).toEqual(['  Jean-Paul Dupont '])
  })

  it('lists each respondent named once, and only those named', () => {
    expect(namesIn('Lucie Roux, puis Roux encore, et Dupont.', ['Lucie Roux', 'Marie Blanc', 'Eva Dupont'])).toEqual([
      'Lucie Roux',
      'Eva Dupont',
    ])
  })
})

describe('a verbatim that names nobody is left alone', () => {
  it('does not take a first name alone for the person, even after leading spaces in the record', () => {
    expect(namesIn('Lucie est passée.', ['  Lucie Roux'])).toEqual([])
  })

  it('does not find a name inside a longer word, accented letters included', () => {
    expect(namesIn('Les rouxes et les éroux.', ['Lucie Roux'])).toEqual([])
    expect(namesIn('Un øroux.', ['Lucie Roux'])).toEqual([])
    expect(namesIn('Un rouxø.', ['Lucie Roux'])).toEqual([])
  })

  it('reads the characters of a name literally, never as a pattern', () => {
    expect(namesIn('Voir Dupont.', ['Jean Dupo.t'])).toEqual([])
    expect(namesIn('Voir Dupo.t.', ['Jean Dupo.t'])).toEqual(['Jean Dupo.t'])
    expect(namesIn('Voir Dupontt.', ['Jean Dupont+'])).toEqual([])
    expect(namesIn('Voir Roux.', ['Lucie (Roux)'])).toEqual([])
  })

  it('finds nothing for a blank name', () => {
    expect(namesIn('Un texte, des mots.', ['', '   '])).toEqual([])
  })
})

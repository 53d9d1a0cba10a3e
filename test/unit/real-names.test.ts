import { describe, expect, it } from 'vitest'
import { namesIn } from '../../shared/report/real-names'

describe('finding a respondent’s real name in a verbatim', () => {
  it('finds a respondent named by surname alone', () => {
    expect(namesIn('Il faut voir avec Roux, elle sait.', ['Lucie Roux'])).toEqual(['Lucie Roux'])
    expect(namesIn('Demandez à ROUX.', ['Lucie Roux'])).toEqual(['Lucie Roux'])
  })

  it('finds a surname of four letters alone, but not one of three, which is too often a common word', () => {
    expect(namesIn('On en parle avec Roux.', ['Lucie Roux'])).toEqual(['Lucie Roux'])
    expect(namesIn('On en parle avec Bon.', ['Marie Bon'])).toEqual([])
    expect(namesIn('Un bon outil, simple et rapide.', ['Marie Bon'])).toEqual([])
  })

  it('finds the surname of a respondent whose first name is short', () => {
    expect(namesIn('Voir avec Roux.', ['Léa Roux'])).toEqual(['Léa Roux'])
    expect(namesIn('Dupont le sait.', ['Eva Dupont'])).toEqual(['Eva Dupont'])
    expect(namesIn('Il faut demander à Martin.', ['Jo Martin'])).toEqual(['Jo Martin'])
    // A first name alone is not taken for the person: too many share it.
    expect(namesIn('Lucie est passée.', ['Lucie Roux'])).toEqual([])
  })

  it('finds a name of three letters when the whole name is written', () => {
    expect(namesIn('Comme le dit Marie Bon, on ne trouve rien.', ['Marie Bon'])).toEqual(['Marie Bon'])
  })

  it('finds only whole words, whatever the accents', () => {
    expect(namesIn('Les roues de la brouette.', ['Lucie Roux'])).toEqual([])
    expect(namesIn('Voir avec Lefèvre demain.', ['Élodie Lefevre'])).toEqual(['Élodie Lefevre'])
  })
})

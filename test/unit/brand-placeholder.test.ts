import { describe, expect, it } from 'vitest'
import { withClientName } from '../../shared/domain/brand-placeholder'

describe('the client’s name in the guide as read aloud', () => {
  it('replaces every stand-in, in either language and any case', () => {
    expect(withClientName('Par quels moyens êtes-vous en contact avec [marque] ? Et [Marque] ?', 'Aubrelle')).toBe(
      'Par quels moyens êtes-vous en contact avec Aubrelle ? Et Aubrelle ?',
    )
    expect(withClientName('How long have you been a customer of [brand]? [company] too.', 'Aubrelle')).toBe(
      'How long have you been a customer of Aubrelle? Aubrelle too.',
    )
  })

  it('keeps the stand-in while the engagement names no client, and leaves other brackets alone', () => {
    expect(withClientName('client de [marque]', '  ')).toBe('client de [marque]')
    expect(withClientName('[pause] puis [marque]', 'Aubrelle')).toBe('[pause] puis Aubrelle')
  })
})

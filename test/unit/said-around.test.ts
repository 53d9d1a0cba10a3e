import { describe, expect, it } from 'vitest'
import { saidAround } from '../../shared/domain/said-around'

const around = (text: string, words: string) => {
  const at = text.indexOf(words)
  const { from, to } = saidAround(text, at, at + words.length)
  return text.slice(from, to).trim()
}

describe('what was said in the same breath as a span', () => {
  const text =
    'What brings me back is an answer. I’m in the Claims Quality Community. My manager put my name on the list, and we deliver by June! It closes then.\nNew paragraph here. Another one.'

  it('is the span’s sentence and the one before', () => {
    expect(around(text, 'My manager put')).toBe(
      'I’m in the Claims Quality Community. My manager put my name on the list, and we deliver by June!',
    )
  })

  it('stays inside its paragraph and reaches no further than the span’s sentence', () => {
    expect(around(text, 'New paragraph')).toBe('New paragraph here.')
    expect(around(text, 'It closes')).toBe(
      'My manager put my name on the list, and we deliver by June! It closes then.',
    )
    expect(around(text, 'What brings')).toBe('What brings me back is an answer.')
  })

  it('covers every sentence a long span crosses', () => {
    expect(around(text, 'Community. My manager')).toBe(
      'What brings me back is an answer. I’m in the Claims Quality Community. My manager put my name on the list, and we deliver by June!',
    )
  })
})

import { AlignmentType, LevelFormat, type INumberingOptions } from 'docx'
import { mm } from './word-theme'

export const NUMBERING = { bullet: 'report-bullets', ordered: 'report-numbers' } as const

/**
 * Bullets and numbers hanging in the margin of the items' text, with room for "10." (the
 * interview guides run past nine questions); each ordered list restarts at 1 (its own instance).
 */
export function reportNumbering(): INumberingOptions {
  const indent = { left: mm(7), hanging: mm(6) }
  return {
    config: [
      {
        reference: NUMBERING.bullet,
        levels: [
          {
            level: 0,
            format: LevelFormat.BULLET,
            text: '•',
            alignment: AlignmentType.LEFT,
            style: { paragraph: { indent } },
          },
        ],
      },
      {
        reference: NUMBERING.ordered,
        levels: [
          {
            level: 0,
            format: LevelFormat.DECIMAL,
            text: '%1.',
            alignment: AlignmentType.LEFT,
            style: { paragraph: { indent } },
          },
        ],
      },
    ],
  }
}

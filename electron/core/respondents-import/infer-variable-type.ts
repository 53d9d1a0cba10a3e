import type { VariableType } from '../../../shared/domain/respondent'
import { parseBoolean, parseIsoDate, parseNumber } from './variable-values'

/** A column with at most this many distinct values, none longer than CHOICE_LENGTH or on several lines, is a choice. */
export const CHOICE_OPTIONS = 12
export const CHOICE_LENGTH = 40

/**
 * The type of a new variable from its column's filled cells: all numbers, all yes or no, all
 * year-month-day dates, at most 12 distinct short values (its options, in the order they first
 * come), else text. A column with no value at all is text.
 */
export function inferVariableType(values: readonly string[]): { type: VariableType; options: string[] } {
  if (values.length === 0) return { type: 'text', options: [] }
  if (values.every((v) => parseNumber(v) !== undefined)) return { type: 'number', options: [] }
  if (values.every((v) => parseBoolean(v) !== undefined)) return { type: 'boolean', options: [] }
  if (values.every((v) => parseIsoDate(v) !== undefined)) return { type: 'date', options: [] }
  const distinct = [...new Set(values)]
  if (distinct.length <= CHOICE_OPTIONS && distinct.every((v) => v.length <= CHOICE_LENGTH && !v.includes('\n')))
    return { type: 'choice', options: distinct }
  return { type: 'text', options: [] }
}

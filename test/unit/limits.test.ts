import { describe, expect, it } from 'vitest'
import { LIMITS, type LimitName } from '../../electron/core/files/limits'
import { LimitRefusal, refuseLimit } from '../../electron/core/files/refuse-limit'
import { enLimits } from '../../shared/i18n/en-limits'
import { translate, type MessageKey } from '../../shared/i18n/translate'

const MB = 1024 * 1024

describe('the limits of ../shared/LIMITS.md, in one module', () => {
  it('holds each value the document gives', () => {
    expect(LIMITS).toEqual({
      MAX_FILE_BYTES: 200 * MB,
      MAX_ARCHIVE_ENTRIES: 20_000,
      MAX_ARCHIVE_UNCOMPRESSED_BYTES: 1024 * MB,
      MAX_ENTRY_RATIO: 200,
      MAX_XML_DEPTH: 256,
      MAX_XML_TEXT_CHARS: 10 * MB,
      MAX_CODES: 10_000,
      MAX_CODE_DEPTH: 32,
      MAX_CODE_NAME_CHARS: 200,
      MAX_CODE_TEXT_CHARS: 20_000,
      MAX_TABLE_ROWS: 1_000_000,
      MAX_CELL_CHARS: 100_000,
      MAX_RESPONDENTS: 10_000,
      MAX_DOCUMENT_CHARS: 5_000_000,
      MAX_IMPORT_CODINGS: 1_000_000,
    })
  })

  it.each(Object.keys(LIMITS) as LimitName[])(
    'refuses past %s with a message naming the file, its figure and the limit, in both languages',
    (name) => {
      expect(Object.keys(enLimits)).toContain(`limits.${name}`)
      let refusal: LimitRefusal | undefined
      try {
        refuseLimit(name, 'file.xlsx', LIMITS[name] + 1, { entry: 'part.xml' })
      } catch (e) {
        refusal = e as LimitRefusal
      }
      expect(refusal).toBeInstanceOf(LimitRefusal)
      expect(refusal).toMatchObject({
        code: 'INVALID_INPUT',
        subject: 'file.xlsx',
        limit: name,
        figure: LIMITS[name] + 1,
      })
      const [problem] = refusal!.problems
      expect(refusal!.message).toBe(translate('en', problem!.key as MessageKey, problem!.params))
      for (const lang of ['en', 'fr'] as const) {
        const text = translate(lang, problem!.key as MessageKey, problem!.params)
        expect(text).toContain('file.xlsx')
        expect(text).not.toMatch(/\{\w+\}/)
      }
      // The limit's own figure is in the message, in its unit (megabytes for sizes).
      const shown = name.endsWith('_BYTES') ? LIMITS[name] / MB : LIMITS[name]
      expect(refusal!.message).toContain(shown.toLocaleString('en'))
    },
  )
})

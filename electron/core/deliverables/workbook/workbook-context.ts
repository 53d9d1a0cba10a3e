import type { Group } from '../../../../shared/domain/groups'
import type { ReportInput } from '../../../../shared/report/report-input'
import { translator, type Translator } from '../../../../shared/i18n/translate'
import { nameMask } from './name-mask'
import { shownGroups } from './shown-groups'

/** What the summary sheets share: the report's figures, the language, and the privacy rules. */
export interface WorkbookContext {
  input: ReportInput
  tr: Translator
  /** Groups of three respondents or more: the only ones with a column or a row of their own. */
  shown: ReadonlySet<Group>
  /** Free text typed by a person (a reason, an edited wording), with any respondent's real name masked. */
  words: (text: string) => string
  codeName: (key: string) => string
}

export function workbookContext(input: ReportInput): WorkbookContext {
  const tr = translator(input.lang)
  const names = new Map(input.codes.map((c) => [c.key, c.name[input.lang]]))
  return {
    input,
    tr,
    shown: shownGroups(input.diagnosis.floors),
    words: nameMask(input.realNames, tr.t('workbook.maskedName')),
    codeName: (key) => names.get(key) || key,
  }
}

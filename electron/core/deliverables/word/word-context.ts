import { TextRun, type IRunOptions } from 'docx'
import type { ReportDocument } from '../../../../shared/report/report-document'
import { translator, type Translator } from '../../../../shared/i18n/translate'
import { typeset } from '../../../../shared/i18n/format'

/** What writing the blocks needs besides the block: the language, its typography, the lists so far. */
export class WordContext {
  readonly t: Translator['t']
  private lists = 0

  constructor(readonly doc: ReportDocument) {
    this.t = translator(doc.lang).t
  }

  /** A text as the PDF prints it: in French, a narrow no-break space before ; : ! ? » and after «. */
  text(s: string): string {
    return typeset(this.doc.lang, s)
  }

  /**
   * The text as runs; a line break the consultant typed (their own texts keep them, as the PDF's
   * pre-line does) becomes a line break in the paragraph, not a new paragraph.
   */
  runs(s: string, options: IRunOptions = {}): TextRun[] {
    return this.text(s)
      .split('\n')
      .map((line, i) => new TextRun({ ...options, text: line, break: i > 0 ? 1 : undefined }))
  }

  /** A new numbering instance, so that each ordered list starts again at 1. */
  nextList(): number {
    return ++this.lists
  }
}

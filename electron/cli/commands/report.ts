import fs from 'node:fs'
import path from 'node:path'
import { openEngagementFile } from '../../core/engagement/open-engagement'
import { reportHtml, type ReportStep } from '../../core/report/export-report'
import { reportPdf } from '../chromium/report-pdf'
import { writeReportFile } from '../../core/report/write-report'
import { buildDeliverable, deliverableFormatOf } from '../../core/deliverables/export-deliverable'
import { languageOption, parseCommand, requireFile } from '../arguments'
import { UsageError, type CliContext } from '../cli-context'
import type { MessageKey } from '../../../shared/i18n/translate'
import { PASSPHRASE_OPTIONS, passphraseFor } from '../passphrase'

/**
 * The client report as PDF (through Chromium), one self-contained HTML file, a PowerPoint deck,
 * an Excel workbook or a Word document: the format by the extension of --out.
 */
export async function reportCommand(args: string[], ctx: CliContext): Promise<void> {
  const { values, positionals } = parseCommand('report', args, {
    out: { type: 'string' },
    lang: { type: 'string' },
    chromium: { type: 'string' },
    'allow-names': { type: 'boolean' },
    ...PASSPHRASE_OPTIONS,
  })
  const file = requireFile('report', positionals)
  if (values.out === undefined)
    throw new UsageError('cli.missingOption', {
      command: 'report',
      option: '--out report.pdf|report.html|deck.pptx|workbook.xlsx|report.docx',
    })
  const out = path.resolve(String(values.out))
  const kind = /\.pdf$/i.test(out) ? 'pdf' : /\.html?$/i.test(out) ? 'html' : deliverableFormatOf(out)
  if (!kind) throw new UsageError('cli.report.badOut', { value: String(values.out) })
  if (!fs.existsSync(path.dirname(out))) throw new UsageError('cli.report.noFolder', { folder: path.dirname(out) })
  // Opened as the app opens it: an engagement of an older schema is migrated (after a backup).
  const e = openEngagementFile(file, { passphrase: await passphraseFor(file, values, ctx) })
  try {
    const lang = languageOption(values.lang, e.info.get().language)
    const progress = (step: ReportStep, done: number, total: number) => {
      if (done === total) ctx.err(`${ctx.tr.t(`cli.report.step.${step}` as MessageKey)}\n`)
    }
    const result =
      kind === 'pdf'
        ? await reportPdf(e, lang, {
            onProgress: progress,
            ...(values.chromium ? { chromiumPath: String(values.chromium) } : {}),
          })
        : kind === 'html'
          ? (() => {
              const r = reportHtml(e, lang, { forPrint: false, onProgress: progress })
              return { pdf: Buffer.from(r.html, 'utf8'), doc: r.doc }
            })()
          : await (async () => {
              const r = await buildDeliverable(e, kind, lang)
              ctx.err(`${ctx.tr.t('cli.report.step.deliverable', { format: kind.toUpperCase() })}\n`)
              return { pdf: r.bytes, doc: r.doc }
            })()
    // A real name in what the client will read breaks the interviews' promise: no file unless told.
    for (const w of result.doc.warnings) {
      const warning = ctx.tr.t('report.warning.realName', {
        section: w.section,
        name: w.name,
        respondent: w.respondent,
      })
      ctx.err(`terrain: ${warning}\n`)
    }
    if (result.doc.warnings.length && !values['allow-names']) {
      throw new UsageError('cli.report.names', { count: result.doc.warnings.length })
    }
    writeReportFile(out, result.pdf)
    ctx.err(`${ctx.tr.t('cli.created', { file: out })}\n`)
    if (e.encrypted) ctx.err(`${ctx.tr.t('encryption.exportNotice')}\n`)
  } finally {
    e.close()
  }
}

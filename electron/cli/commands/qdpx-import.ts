import fs from 'node:fs'
import path from 'node:path'
import { fail } from '../../../shared/domain/terrain-error'
import type { QdpxImportReport } from '../../../shared/api/refi-qda'
import { CodebookImportError } from '../../core/codebook-transfer/codebook-import-error'
import { LimitRefusal } from '../../core/files/refuse-limit'
import { importQdpx, inspectQdpx } from '../../core/refi-qda/import/import-qdpx'
import { ProjectImportError } from '../../core/refi-qda/import/project-import-error'
import { languageOption } from '../arguments'
import { UsageError, progressReporter, type CliContext } from '../cli-context'
import { newFilePassphrase } from '../passphrase'
import { refuseFile } from '../refuse-file'

/**
 * `terrain qdpx <new.terrain> --import in.qdpx`: a new engagement from a REFI-QDA project. The
 * project is read whole before the file is created; a project whose cases have variables needs
 * --group-variable (exit 2 listing them); "" says none holds the groups.
 */
export async function qdpxImport(
  file: string,
  source: string,
  values: {
    'group-variable'?: string | boolean
    lang?: string | boolean
    json?: boolean
    encrypt?: boolean
    'passphrase-file'?: string | boolean
  },
  ctx: CliContext,
): Promise<void> {
  if (!/\.qdpx$/i.test(source)) throw new UsageError('qdpxImport.cli.badImport', { value: source })
  const target = path.resolve(file)
  if (fs.existsSync(target))
    fail('FILE_EXISTS', `${target} already exists. Choose another name: the import creates a new engagement.`, target)
  if (!fs.existsSync(path.resolve(source)))
    fail('FILE_MISSING', `${path.resolve(source)} does not exist. Check the path of the project.`, path.resolve(source))
  const language = languageOption(values.lang, ctx.tr.lang)
  try {
    const overview = inspectQdpx(source, language)
    const asked = values['group-variable']
    if (asked === undefined && overview.needsGroupVariable) {
      ctx.err(`${ctx.tr.t('qdpxImport.cli.chooseGroup')}\n`)
      for (const c of overview.candidates)
        ctx.err(
          `${ctx.tr.t('qdpxImport.cli.candidate', {
            name: c.name,
            values: c.values.join(', '),
            groups: c.groupValues ? ctx.tr.t('qdpxImport.cli.candidateGroups', { count: c.groupValues }) : '',
          })}\n`,
        )
      throw new UsageError('cli.missingOption', { command: 'qdpx', option: '--group-variable NAME' })
    }
    const groupVariable = asked === undefined ? overview.groupVariable : String(asked).trim() || null
    const passphrase = await newFilePassphrase(file, values, ctx)
    const progress = progressReporter(ctx, 'qdpxImport.cli.progress')
    const { engagement, report } = importQdpx(target, source, {
      language,
      groupVariable,
      passphrase,
      job: { id: 'cli', step: (done, total) => progress(done, total), check: () => undefined },
    })
    engagement.close()
    printReport(report, path.basename(source), ctx)
    if (values.json) ctx.out(`${JSON.stringify(report, null, 2)}\n`)
  } catch (err) {
    if (err instanceof ProjectImportError || err instanceof CodebookImportError || err instanceof LimitRefusal)
      refuseFile(ctx, err, { failed: 'qdpxImport.failed', more: 'qdpxImport.more' })
    throw err
  }
}

function printReport(r: QdpxImportReport, project: string, ctx: CliContext): void {
  for (const n of r.notices) ctx.err(`${ctx.tr.t(`qdpxImport.notice.${n.key}`, n.params)}\n`)
  if (r.noticesLeftOut) ctx.err(`${ctx.tr.t('qdpxImport.leftOut', { count: r.noticesLeftOut })}\n`)
  const missed = r.notImported
  if (missed.sources + missed.selections + missed.codings > 0)
    ctx.err(`${ctx.tr.t('qdpxImport.notImported', missed)}\n`)
  ctx.err(`${ctx.tr.t('qdpxImport.imported', { file: r.path, project, ...r.imported })}\n`)
}

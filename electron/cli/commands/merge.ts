import path from 'node:path'
import { openEngagementFile } from '../../core/engagement/open-engagement'
import { mergeEngagementFile, type MergeSummary } from '../../core/merge/merge-engagements'
import { labelOf } from '../../core/merge/conflict-view'
import { parseCommand } from '../arguments'
import { UsageError, type CliContext } from '../cli-context'
import { PASSPHRASE_OPTIONS, passphraseFor } from '../passphrase'

/**
 * `terrain merge <target> <source>...`: each source merged into the target in its own
 * transaction, after a backup; `--preview` writes nothing. A source with a conflict left is not
 * written: its conflicts are listed and the command exits 2 (the sources before it stay merged).
 */
export async function mergeCommand(args: string[], ctx: CliContext): Promise<void> {
  const { values, positionals } = parseCommand('merge', args, {
    preview: { type: 'boolean' },
    json: { type: 'boolean' },
    prefer: { type: 'string' },
    'other-study': { type: 'boolean' },
    'source-passphrase-file': { type: 'string' },
    ...PASSPHRASE_OPTIONS,
  })
  const [target, ...sources] = positionals
  if (!target || sources.length === 0) throw new UsageError('merge.cli.files')
  const prefer = values.prefer === undefined ? undefined : String(values.prefer)
  if (prefer !== undefined && prefer !== 'target' && prefer !== 'source')
    throw new UsageError('merge.cli.badPrefer', { value: prefer })
  const passphrase = await passphraseFor(target, values, ctx)
  const e = openEngagementFile(target, { passphrase })
  const done: MergeSummary[] = []
  try {
    for (const source of sources) {
      const sourceFile = values['source-passphrase-file']
      const sourcePassphrase = await passphraseFor(
        source,
        { 'passphrase-file': typeof sourceFile === 'string' ? sourceFile : undefined },
        ctx,
      )
      const summary = mergeEngagementFile(e, source, {
        passphrase: sourcePassphrase,
        prefer,
        preview: Boolean(values.preview),
        otherStudy: Boolean(values['other-study']),
      })
      done.push(summary)
      report(summary, ctx)
      if (summary.conflicts.length > 0 && !values.preview) {
        if (values.json) ctx.out(`${JSON.stringify(done, null, 2)}\n`)
        throw new UsageError('merge.cli.conflicts', { file: path.basename(source), count: summary.conflicts.length })
      }
    }
  } finally {
    e.close()
  }
  if (values.json) ctx.out(`${JSON.stringify(done, null, 2)}\n`)
}

function report(s: MergeSummary, ctx: CliContext): void {
  const file = path.basename(s.source)
  const totals = Object.values(s.tables).reduce(
    (t, x) => ({ added: t.added + x.added, updated: t.updated + x.updated, deleted: t.deleted + x.deleted }),
    { added: 0, updated: 0, deleted: 0 },
  )
  ctx.err(`${ctx.tr.t(s.written ? 'merge.merged' : 'merge.previewed', { file, ...totals })}\n`)
  for (const c of s.conflicts)
    ctx.err(`  ${ctx.tr.t(`merge.conflict.${c.kind}`, { table: c.table, what: labelOf(c) })}\n`)
}

import fs from 'node:fs'
import path from 'node:path'

/** window.terrain as the preload exposes it. */
export type Bridge = {
  invoke: (
    name: string,
    input: unknown,
  ) => Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string } }>
  on: (event: string, listener: (payload: unknown) => void) => () => void
}

/**
 * What a consultant's first minutes ask of main through the page: the demo, its codebook, an
 * autocoding regex (run in a worker thread), the diagnosis, the report preview and a PDF export.
 */
export async function playPage(terrain: Bridge, _work: string): Promise<Record<string, unknown>[]> {
  const out: Record<string, unknown>[] = []
  const call = async (name: string, input: unknown, as = name) => {
    const r = await terrain.invoke(name, input)
    out.push({ name: as, ok: r.ok, code: r.error?.code ?? null, message: r.error?.message ?? null })
    return r.value
  }
  const about = (await call('app.about', {})) as { keychain: boolean } | undefined
  out.push({ name: 'keychain', ok: true, value: about?.keychain ?? null })
  await call('engagement.openDemo', { language: 'fr' })
  await call('engagement.current', {})
  const codebook = (await call('codebook.get', {})) as { codes: { id: string; key: string }[] } | undefined
  const code = codebook?.codes.find((c) => c.key === 'OUT.FIND') ?? codebook?.codes[0]
  await call('autocode.preview', {
    matcher: { kind: 'regex', pattern: 'outil(s)?' },
    scope: 'match',
    codeIds: code ? [code.id] : [],
  })
  await call('diagnosis.dashboard', {})
  await call('report.preview', { language: 'fr' })
  // A path the user never chose is refused before any handler runs.
  await call('engagement.open', { path: '/etc/passwd' })
  const chosen = (await call('files.chooseReportPath', { suggestedName: 'rapport' })) as { path: string } | undefined
  if (chosen) {
    await call('report.exportPdf', { language: 'fr', path: chosen.path, allowNames: false })
    out.push({ name: 'pdf written', ok: fs.readFileSync(chosen.path).subarray(0, 5).toString() === '%PDF-' })
    // The Save dialog's choice was for one export: neither a second one nor another call may write there.
    await call('report.exportPdf', { language: 'fr', path: chosen.path, allowNames: false }, 'second export')
    await call('codebook.export', { path: chosen.path, format: 'json' }, 'codebook over the report')
  }
  // An export cancelled from the page once it reports progress: the core builds the report, main
  // prints it; the cancel flag stops it and no file is left.
  const again = (await call('files.chooseReportPath', { suggestedName: 'rapport-annule' })) as
    { path: string } | undefined
  if (again) {
    const stop = terrain.on('job.progress', (p) => {
      const job = p as { jobId: string; kind: string; finished: boolean }
      if (job.kind === 'report' && !job.finished) void terrain.invoke('jobs.cancel', { jobId: job.jobId })
    })
    await call('report.exportPdf', { language: 'fr', path: again.path, allowNames: false }, 'cancelled export')
    stop()
    const folder = fs.readdirSync(path.dirname(again.path))
    out.push({ name: 'cancelled export left nothing', ok: !folder.some((f) => f.startsWith('rapport-annule')) })
  }
  return out
}

import { useT } from '../../i18n/language-store'

/** What a bulk coding did, with its Undo while it can still be taken back. */
export function BulkStatus({
  status,
  onUndo,
}: {
  status: { message: string; undoable: boolean } | null
  onUndo: () => void
}) {
  const { t } = useT()
  if (!status) return null
  return (
    <div className="bulk-status" role="status" aria-live="polite">
      <span>{status.message}</span>
      {status.undoable && (
        <button type="button" className="button small" onClick={onUndo}>
          {t('search.undo')}
        </button>
      )}
    </div>
  )
}

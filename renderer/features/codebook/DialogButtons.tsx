import { useT } from '../../i18n/language-store'

/** Cancel and the dialog's submit button, in the house order. */
export function DialogButtons(p: { onCancel: () => void; label: string; disabled?: boolean }) {
  const { t } = useT()
  return (
    <>
      <button type="button" className="button ghost" onClick={p.onCancel}>
        {t('codebookEdit.cancel')}
      </button>
      <button type="submit" className="button primary" disabled={p.disabled}>
        {p.label}
      </button>
    </>
  )
}

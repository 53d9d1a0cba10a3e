import { useAppView } from '../stores/app-view'
import { useT } from '../i18n/language-store'

/** The last failed call, in the user's language, with the detail for support. */
export function ErrorBanner() {
  const error = useAppView((s) => s.error)
  const dismiss = useAppView((s) => s.showError)
  const { t } = useT()
  if (!error || error.code === 'CANCELLED') return null
  return (
    <div className="error-banner" role="alert">
      <div>
        <strong>{t(`error.${error.code}`)}</strong>
        {/* The translated message says what to do; the subject says about what. The English
            detail is kept for support, as a tooltip. */}
        {error.subject && (
          <div className="error-detail" title={error.message}>
            {error.subject}
          </div>
        )}
      </div>
      <button type="button" className="button ghost" onClick={() => dismiss(null)}>
        {t('error.dismiss')}
      </button>
    </div>
  )
}

import { Dialog } from '../../components/Dialog'
import { useT } from '../../i18n/language-store'

/** Finishing an interview with questions left unanswered: say which, and offer to go back. */
export function FinishDialog(p: {
  unanswered: { n: number; text: string }[]
  onFinish: () => void
  onBack: (n: number) => void
  onClose: () => void
}) {
  const { t, tn } = useT()
  const first = p.unanswered[0]!
  return (
    <Dialog
      title={t('lifecycle.finishTitle')}
      onClose={p.onClose}
      actions={
        <>
          <button type="button" className="button ghost" onClick={p.onFinish}>
            {t('lifecycle.finishAnyway')}
          </button>
          <button type="button" className="button primary" autoFocus onClick={() => p.onBack(first.n)}>
            {t('lifecycle.backTo', { n: first.n })}
          </button>
        </>
      }
    >
      <p>{tn('lifecycle.finishIntro', p.unanswered.length)}</p>
      <ul className="unanswered-list">
        {p.unanswered.map((u) => (
          <li key={u.n}>
            <button type="button" className="link-button" onClick={() => p.onBack(u.n)}>
              {u.n}. {u.text}
            </button>
          </li>
        ))}
      </ul>
    </Dialog>
  )
}

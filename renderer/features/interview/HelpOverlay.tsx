import { Dialog } from '../../components/Dialog'
import { useT } from '../../i18n/language-store'
import type { MessageKey } from '../../../shared/i18n/translate'

const KEYS: [string, MessageKey][] = [
  ['Ctrl ↵ · Alt →', 'live.key.next'],
  ['Alt ←', 'live.key.previous'],
  ['a … l', 'live.key.tick'],
  ['Shift a … l', 'live.key.rank'],
  ['Ctrl Shift N', 'live.key.notes'],
  ['Ctrl K', 'live.key.keyVerbatim'],
  ['Ctrl T', 'live.key.tag'],
  ['Ctrl Shift F', 'live.key.finish'],
  ['F1 · Ctrl /', 'live.key.help'],
]

/** Every shortcut of the live interview, on one card. */
export function HelpOverlay({ onClose }: { onClose: () => void }) {
  const { t } = useT()
  return (
    <Dialog
      title={t('live.help')}
      onClose={onClose}
      closeOnBackdrop
      actions={
        <>
          <button type="button" className="button primary" onClick={onClose} autoFocus>
            {t('live.helpClose')}
          </button>
        </>
      }
    >
      <table className="table compact">
        <tbody>
          {KEYS.map(([k, label]) => (
            <tr key={k}>
              <td>
                <kbd>{k}</kbd>
              </td>
              <td>{t(label)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  )
}

import { Dialog } from '../../components/Dialog'
import { useT } from '../../i18n/language-store'
import type { MessageKey } from '../../../shared/i18n/translate'

/** A key as the interface names it: "Maj" in French where English says "Shift". */
type Key = 'Ctrl' | 'Shift' | 'Alt' | 'Enter' | string
/** Each shortcut: one or more ways (each a chord of keys), and what it does. */
const SHORTCUTS: [Key[][], MessageKey][] = [
  [
    [
      ['Ctrl', 'Enter'],
      ['Alt', '→'],
    ],
    'live.key.next',
  ],
  [[['Alt', '←']], 'live.key.previous'],
  [[['1 … 9'], ['0']], 'live.key.scale'],
  [[['a … l']], 'live.key.tick'],
  [[['Shift', 'a … l']], 'live.key.rank'],
  [[['Ctrl', 'Shift', 'N']], 'live.key.notes'],
  [[['Ctrl', 'K']], 'live.key.keyVerbatim'],
  [[['Ctrl', 'T']], 'live.key.tag'],
  [[['Ctrl', 'Shift', 'F']], 'live.key.finish'],
  [[['F1'], ['Ctrl', '/']], 'live.key.help'],
]

/** Every shortcut of the live interview, on one card; each chord kept on one line. */
export function HelpOverlay({ onClose }: { onClose: () => void }) {
  const { t } = useT()
  const name = (k: Key) =>
    k === 'Shift' ? t('key.shift') : k === 'Enter' ? t('key.enter') : k === 'Ctrl' ? t('key.ctrl') : k
  return (
    <Dialog
      title={t('live.help')}
      onClose={onClose}
      closeOnBackdrop
      className="help-card"
      actions={
        <button type="button" className="button primary" onClick={onClose} autoFocus>
          {t('live.helpClose')}
        </button>
      }
    >
      <table className="table compact shortcuts">
        <tbody>
          {SHORTCUTS.map(([ways, label]) => (
            <tr key={label}>
              <td className="keys">
                {ways.map((chord, i) => (
                  <span key={i} className="chord">
                    {i > 0 && <span className="muted"> {t('key.or')} </span>}
                    {chord.map((k) => (
                      <kbd key={k}>{name(k)}</kbd>
                    ))}
                  </span>
                ))}
              </td>
              <td>{t(label)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  )
}

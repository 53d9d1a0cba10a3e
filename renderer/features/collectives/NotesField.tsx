import { useEffect, useState } from 'react'
import type { CollectiveCard } from '../../../shared/api/collectives'
import { useMutation } from '../../api/use-call'
import { useAutosave } from '../../components/use-autosave'
import { useT } from '../../i18n/language-store'

/** The consultant's notes on a collective, saved as they type, on blur, on close and on quit. */
export function NotesField({ card }: { card: CollectiveCard }) {
  const { t } = useT()
  const update = useMutation('collectives.update')
  const autosave = useAutosave<string, string>((collectiveId, notes) => update({ collectiveId, patch: { notes } }))
  const [notes, setNotes] = useState(card.notes)
  // Another card, or the same one changed elsewhere: show its notes unless typing is pending.
  useEffect(() => {
    if (!autosave.dirty()) setNotes(card.notes)
  }, [card.id, card.notes])
  return (
    <label className="collective-notes">
      <span>{t('collectives.notes')}</span>
      <textarea
        rows={3}
        value={notes}
        onChange={(e) => {
          setNotes(e.target.value)
          autosave.change(card.id, e.target.value)
        }}
        onBlur={() => void autosave.flush()}
      />
    </label>
  )
}

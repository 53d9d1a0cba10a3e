import { useEffect, useState } from 'react'
import type { CollectiveCard } from '../../../shared/api/collectives'
import { toApiError, useMutation } from '../../api/use-call'
import { useAppView } from '../../stores/app-view'
import { useT } from '../../i18n/language-store'

/** The consultant's notes on a collective, saved a moment after typing stops and on leaving the field. */
export function NotesField({ card }: { card: CollectiveCard }) {
  const { t } = useT()
  const update = useMutation('collectives.update')
  const showError = useAppView((s) => s.showError)
  const [notes, setNotes] = useState(card.notes)
  useEffect(() => setNotes(card.notes), [card.notes])
  const save = () => {
    if (notes === card.notes) return
    update({ collectiveId: card.id, patch: { notes } }).catch((e: unknown) => showError(toApiError(e).error))
  }
  // Durable within a second (DESIGN.md, autosave), without a write per keystroke.
  useEffect(() => {
    if (notes === card.notes) return
    const timer = setTimeout(save, 800)
    return () => clearTimeout(timer)
  })
  return (
    <label className="collective-notes">
      <span>{t('collectives.notes')}</span>
      <textarea rows={3} value={notes} onChange={(e) => setNotes(e.target.value)} onBlur={save} />
    </label>
  )
}

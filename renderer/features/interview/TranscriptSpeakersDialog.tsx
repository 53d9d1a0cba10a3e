import { useState } from 'react'
import { Dialog } from '../../components/Dialog'
import { useT } from '../../i18n/language-store'
import type { TranscriptPreview } from '../../../shared/api/transcripts'

/**
 * Before a transcript is imported: the speakers the file names, with how much each said and their
 * first words, and which one is the interviewer (guessed from who asks the questions; the
 * consultant confirms or changes it, or says none is).
 */
export function TranscriptSpeakersDialog(p: {
  preview: TranscriptPreview
  onImport: (interviewer: string | null) => void
  onClose: () => void
}) {
  const { t, tn } = useT()
  const [interviewer, setInterviewer] = useState<string | null>(p.preview.interviewer)
  return (
    <Dialog
      title={t('speakers.title', { file: p.preview.file })}
      onClose={p.onClose}
      className="wide speakers-dialog"
      onSubmit={(e) => {
        e.preventDefault()
        p.onImport(interviewer)
      }}
      actions={
        <>
          <button type="button" className="button ghost" onClick={p.onClose}>
            {t('lifecycle.cancel')}
          </button>
          <button type="submit" className="button primary">
            {t('speakers.import')}
          </button>
        </>
      }
    >
      <p>{tn('speakers.intro', p.preview.turns)}</p>
      <fieldset className="speakers">
        <legend>{t('speakers.whoIsInterviewer')}</legend>
        {p.preview.speakers.map((s) => (
          <label key={s.label} className="speaker-row">
            <input
              type="radio"
              name="interviewer"
              checked={interviewer === s.label}
              onChange={() => setInterviewer(s.label)}
            />
            <span className="speaker-name" data-content>
              {s.label}
            </span>
            <span className="muted">
              {tn('speakers.turns', s.turns)} · {tn('speakers.words', s.words)}
            </span>
            <span className="speaker-first" data-content>
              {s.first}
            </span>
          </label>
        ))}
        <label className="speaker-row">
          <input type="radio" name="interviewer" checked={interviewer === null} onChange={() => setInterviewer(null)} />
          <span className="speaker-name">{t('speakers.none')}</span>
        </label>
      </fieldset>
      <p className="muted hint">{t('speakers.hint')}</p>
    </Dialog>
  )
}

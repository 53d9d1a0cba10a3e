import { useEffect, useState } from 'react'
import { useT } from '../i18n/language-store'
import { readDay, showDay } from '../../shared/i18n/date-input'

/**
 * A day typed day first (dd/mm/yyyy), whatever the system's locale: the browser's own date field
 * follows the operating system, and showed mm/dd/yyyy to a French consultant on an English system.
 * Gives the ISO day (or '') as soon as what is typed is one; says so when it is not.
 */
export function DateField(p: { value: string; onChange: (iso: string) => void; label: string; id?: string }) {
  const { t } = useT()
  const [text, setText] = useState(showDay(p.value))
  const [wrong, setWrong] = useState(false)
  // A value changed elsewhere (another field, a reload) shows as it is stored.
  useEffect(() => {
    if (readDay(text) !== p.value) setText(showDay(p.value))
  }, [p.value])
  return (
    <span className="date-field">
      <input
        id={p.id}
        aria-label={p.label}
        inputMode="numeric"
        placeholder={t('date.placeholder')}
        value={text}
        aria-invalid={wrong}
        onChange={(e) => {
          setText(e.target.value)
          const day = readDay(e.target.value)
          if (day !== null) {
            setWrong(false)
            if (day !== p.value) p.onChange(day)
          }
        }}
        onBlur={() => {
          const day = readDay(text)
          setWrong(day === null)
          if (day) setText(showDay(day))
        }}
      />
      {wrong && <span className="inline-problem">{t('date.invalid')}</span>}
    </span>
  )
}

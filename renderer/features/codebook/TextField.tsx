/** A labelled text input, or a text area when it has rows. */
export function TextField(p: {
  label: string
  value: string
  onChange: (v: string) => void
  rows?: number
  autoFocus?: boolean
}) {
  return (
    <label>
      {p.label}
      {p.rows ? (
        <textarea rows={p.rows} value={p.value} onChange={(e) => p.onChange(e.target.value)} />
      ) : (
        <input value={p.value} autoFocus={p.autoFocus} onChange={(e) => p.onChange(e.target.value)} />
      )}
    </label>
  )
}

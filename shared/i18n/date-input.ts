/**
 * A day as a consultant types it, in the interface's order: day/month/year in French and British
 * English ("9/3/2026", "09.03.26", "9 3 2026"), or an ISO date as pasted ("2026-03-09"). Gives the
 * ISO day, '' for an empty field, null for a date that is not one (31/02).
 */
export function readDay(text: string): string | null {
  const s = text.trim()
  if (s === '') return ''
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s)
  const dmy = /^(\d{1,2})[/.\- ](\d{1,2})[/.\- ](\d{2}|\d{4})$/.exec(s)
  const [y, m, d] = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    : dmy
      ? [Number(dmy[3]!.length === 2 ? `20${dmy[3]}` : dmy[3]), Number(dmy[2]), Number(dmy[1])]
      : [NaN, NaN, NaN]
  if (!Number.isInteger(y) || m < 1 || m > 12 || d < 1) return null
  const date = new Date(Date.UTC(y, m - 1, d))
  if (date.getUTCMonth() !== m - 1) return null
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

/** An ISO day as the field shows it: "09/03/2026" (both languages write day first). */
export function showDay(iso: string | null | undefined): string {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null
  return m ? `${m[3]}/${m[2]}/${m[1]}` : ''
}

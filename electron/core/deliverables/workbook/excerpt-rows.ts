import type { Group, Language, Stance, Valence } from '../../../../shared/domain/groups'
import type { Codebook } from '../../../../shared/domain/codebook'
import { withClientName } from '../../../../shared/domain/brand-placeholder'
import { translate } from '../../../../shared/i18n/translate'
import type { Engagement } from '../../engagement/engagement'
import { nameMask } from './name-mask'
import { placePrivacy } from './place-privacy'

/** One coding as the Excerpts sheet lists it: who said it (by pseudonym), what, and how it was coded. */
export interface ExcerptRow {
  codingId: string
  /** The respondent's code (R07), never a name; null for a document of no respondent. */
  respondent: string | null
  /** Null, with unit and site, where the respondent's group has fewer than three people. */
  group: Group | null
  /** Null where fewer than three of the group share it (placePrivacy), as in the report. */
  unit: string | null
  site: string | null
  question: string | null
  /** The coded words, with any respondent's real name masked. */
  excerpt: string
  codeKey: string
  /** "Family / parent / code", in the language asked. */
  codePath: string
  stance: Stance
  target: Group | null
  valence: Valence
  intensity: 1 | 2 | 3 | null
  coder: string
  memo: string
  documentId: string
  start: number
  end: number
}

export interface ExcerptRowsOptions {
  lang: Language
  /** Groups of three respondents or more; the rows of the others keep no group, unit or site. */
  shown: ReadonlySet<Group>
  /** Only these codings (the Retrieve tab's filtered excerpts); every coding of the engagement without. */
  codingIds?: readonly string[]
  /** Told every thousand rows read, with the total (for progress and cancellation). */
  progress?: (done: number, total: number) => void
}

interface Row {
  id: string
  document_id: string
  start: number
  end: number
  code_id: string
  stance: Stance
  target: Group | null
  valence: Valence
  intensity: 1 | 2 | 3 | null
  memo: string
  coder: string | null
  respondent: string | null
  group_key: Group | null
  unit: string | null
  site: string | null
  question_id: string | null
}

const FROM = `FROM codings c
  JOIN documents d ON d.id = c.document_id
  LEFT JOIN interviews i ON i.id = d.interview_id
  LEFT JOIN respondents r ON r.id = coalesce(d.respondent_id, i.respondent_id)
  LEFT JOIN questions q ON q.id = d.question_id
  LEFT JOIN coders k ON k.id = c.coder_id`

/**
 * The rows of the Excerpts sheet, in the order Terrain reads them: by respondent, then interview
 * time and guide order, then position in the document. One query for the codings, one per
 * document for its text (a document's codings come together, so each text is read once and only
 * one is held); codes, questions and coders are looked up, not joined as text into every row.
 */
export function excerptRows(e: Engagement, o: ExcerptRowsOptions): ExcerptRow[] {
  const only = o.codingIds ? 'WHERE c.id IN (SELECT value FROM json_each(?))' : ''
  const params = o.codingIds ? [JSON.stringify(o.codingIds)] : []
  const total = (e.db.prepare(`SELECT count(*) AS n ${FROM} ${only}`).get(...params) as { n: number }).n
  const statement = e.db.prepare<unknown[], Row>(
    `SELECT c.id, c.document_id, c.start, c.end, c.code_id, c.stance, c.target, c.valence, c.intensity, c.memo,
       k.name AS coder, r.code AS respondent, r.group_key, r.unit, r.site, d.question_id
     ${FROM} ${only}
     ORDER BY r.code IS NULL, r.code COLLATE NOCASE, coalesce(i.started_at, i.created_at, d.created_at),
       q.position, d.created_at, d.id, c.start, c.end, c.rowid`,
  )
  const text = documentTexts(e)
  const paths = codePaths(e.codebook.get(), o.lang)
  const mask = nameMask(e.identities.realNames(), translate(o.lang, 'workbook.maskedName'))
  const questions = questionTexts(e, o.lang, mask)
  const rows: ExcerptRow[] = []
  const place = placePrivacy(e.db)
  for (const r of statement.iterate(...params)) {
    const shown = r.group_key !== null && o.shown.has(r.group_key)
    const code = paths.get(r.code_id)
    const where = shown ? place(r.group_key!, r.unit, r.site) : { unit: null, site: null }
    rows.push({
      codingId: r.id,
      respondent: r.respondent,
      group: shown ? r.group_key : null,
      unit: where.unit,
      site: where.site,
      question: r.question_id ? (questions.get(r.question_id) ?? null) : null,
      excerpt: mask(text(r.document_id).slice(r.start, r.end)),
      codeKey: code?.key ?? '',
      codePath: code?.path ?? '',
      stance: r.stance,
      target: r.target,
      valence: r.valence,
      intensity: r.intensity,
      coder: r.coder ?? '',
      memo: mask(r.memo),
      documentId: r.document_id,
      start: r.start,
      end: r.end,
    })
    if (o.progress && rows.length % 1000 === 0) o.progress(rows.length, total)
  }
  return rows
}

/** A document's text, read when its first coding comes and kept until the next document's. */
function documentTexts(e: Engagement): (id: string) => string {
  const read = e.db.prepare<[string], { text: string }>('SELECT text FROM documents WHERE id = ?')
  let id = ''
  let text = ''
  return (documentId) => {
    if (documentId !== id) {
      id = documentId
      text = read.get(documentId)?.text ?? ''
    }
    return text
  }
}

/** Each code's key and path ("Outcomes / Find / Find experts"), by code id. */
function codePaths(codebook: Codebook, lang: Language): Map<string, { key: string; path: string }> {
  const codes = new Map(codebook.codes.map((c) => [c.id, c]))
  const families = new Map(codebook.families.map((f) => [f.id, f.name[lang]]))
  const out = new Map<string, { key: string; path: string }>()
  for (const code of codebook.codes) {
    const names: string[] = []
    let familyId: string | null = null
    // Up the parents, nearest first (a child may leave its family to its parent); a cycle in bad
    // data stops the walk.
    const seen = new Set<string>()
    for (
      let c: typeof code | undefined = code;
      c && !seen.has(c.id);
      c = c.parentId ? codes.get(c.parentId) : undefined
    ) {
      seen.add(c.id)
      names.unshift(c.name[lang] || c.key)
      familyId ??= c.familyId
    }
    const family = familyId ? families.get(familyId) : undefined
    out.set(code.id, { key: code.key, path: [family, ...names].filter(Boolean).join(' / ') })
  }
  return out
}

/** Every question's text in the language, the client's name in place of the guide's "[brand]". */
function questionTexts(e: Engagement, lang: Language, mask: (text: string) => string): Map<string, string> {
  const client = e.info.get().client
  const rows = e.db
    .prepare<[], { id: string; text_fr: string; text_en: string }>('SELECT id, text_fr, text_en FROM questions')
    .all()
  return new Map(rows.map((q) => [q.id, mask(withClientName(lang === 'fr' ? q.text_fr : q.text_en, client))]))
}

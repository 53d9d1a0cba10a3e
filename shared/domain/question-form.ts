import type { Group, Stance } from './groups'
import type { Question, QuestionItem, QuestionOptions, QuestionType } from './guide'

/** A question as the editor's fields hold it: texts, lines and numbers, before they make a question. */
export interface QuestionForm {
  textFr: string
  textEn: string
  probesFr: string
  probesEn: string
  type: QuestionType
  min: string
  max: string
  /** One line per scale point, "French | English"; empty for bare numbers. */
  labels: string
  items: string
  multiple: boolean
  stance: Stance
  target: Group | ''
  expectedCodes: string
}

export type QuestionFormProblem = 'text' | 'scale' | 'labels' | 'items' | 'target'

export const emptyQuestionForm = (): QuestionForm => ({
  textFr: '',
  textEn: '',
  probesFr: '',
  probesEn: '',
  type: 'open',
  min: '1',
  max: '5',
  labels: '',
  items: '',
  multiple: false,
  stance: 'SELF',
  target: '',
  expectedCodes: '',
})

export function formOfQuestion(q: Question): QuestionForm {
  return {
    textFr: q.text.fr,
    textEn: q.text.en,
    probesFr: q.probes.fr.join('\n'),
    probesEn: q.probes.en.join('\n'),
    type: q.type,
    min: String(q.options?.min ?? 1),
    max: String(q.options?.max ?? 5),
    labels: (q.options?.labels?.fr ?? []).map((fr, i) => `${fr} | ${q.options?.labels?.en[i] ?? ''}`).join('\n'),
    items: (q.options?.items ?? []).map((i) => `${i.label.fr} | ${i.label.en}`).join('\n'),
    multiple: q.options?.multiple ?? false,
    stance: q.stance,
    target: q.target ?? '',
    expectedCodes: q.expectedCodes.join(', '),
  }
}

const lines = (s: string) =>
  s
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '')

/**
 * The items of a choice or ranking: line n keeps the key of the question's item n, so that
 * answers already given still name their item after a relabel; new lines get fresh keys.
 */
function itemsOf(text: string, previous: QuestionItem[]): QuestionItem[] {
  const used = new Set(previous.map((i) => i.key))
  let next = 1
  const freshKey = () => {
    while (used.has(`item${next}`)) next++
    used.add(`item${next}`)
    return `item${next}`
  }
  return lines(text).map((line, i) => {
    const [fr = '', en = ''] = line.split('|').map((s) => s.trim())
    return { key: previous[i]?.key ?? freshKey(), label: { fr: fr || en, en: en || fr } }
  })
}

/**
 * A scale the interviewer answers with one key per point: between 0 and 10, at most ten points
 * (on 1 to 10, the key 0 stands for 10).
 */
export const scaleAnswerable = (min: number, max: number) =>
  Number.isInteger(min) && Number.isInteger(max) && min >= 0 && max <= 10 && min < max && max - min <= 9

/** The labels of the scale's points, by language; none when no line is written. */
function labelsOf(text: string): { labels?: { fr: string[]; en: string[] } } {
  const pairs = lines(text).map((line) => {
    const [fr = '', en = ''] = line.split('|').map((s) => s.trim())
    return { fr: fr || en, en: en || fr }
  })
  return pairs.length ? { labels: { fr: pairs.map((p) => p.fr), en: pairs.map((p) => p.en) } } : {}
}

/** A scale's labels name every point, or its two ends, or nothing. */
export const scaleLabelsFit = (labels: number, points: number) => labels === 0 || labels === 2 || labels === points

/** What keeps the form from making a question the live interview can ask; none when it can. */
export function problemsOf(f: QuestionForm): QuestionFormProblem[] {
  const problems: QuestionFormProblem[] = []
  if (f.textFr.trim() === '' && f.textEn.trim() === '') problems.push('text')
  const min = Number(f.min)
  const max = Number(f.max)
  if (f.type === 'scale' && !scaleAnswerable(min, max)) {
    problems.push('scale')
  } else if (f.type === 'scale' && !scaleLabelsFit(lines(f.labels).length, max - min + 1)) {
    problems.push('labels')
  }
  if ((f.type === 'choice' || f.type === 'ranking') && lines(f.items).length < 2) problems.push('items')
  if (f.stance === 'ATTR' && f.target === '') problems.push('target')
  return problems
}

/**
 * The question the form describes. A text written in one language only stands for both, so that
 * an interview in the other language never shows an empty question. Options the editor does not
 * show (motive cards, top-N ranking) are kept from the question being edited.
 */
export function questionOfForm(f: QuestionForm, previous?: Question) {
  const fr = f.textFr.trim() || f.textEn.trim()
  const en = f.textEn.trim() || f.textFr.trim()
  const kept = previous?.options ?? null
  const options: QuestionOptions =
    f.type === 'scale'
      ? { min: Number(f.min), max: Number(f.max), ...labelsOf(f.labels) }
      : f.type === 'choice' || f.type === 'ranking'
        ? {
            items: itemsOf(f.items, kept?.items ?? []),
            ...(f.type === 'choice' ? { multiple: f.multiple } : {}),
            ...(kept?.rankTop ? { rankTop: kept.rankTop } : {}),
            ...(kept?.motiveCards ? { motiveCards: kept.motiveCards } : {}),
          }
        : null
  return {
    text: { fr, en },
    probes: { fr: lines(f.probesFr), en: lines(f.probesEn) },
    type: f.type,
    options,
    stance: f.stance,
    target: f.stance === 'ATTR' && f.target !== '' ? f.target : null,
    expectedCodes: f.expectedCodes
      .split(',')
      .map((c) => c.trim())
      .filter((c) => c !== ''),
  }
}

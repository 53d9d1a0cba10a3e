import { CodeKey, type Code, type CodeFamily } from './codebook'
import type { Valence } from './groups'
import { CodeColour, CodeShortcut } from './code-shortcut'
import { descendantIds } from './code-tree'

type Role = Code['diagnosis']['pragmatism']

/** A code as the editor's fields hold it, before it becomes the contract's fields. */
export interface CodeForm {
  nameFr: string
  nameEn: string
  /** Empty: made up from the name by core. */
  key: string
  definitionFr: string
  definitionEn: string
  includeFr: string
  includeEn: string
  excludeFr: string
  excludeEn: string
  exampleFr: string
  exampleEn: string
  color: string
  shortcut: string
  pragmatism: Role
  idealism: Role
  defaultValence: Valence
  familyId: string
  /** Empty at top level. */
  parentId: string
}

/** A reason the form cannot be saved: a message key and what it names. */
export interface CodeFormProblem {
  problem: 'name' | 'key' | 'keyTaken' | 'shortcut' | 'shortcutTaken' | 'colour' | 'parent'
  params?: Record<string, string>
}

/** A new code in a family, or under a parent (whose colour it takes). */
export function emptyCodeForm(family: CodeFamily, parent: Code | null): CodeForm {
  return {
    nameFr: '',
    nameEn: '',
    key: '',
    definitionFr: '',
    definitionEn: '',
    includeFr: '',
    includeEn: '',
    excludeFr: '',
    excludeEn: '',
    exampleFr: '',
    exampleEn: '',
    color: parent?.color ?? family.color,
    shortcut: '',
    pragmatism: null,
    idealism: null,
    // A sub-code says what its parent says: a complaint about overload is still a complaint.
    defaultValence: parent?.defaultValence ?? '0',
    familyId: family.id,
    parentId: parent?.id ?? '',
  }
}

export const formOfCode = (c: Code): CodeForm => ({
  nameFr: c.name.fr,
  nameEn: c.name.en,
  key: c.key,
  definitionFr: c.definition.fr,
  definitionEn: c.definition.en,
  includeFr: c.include.fr,
  includeEn: c.include.en,
  excludeFr: c.exclude.fr,
  excludeEn: c.exclude.en,
  exampleFr: c.example.fr,
  exampleEn: c.example.en,
  color: c.color,
  shortcut: c.shortcut ?? '',
  pragmatism: c.diagnosis.pragmatism,
  idealism: c.diagnosis.idealism,
  defaultValence: c.defaultValence,
  familyId: c.familyId ?? '',
  parentId: c.parentId ?? '',
})

/** What the form says about the code itself (its place goes through moveCode). */
export const fieldsOfForm = (f: CodeForm) => ({
  name: { fr: f.nameFr.trim(), en: f.nameEn.trim() },
  definition: { fr: f.definitionFr.trim(), en: f.definitionEn.trim() },
  include: { fr: f.includeFr.trim(), en: f.includeEn.trim() },
  exclude: { fr: f.excludeFr.trim(), en: f.excludeEn.trim() },
  example: { fr: f.exampleFr.trim(), en: f.exampleEn.trim() },
  color: f.color.toUpperCase(),
  shortcut: f.shortcut.trim() === '' ? null : f.shortcut.trim().toLowerCase(),
  diagnosis: { pragmatism: f.pragmatism, idealism: f.idealism },
  defaultValence: f.defaultValence,
})

/** What keeps the form from being saved, checked against the codebook as the screen last read it. */
export function problemsOf(f: CodeForm, codes: readonly Code[], editingId: string | null): CodeFormProblem[] {
  const out: CodeFormProblem[] = []
  const others = codes.filter((c) => c.id !== editingId)
  if (f.nameFr.trim() === '' && f.nameEn.trim() === '') out.push({ problem: 'name' })
  const key = f.key.trim()
  if (key !== '' && !CodeKey.safeParse(key).success) out.push({ problem: 'key' })
  else if (key !== '' && others.some((c) => c.key.toUpperCase() === key.toUpperCase())) {
    out.push({ problem: 'keyTaken', params: { key } })
  }
  const shortcut = f.shortcut.trim().toLowerCase()
  if (shortcut !== '' && !CodeShortcut.safeParse(shortcut).success) out.push({ problem: 'shortcut' })
  const holder = shortcut === '' ? undefined : others.find((c) => c.shortcut === shortcut)
  if (holder) out.push({ problem: 'shortcutTaken', params: { shortcut, key: holder.key } })
  if (!CodeColour.safeParse(f.color).success) out.push({ problem: 'colour' })
  if (editingId && f.parentId && (f.parentId === editingId || descendantIds(codes, editingId).includes(f.parentId))) {
    out.push({ problem: 'parent' })
  }
  return out
}

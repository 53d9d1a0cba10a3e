import type { Codebook, CodeFamily } from '../../../shared/domain/codebook'
import type { Language } from '../../../shared/domain/groups'
import type { IncomingCodebook, IncomingFamily } from './incoming-codebook'
import { keyFromName } from './key-from-name'
import { complete, differs, GREY, nameOf, overlay, sameName, uniqueBy, usableId } from './import-matching'

/** The families of an import: matched by UUID, key, then (a .qdc) name; what to add and to update. */
export function planFamilies(cb: Codebook, incoming: IncomingCodebook, lang: Language) {
  const claimed = new Set<string>()
  const keys = new Set(cb.families.map((f) => f.key))
  const ids = new Set(cb.families.map((f) => f.id))
  const idOf = new Map<string, CodeFamily>()
  const adds: CodeFamily[] = []
  const updates: CodeFamily[] = []
  let unchanged = 0
  const match = (f: IncomingFamily): CodeFamily | undefined => {
    const free = cb.families.filter((x) => !claimed.has(x.id))
    return (
      free.find((x) => x.id === f.id) ??
      free.find((x) => x.key === f.key) ??
      (incoming.matchByName ? uniqueBy(free, (x) => sameName(x.name[lang], nameOf(f.name, lang))) : undefined)
    )
  }
  for (const f of incoming.families) {
    const existing = match(f)
    if (existing) {
      claimed.add(existing.id)
      const merged = { ...existing, name: overlay(existing.name, f.name), color: f.color ?? existing.color }
      if (f.pole !== undefined) merged.pole = f.pole
      if (f.exclusive !== undefined) merged.exclusive = f.exclusive
      if (differs(existing, merged)) updates.push(merged)
      else unchanged++
      idOf.set(f.ref, merged)
      continue
    }
    const key = f.key && !keys.has(f.key) ? f.key : keyFromName(nameOf(f.name, lang), null, (k) => keys.has(k))
    const id = usableId(f.id, ids)
    keys.add(key)
    ids.add(id)
    const family = {
      id,
      key,
      name: complete(f.name),
      pole: f.pole ?? null,
      color: f.color ?? GREY,
      position: cb.families.length + adds.length,
      exclusive: f.exclusive ?? false,
    }
    adds.push(family)
    idOf.set(f.ref, family)
  }
  return { idOf, adds, updates, unchanged }
}

import type { CodebookProblem } from '../../../shared/api/codebook-transfer'
import { CodeKey, type Code, type Codebook, type CodeFamily } from '../../../shared/domain/codebook'
import type { Language } from '../../../shared/domain/groups'
import { lineProblem } from '../import/problem-list'
import type { IncomingCode, IncomingCodebook } from './incoming-codebook'
import { keyFromName } from './key-from-name'
import { asWritten, complete, differs, GREY, nameOf, overlay, sameName, uniqueBy, usableId } from './import-matching'
import type { CodebookPlan } from './plan-codebook-import'
import type { planFamilies } from './plan-family-import'

/** The codes of an import, placed under their families and parents; see planCodebookImport. */
export class CodePlanner {
  private readonly problems: CodebookProblem[] = []
  private readonly claimed = new Set<string>()
  private readonly keys: Set<string>
  private readonly ids: Set<string>
  private readonly shortcuts: Set<string>
  /** The file's ref of each code -> the id it has once imported. */
  private readonly idOfRef = new Map<string, string>()
  /** Codes as they will be, once placed. */
  private readonly placed = new Map<string, Code>()
  private added = 0

  constructor(
    private readonly cb: Codebook,
    private readonly incoming: IncomingCodebook,
    private readonly lang: Language,
    private readonly familyOfRef: Map<string, CodeFamily>,
  ) {
    // Compared without case, as the codebook compares them.
    this.keys = new Set(cb.codes.map((c) => c.key.toLowerCase()))
    this.ids = new Set(cb.codes.map((c) => c.id))
    this.shortcuts = new Set(cb.codes.flatMap((c) => (c.shortcut ? [c.shortcut] : [])))
  }

  plan(families: ReturnType<typeof planFamilies>): { plan: CodebookPlan; problems: CodebookProblem[] } {
    const matched = this.incoming.codes.map((c) => ({ c, existing: this.match(c) }))
    const drafts = matched.map(({ c, existing }) => ({ c, existing, code: existing ?? this.draft(c) }))
    for (const d of drafts) this.idOfRef.set(d.c.ref, d.code.id)
    // In file order, so that a new code can take the family its parent has just been given.
    const finals = drafts.map((d) => ({ ...d, code: this.place(d.c, d.code, d.existing) }))
    this.checkCycles(finals.map((f) => ({ code: f.code, line: f.c.line })))
    const adds = finals.filter((f) => !f.existing).map((f) => f.code)
    const changed = finals.filter((f) => f.existing && differs(f.existing, f.code)).map((f) => f.code)
    const plan: CodebookPlan = {
      familyAdds: families.adds,
      familyUpdates: families.updates,
      familiesUnchanged: families.unchanged,
      codeAdds: this.parentsFirst(adds),
      codeUpdates: changed,
      codesUnchanged: finals.length - adds.length - changed.length,
    }
    return { plan, problems: this.problems }
  }

  private match(c: IncomingCode): Code | undefined {
    const free = this.cb.codes.filter((x) => !this.claimed.has(x.id))
    const found =
      free.find((x) => x.id === c.id) ??
      free.find((x) => x.key.toLowerCase() === c.key?.toLowerCase()) ??
      (this.incoming.matchByName
        ? uniqueBy(free, (x) => sameName(x.name[this.lang], nameOf(c.name, this.lang)))
        : undefined)
    if (found) this.claimed.add(found.id)
    return found
  }

  /** A new code as the file gives it, before its family and parent are known. */
  private draft(c: IncomingCode): Code {
    const family = c.familyRef ? this.familyOfRef.get(c.familyRef) : undefined
    const key =
      c.key && CodeKey.safeParse(c.key).success && !this.keys.has(c.key.toLowerCase())
        ? c.key
        : keyFromName(nameOf(c.name, this.lang), family?.key ?? null, (k) => this.keys.has(k.toLowerCase()))
    const id = usableId(c.id, this.ids)
    const shortcut = c.extras?.shortcut && !this.shortcuts.has(c.extras.shortcut) ? c.extras.shortcut : null
    this.keys.add(key.toLowerCase())
    this.ids.add(id)
    if (shortcut) this.shortcuts.add(shortcut)
    return {
      id,
      key,
      familyId: null,
      parentId: null,
      name: complete(c.name),
      definition: complete(c.definition),
      include: asWritten(c.include),
      exclude: asWritten(c.exclude),
      example: complete(c.example),
      color: c.color ?? family?.color ?? GREY,
      shortcut,
      diagnosis: c.extras?.diagnosis ?? { pragmatism: null, idealism: null },
      defaultValence: c.defaultValence ?? '0',
      analystOnly: c.extras?.analystOnly ?? false,
      flags: c.extras?.flags ?? [],
      ibmItems: c.extras?.ibmItems ?? [],
      position: Math.max(-1, ...this.cb.codes.map((x) => x.position)) + 1 + this.added++,
    }
  }

  /** The code with the file's texts, colour, family and parent over what it had. */
  private place(c: IncomingCode, code: Code, existing: Code | undefined): Code {
    const parentId = this.parentId(c)
    const parent = parentId ? (this.placed.get(parentId) ?? this.cb.codes.find((x) => x.id === parentId)) : undefined
    const familyId = this.familyId(c, existing, parent)
    const placed = existing ? this.merge(c, existing, familyId, parentId) : { ...code, familyId, parentId }
    this.placed.set(placed.id, placed)
    return placed
  }

  /** The file's family; where it says none, an existing code keeps its own and a new one takes its parent's. */
  private familyId(c: IncomingCode, existing: Code | undefined, parent: Code | undefined): string | null {
    if (c.familyRef === null) return null
    if (c.familyRef !== undefined) return this.familyOfRef.get(c.familyRef)?.id ?? null
    return existing ? existing.familyId : (parent?.familyId ?? null)
  }

  private merge(c: IncomingCode, existing: Code, familyId: string | null, parentId: string | null): Code {
    return {
      ...existing,
      familyId,
      parentId,
      name: overlay(existing.name, c.name),
      definition: overlay(existing.definition, c.definition),
      include: overlay(existing.include, c.include),
      exclude: overlay(existing.exclude, c.exclude),
      example: overlay(existing.example, c.example),
      color: c.color ?? existing.color,
      defaultValence: c.defaultValence ?? existing.defaultValence,
    }
  }

  private parentId(c: IncomingCode): string | null {
    if (!c.parentRef) return null
    const id = this.idOfRef.get(c.parentRef) ?? this.cb.codes.find((x) => x.key === c.parentRef)?.id
    if (id) return id
    const code = `"${nameOf(c.name, this.lang) || c.ref}"`
    this.problems.push(lineProblem(c.line, 'codebookTransfer.problem.unknownParent', { code, value: c.parentRef }))
    return null
  }

  /** Nesting after the import, the engagement's codes the file leaves alone included, must go one way. */
  private checkCycles(planned: { code: Code; line: number }[]): void {
    const parentOf = new Map(this.cb.codes.map((c) => [c.id, c.parentId]))
    for (const { code } of planned) parentOf.set(code.id, code.parentId)
    for (const { code, line } of planned) {
      const seen = new Set<string>()
      for (let at = code.parentId; at && !seen.has(at); at = parentOf.get(at) ?? null) {
        seen.add(at)
        if (at !== code.id) continue
        const value = planned.find((p) => p.code.id === code.parentId)?.code.key ?? code.parentId ?? ''
        this.problems.push(lineProblem(line, 'codebookTransfer.problem.cycle', { code: `"${code.key}"`, value }))
        break
      }
    }
  }

  private parentsFirst(adds: Code[]): Code[] {
    const byId = new Map(adds.map((c) => [c.id, c]))
    const depth = (c: Code, n = 0): number => {
      const parent = c.parentId ? byId.get(c.parentId) : undefined
      return parent && n < adds.length ? depth(parent, n + 1) : n
    }
    return adds
      .map((c) => ({ c, d: depth(c) }))
      .sort((a, b) => a.d - b.d || a.c.position - b.c.position)
      .map((x) => x.c)
  }
}

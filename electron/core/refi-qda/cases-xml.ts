import type { Variable, VariableValue } from '../../../shared/domain/respondent'
import { xmlAttribute, xmlText } from '../codebook-transfer/xml-text'
import type { ProjectContent } from './project-content'
import type { ProjectGuids } from './project-guids'

type Reference = 'Text' | 'Boolean' | 'Float' | 'Date'

/** A variable as the project declares it: the engagement's own, and the respondent's fields. */
interface ProjectVariable {
  guid: string
  name: string
  type: Reference
  valueOf: (r: ProjectContent['respondents'][number]) => VariableValue | undefined
}

const TYPES: Record<Variable['type'], Reference> = {
  text: 'Text',
  choice: 'Text',
  number: 'Float',
  boolean: 'Boolean',
  date: 'Date',
}

function projectVariables(c: ProjectContent, guids: ProjectGuids): ProjectVariable[] {
  const field = (name: string, read: (r: ProjectContent['respondents'][number]) => string | null) => ({
    guid: guids.derived('variable', name),
    name,
    type: 'Text' as const,
    valueOf: (r: ProjectContent['respondents'][number]) => read(r) ?? undefined,
  })
  return [
    field('Group', (r) => r.respondent.group),
    field('Unit', (r) => r.respondent.unit),
    field('Site', (r) => r.respondent.site),
    ...c.variables.map((v) => ({
      guid: guids.of('variable', v.id),
      name: v.name,
      type: TYPES[v.type],
      valueOf: (r: ProjectContent['respondents'][number]) => r.values[v.key],
    })),
  ]
}

/** The Variables and Cases elements: one case per respondent, named by its code, never a real name. */
export function variablesAndCasesXml(c: ProjectContent, guids: ProjectGuids): string[] {
  const variables = projectVariables(c, guids)
  const lines = ['  <Variables>']
  for (const v of variables)
    lines.push(`    <Variable guid="${v.guid}" name="${xmlAttribute(v.name)}" typeOfVariable="${v.type}"/>`)
  lines.push('  </Variables>')
  if (c.respondents.length === 0) return lines
  const sourcesOf = new Map<string, string[]>()
  for (const d of c.documents)
    if (d.respondent) sourcesOf.set(d.respondent.id, [...(sourcesOf.get(d.respondent.id) ?? []), d.doc.id])
  lines.push('  <Cases>')
  for (const r of c.respondents) {
    lines.push(`    <Case guid="${guids.of('respondent', r.respondent.id)}" name="${xmlAttribute(r.respondent.code)}">`)
    for (const v of variables) {
      const value = v.valueOf(r)
      if (value === undefined || value === null || value === '') continue
      lines.push('      <VariableValue>', `        <VariableRef targetGUID="${v.guid}"/>`)
      lines.push(`        ${valueElement(v.type, value)}`, '      </VariableValue>')
    }
    for (const id of sourcesOf.get(r.respondent.id) ?? [])
      lines.push(`      <SourceRef targetGUID="${guids.of('document', id)}"/>`)
    lines.push('    </Case>')
  }
  lines.push('  </Cases>')
  return lines
}

function valueElement(type: Reference, value: Exclude<VariableValue, null>): string {
  if (type === 'Float' && typeof value === 'number') return `<FloatValue>${decimal(value)}</FloatValue>`
  if (type === 'Boolean') return `<BooleanValue>${value === true}</BooleanValue>`
  if (type === 'Date') return `<DateValue>${xmlText(String(value))}</DateValue>`
  return `<TextValue>${xmlText(String(value))}</TextValue>`
}

/** xsd:decimal has no exponent: 1e21 is written out in full. */
const decimal = (n: number): string =>
  /e/i.test(String(n)) ? n.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 }) : String(n)

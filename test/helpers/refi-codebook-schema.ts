import fs from 'node:fs'
import path from 'node:path'
import { spawnSync } from 'node:child_process'
import { tempDir } from './temp-engagement'

export const INTEROP = '/work/shared/interop'

/** Whether xmllint is there to check a file against the schema (else tests check its structure). */
export const hasXmllint = spawnSync('xmllint', ['--version']).status === 0

/** REFI's project schema read in the codebook namespace, with the CodeBook root of a .qdc (and its origin). */
export function codebookSchema(): string {
  const project = fs.readFileSync(path.join(INTEROP, 'Project-mrt2019.xsd'), 'utf8')
  const xsd = project.replaceAll('urn:QDA-XML:project:1.0', 'urn:QDA-XML:codebook:1.0').replace(
    '<!-- ===== Type Definitions ===== -->',
    `<xsd:element name="CodeBook" type="CodeBookFileType"/>
       <xsd:complexType name="CodeBookFileType"><xsd:complexContent><xsd:extension base="CodeBookType">
         <xsd:attribute name="origin" type="xsd:string"/></xsd:extension></xsd:complexContent></xsd:complexType>
       <!-- ===== Type Definitions ===== -->`,
  )
  const file = path.join(tempDir(), 'codebook.xsd')
  fs.writeFileSync(file, xsd)
  return file
}

/** xmllint's verdict on a .qdc against the schema. */
export function validateQdc(file: string): { status: number | null; stderr: string } {
  const r = spawnSync('xmllint', ['--noout', '--schema', codebookSchema(), file], { encoding: 'utf8' })
  return { status: r.status, stderr: r.stderr }
}

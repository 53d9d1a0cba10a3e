import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Code } from '../../shared/domain/codebook'
import type { Engagement } from '../../electron/core/engagement/engagement'
import { exportCodebook } from '../../electron/core/codebook-transfer/export-codebook'
import { importCodebook } from '../../electron/core/codebook-transfer/import-codebook'
import { applyCoding } from '../../electron/core/coding/apply-coding'
import { quickTag } from '../../electron/core/interviews/live-tags'
import { saveAnswer, startInterview } from '../../electron/core/interviews/live-interview'
import { tempDir, tempEngagement } from '../helpers/temp-engagement'
import { contractSession } from '../helpers/contract-session'
import { hasXmllint, validateQdc } from '../helpers/refi-codebook-schema'

const NNBSP = '\u202f'
const code = (e: Engagement, key: string): Code => e.codebook.codeByKey(key)!

describe('the default codebook’s rules', () => {
  it('are written in French and in English for every code, French with its typography', () => {
    const codes = tempEngagement('fr').codebook.codes()
    expect(codes).toHaveLength(25)
    for (const c of codes)
      for (const rule of [c.include, c.exclude]) {
        // A rule in one language has its twin in the other, and it is not a copy.
        expect(rule.fr === '', c.key).toBe(rule.en === '')
        if (rule.en === '') continue
        expect(rule.fr, c.key).not.toBe(rule.en)
        expect(rule.fr, c.key).not.toMatch(/ [;:!?»]|« |[^\u202f][;:!?»]|«[^\u202f]|'/)
      }
    expect(code(tempEngagement('fr'), 'APP.REC').include.fr).toBe(
      'visibilité de l’aide apportée, remerciements, être connu des autres',
    )
    expect(code(tempEngagement('fr'), 'ATT.FRAG').include.fr).toContain(`«${NNBSP}c’était où, déjà${NNBSP}?${NNBSP}»`)
  })

  it('no longer tell the consultant to mark a raw flag: the definition names the box to tick', () => {
    const e = tempEngagement('fr')
    const governance = code(e, 'EXE.GOV')
    expect(governance.definition.fr).toContain('«\u202findicateurs d’activité seulement\u202f»')
    expect(`${governance.definition.fr} ${governance.definition.en}`).not.toMatch(/activityOnly/)
    expect(governance.flags).toEqual(['activityOnly'])
  })
})

describe('a code’s default valence', () => {
  it('is negative for overload and fragmentation, neutral for the other default codes', () => {
    const e = tempEngagement('en')
    const negative = e.codebook
      .codes()
      .filter((c) => c.defaultValence !== '0')
      .map((c) => [c.key, c.defaultValence])
    expect(negative).toEqual([
      ['ATT.OVL', '-'],
      ['ATT.FRAG', '-'],
    ])
  })

  it('is the valence a new coding takes, by the workbench, a search’s coding or a quick tag, unless told otherwise', () => {
    const e = tempEngagement('fr')
    const r = e.respondents.add({ code: 'R01', group: 'employee', site: null })
    const i = startInterview(e, r.id)
    const q = e.guides.get(i.guideId!)!.questions.find((x) => x.type === 'open')!
    const text = 'Trop de mails, je ne trouve plus rien.'
    const { documentId } = saveAnswer(e, i.id, q.id, text)
    const [overload] = applyCoding(e, { documentId, start: 0, end: 13, codeIds: [code(e, 'ATT.OVL').id] })
    expect(overload!.valence).toBe('-')
    const [find] = applyCoding(e, { documentId, start: 15, end: 37, codeIds: [code(e, 'OUT.FIND').id] })
    expect(find!.valence).toBe('0')
    // The consultant's own valence wins.
    const [told] = applyCoding(e, {
      documentId,
      start: 15,
      end: 37,
      codeIds: [code(e, 'ATT.FRAG').id],
      valence: '0',
    })
    expect(told!.valence).toBe('0')
    // During the interview, a quick tag too.
    const tag = quickTag(e, { interviewId: i.id, questionId: q.id, start: 0, end: 4, codeId: code(e, 'ATT.FRAG').id })
    expect(tag.valence).toBe('-')
  })

  it('is set through the codebook’s calls, for a new code and an existing one, and kept by a change that does not name it', async () => {
    const s = await contractSession('valence.terrain')
    const e = s.session.requireEngagement()
    const family = e.codebook.families().find((f) => f.key === 'ATT')!
    const made = await s.run<Code>('codebook.createCode', {
      name: { fr: 'Réunions', en: 'Meetings' },
      definition: { fr: '', en: '' },
      include: { fr: 'réunions de trop', en: 'too many meetings' },
      exclude: { fr: '', en: '' },
      example: { fr: '', en: '' },
      color: '#336699',
      shortcut: null,
      diagnosis: { pragmatism: null, idealism: null },
      defaultValence: '-',
      familyId: family.id,
      parentId: code(e, 'ATT.OVL').id,
    })
    expect(made).toMatchObject({ defaultValence: '-', include: { fr: 'réunions de trop', en: 'too many meetings' } })
    const find = code(e, 'OUT.FIND')
    const updated = await s.run<Code>('codebook.updateCode', { codeId: find.id, defaultValence: '+' })
    expect(updated.defaultValence).toBe('+')
    // A change that does not name it keeps it.
    expect((await s.run<Code>('codebook.updateCode', { codeId: find.id, color: '#112233' })).defaultValence).toBe('+')
    expect((await s.refused('codebook.updateCode', { codeId: find.id, defaultValence: 'x' })).code).toBe(
      'INVALID_INPUT',
    )
  })
})

describe('rules and default valences through codebook files', () => {
  /** The default codebook with a consultant's rules in one language and a valence changed. */
  function edited(lang: 'fr' | 'en'): Engagement {
    const e = tempEngagement(lang)
    const find = code(e, 'OUT.FIND')
    e.codebook.replaceCode({
      ...find,
      include: { fr: 'annuaire, «\u202fqui sait quoi\u202f»', en: 'directory, “who knows what”' },
      defaultValence: '+',
    })
    // Fragmentation made neutral: a neutral valence travels too.
    e.codebook.replaceCode({ ...code(e, 'ATT.FRAG'), defaultValence: '0' })
    e.codebook.addCode({
      ...find,
      key: 'OUT.FIND.EXPERT',
      parentId: find.id,
      name: { fr: 'Trouver l’expert', en: 'Finding the expert' },
      include: { fr: '', en: 'asking around for an expert' },
      exclude: { fr: 'vouloir être l’expert (APP.REC)', en: '' },
      shortcut: null,
      defaultValence: '-',
    })
    return e
  }
  const texts = (e: Engagement) =>
    Object.fromEntries(
      e.codebook.codes().map((c) => [c.key, { include: c.include, exclude: c.exclude, valence: c.defaultValence }]),
    )

  it('carries both languages of every rule and the default valences through Terrain JSON', () => {
    const source = edited('fr')
    const file = path.join(tempDir(), 'grille.json')
    exportCodebook(source, file, 'json')
    const json = JSON.parse(fs.readFileSync(file, 'utf8'))
    const att = json.families.find((f: { id: string }) => f.id === 'ATT')
    expect(att.codes[0]).toMatchObject({
      key: 'ATT.OVL',
      defaultValence: '-',
      include: code(source, 'ATT.OVL').include,
    })

    const target = tempEngagement('en')
    importCodebook(target, file)
    expect(texts(target)).toEqual(texts(source))
  })

  it('reads a JSON file of before: one rule per code, the method’s English, read as the English rule', () => {
    const e = tempEngagement('fr')
    const before = structuredClone(code(e, 'APP.REC'))
    // The method's own codebook file has one string per rule, as Terrain's files had.
    const method = JSON.parse(fs.readFileSync('/work/shared/method/codebook.json', 'utf8'))
    expect(typeof method.families[0].codes[0].include).toBe('string')
    const file = path.join(tempDir(), 'method.json')
    method.families.push({
      id: 'OWN',
      name: { fr: 'Nos codes', en: 'Our codes' },
      color: '#455A64',
      codes: [{ key: 'OWN.NOTE', name: { fr: 'Note', en: 'Note' }, include: 'anything odd' }],
    })
    fs.writeFileSync(file, JSON.stringify(method))
    importCodebook(e, file)
    // A default code keeps its French rule; its English is the file's, the same.
    expect(code(e, 'APP.REC')).toMatchObject({ include: before.include, exclude: before.exclude })
    expect(code(e, 'OWN.NOTE')).toMatchObject({ include: { fr: '', en: 'anything odd' }, defaultValence: '0' })
    // A file that does not say a valence leaves the code's as it is.
    expect(code(e, 'ATT.OVL').defaultValence).toBe('-')
  })

  it('carries the rules of the engagement’s language and the default valences through a .qdc that still validates', () => {
    for (const lang of ['fr', 'en'] as const) {
      const source = edited(lang)
      const file = path.join(tempDir(), `grille-${lang}.qdc`)
      exportCodebook(source, file, 'qdc')
      const xml = fs.readFileSync(file, 'utf8')
      const find = code(source, 'OUT.FIND')
      expect(xml).toContain(find.include[lang])
      expect(xml).not.toContain(find.include[lang === 'fr' ? 'en' : 'fr'])
      expect(xml).toMatch(lang === 'fr' ? /Valence par défaut\s*: positive \(\+\)/ : /Default valence: positive \(\+\)/)
      if (hasXmllint)
        expect(validateQdc(file)).toMatchObject({ status: 0, stderr: expect.stringContaining('validates') })

      const target = tempEngagement(lang)
      importCodebook(target, file)
      const other = lang === 'fr' ? 'en' : 'fr'
      for (const c of source.codebook.codes()) {
        const read = code(target, c.key)
        expect(read.include[lang], c.key).toBe(c.include[lang])
        expect(read.exclude[lang], c.key).toBe(c.exclude[lang])
        // A neutral valence is not written (other tools show the paragraph in every memo): the target keeps its own.
        if (c.defaultValence !== '0') expect(read.defaultValence, c.key).toBe(c.defaultValence)
      }
      expect(code(target, 'ATT.FRAG').defaultValence).toBe('-')
      expect(xml.match(/Valence par défaut|Default valence/g)).toHaveLength(3)
      // The other language is the target's own: a .qdc carries one.
      expect(code(target, 'OUT.FIND').include[other]).toBe(code(tempEngagement(lang), 'OUT.FIND').include[other])
      expect(code(target, 'OUT.FIND.EXPERT').include[other]).toBe('')
    }
  })
})

describe('the activity-only tick on a governance coding', () => {
  it('is set and undone through the coding calls, and only a flag Terrain knows is taken', async () => {
    const s = await contractSession('flags.terrain')
    const e = s.session.requireEngagement()
    const r = e.respondents.add({ code: 'R01', group: 'leadership', site: null })
    const i = startInterview(e, r.id)
    const q = e.guides.get(i.guideId!)!.questions.find((x) => x.type === 'open')!
    const { documentId } = saveAnswer(e, i.id, q.id, 'On suit le nombre de membres et de posts.')
    const [coding] = applyCoding(e, { documentId, start: 0, end: 20, codeIds: [code(e, 'EXE.GOV').id] })
    expect(coding!.flags).toEqual([])
    await s.run('codings.update', { codingId: coding!.id, patch: { flags: ['activityOnly'] } })
    expect(e.codings.get(coding!.id)!.flags).toEqual(['activityOnly'])
    await s.run('codings.undo')
    expect(e.codings.get(coding!.id)!.flags).toEqual([])
    expect((await s.refused('codings.update', { codingId: coding!.id, patch: { flags: ['bogus'] } })).code).toBe(
      'INVALID_INPUT',
    )
  })
})

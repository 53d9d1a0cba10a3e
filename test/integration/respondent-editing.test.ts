import { describe, expect, it } from 'vitest'
import type { Respondent } from '../../shared/domain/respondent'
import { fileHash } from '../helpers/temp-engagement'
import { contractSession } from '../helpers/contract-session'

describe('editing a respondent', () => {
  it('corrects the record, keeps the real name apart, and refuses a code already taken', async () => {
    const s = await contractSession()
    const r1 = await s.run<Respondent>('respondents.create', { code: 'R01', group: 'employee' })
    await s.run('respondents.create', { code: 'R02', group: 'manager' })
    const updated = await s.run<Respondent>('respondents.update', {
      respondentId: r1.id,
      respondent: { code: 'E01', group: 'manager', role: 'Team lead', unit: 'Operations', site: 'Lyon' },
      realName: '  Claire Martin ',
    })
    expect(updated).toMatchObject({
      code: 'E01',
      group: 'manager',
      role: 'Team lead',
      unit: 'Operations',
      site: 'Lyon',
    })
    // The real name is not in the respondent's record, only in its own table, and read on request.
    expect(JSON.stringify(await s.run('respondents.list'))).not.toContain('Claire')
    expect(await s.run('respondents.realName', { respondentId: r1.id })).toEqual({ realName: 'Claire Martin' })

    const hash = fileHash(s.file)
    const clash = await s.refused('respondents.update', {
      respondentId: r1.id,
      respondent: { code: 'r02', group: 'manager' },
      realName: null,
    })
    expect(clash.code).toBe('CONFLICT')
    const missing = await s.refused('respondents.update', {
      respondentId: crypto.randomUUID(),
      respondent: { code: 'R09', group: 'manager' },
      realName: null,
    })
    expect(missing.code).toBe('NOT_FOUND')
    expect(fileHash(s.file)).toBe(hash)

    // Clearing the name forgets it.
    await s.run('respondents.update', {
      respondentId: r1.id,
      respondent: { code: 'E01', group: 'manager' },
      realName: '',
    })
    expect(await s.run('respondents.realName', { respondentId: r1.id })).toEqual({ realName: null })
    expect(s.session.requireEngagement().identities.realNames()).toEqual([])
    s.session.close()
  })
})

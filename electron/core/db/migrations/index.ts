import type { Database } from 'better-sqlite3-multiple-ciphers'
import m0001 from './0001-initial'
import m0002 from './0002-report-choices'
import m0003 from './0003-transcript-turns'
import m0004 from './0004-campaign-plan'
import m0005 from './0005-key-verbatims'
import m0006 from './0006-evidence-criterion'
import m0007 from './0007-code-rules-in-both-languages'
import m0008 from './0008-code-default-valence'
import m0009 from './0009-answer-titles'
import m0010 from './0010-decision-rules-in-both-languages'
import m0011 from './0011-interview-active-time'
import m0012 from './0012-interviewer-turns'
import m0013 from './0013-exclusive-families'
import m0014 from './0014-tombstones'
import m0015 from './0015-replicas'

/** Migrations in order; migration i (1-based) brings a file to user_version i. */
export const MIGRATIONS: ReadonlyArray<(db: Database) => void> = [
  m0001,
  m0002,
  m0003,
  m0004,
  m0005,
  m0006,
  m0007,
  m0008,
  m0009,
  m0010,
  m0011,
  m0012,
  m0013,
  m0014,
  m0015,
]
export const SCHEMA_VERSION = MIGRATIONS.length

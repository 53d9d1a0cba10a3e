import type { Database } from 'better-sqlite3-multiple-ciphers'
import type { EntityCounts } from '../../../shared/domain/engagement'
import { engagementInfoRepository } from '../repositories/engagement-info'
import { coderRepository } from '../repositories/coders'
import { identityRepository, respondentRepository } from '../repositories/respondents'
import { variableRepository } from '../repositories/variables'
import { guideRepository } from '../repositories/guides'
import { interviewRepository } from '../repositories/interviews'
import { documentRepository } from '../repositories/documents'
import { codebookRepository } from '../repositories/codebook'
import { codingRepository } from '../repositories/codings'
import { collectiveRepository } from '../repositories/collectives'
import { memoRepository } from '../repositories/memos'
import { closedAnswerRepository } from '../repositories/closed-answers'
import { overrideRepository } from '../repositories/overrides'
import { reportChoicesRepository } from '../repositories/report-choices'
import { campaignRepository } from '../repositories/campaign'
import { transcriptTurnRepository } from '../repositories/transcript-turns'
import { keyVerbatimRepository } from '../repositories/key-verbatims'
import { codeLinkRepository } from '../repositories/code-links'
import { CodingHistory } from '../coding/coding-history'
import { failInUse, isBusy } from '../db/sqlite-errors'
import { ChangeTracker } from '../db/change-tracker'

/** One open engagement file and its repositories. */
export class Engagement {
  readonly info
  readonly coders
  readonly respondents
  readonly identities
  readonly variables
  readonly guides
  readonly interviews
  readonly documents
  readonly codebook
  readonly codings
  readonly collectives
  readonly memos
  readonly closedAnswers
  readonly overrides
  readonly reportChoices
  readonly campaign
  readonly transcriptTurns
  readonly keyVerbatims
  readonly codeLinks
  /** Undo and redo of coding actions, for as long as the file stays open. */
  readonly history = new CodingHistory()
  /** Notes which tables each call wrote, once the app's session holds the engagement. */
  private tracker: ChangeTracker | null = null

  constructor(
    readonly db: Database,
    readonly path: string,
    /** What went wrong while opening without stopping it (a session backup that failed). */
    readonly warnings: readonly 'BACKUP_FAILED'[] = [],
    /** Encrypted at rest: its WAL and backups are too; its exports are not. */
    readonly encrypted = false,
  ) {
    this.info = engagementInfoRepository(db)
    this.coders = coderRepository(db)
    this.respondents = respondentRepository(db)
    this.identities = identityRepository(db)
    this.variables = variableRepository(db)
    this.guides = guideRepository(db)
    this.interviews = interviewRepository(db)
    this.documents = documentRepository(db)
    this.codebook = codebookRepository(db)
    this.codings = codingRepository(db)
    this.collectives = collectiveRepository(db)
    this.memos = memoRepository(db)
    this.closedAnswers = closedAnswerRepository(db)
    this.overrides = overrideRepository(db)
    this.reportChoices = reportChoicesRepository(db)
    this.campaign = campaignRepository(db)
    this.transcriptTurns = transcriptTurnRepository(db)
    this.keyVerbatims = keyVerbatimRepository(db)
    this.codeLinks = codeLinkRepository(db)
  }

  /** Every write is one transaction: all of it lands, or none. */
  transaction<T>(fn: () => T): T {
    try {
      return this.db.transaction(fn)()
    } catch (e) {
      // Another program holds the file (a second Terrain, a sync client, a database browser).
      if (isBusy(e)) failInUse(this.path)
      throw e
    }
  }

  /** From now on, note the tables written (for the window's precise refreshes). */
  trackChanges(): void {
    this.tracker ??= new ChangeTracker(this.db)
  }

  /** The tables written since the last time asked. */
  takeChanges(): string[] {
    return this.tracker?.take() ?? []
  }

  counts(): EntityCounts {
    const n = (table: string): number =>
      (this.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n
    return {
      coders: n('coders'),
      respondents: n('respondents'),
      variables: n('variables'),
      guides: n('guides'),
      questions: n('questions'),
      interviews: n('interviews'),
      documents: n('documents'),
      codeFamilies: n('code_families'),
      codes: n('codes'),
      codings: n('codings'),
      collectives: n('collectives'),
      memos: n('memos'),
      closedAnswers: n('closed_answers'),
    }
  }

  close(): void {
    if (this.db.open) this.db.close()
  }
}

import type { ReactNode } from 'react'
import type { CollectiveExcerpt } from '../../../shared/api/collectives'
import { GroupBadge } from '../../components/GroupBadge'

/** Whose words (respondent code and group: never a name) and under which code. */
export function ExcerptMeta({ excerpt, children }: { excerpt: CollectiveExcerpt; children?: ReactNode }) {
  return (
    <div className="excerpt-meta">
      {excerpt.respondentCode && <span className="mono">{excerpt.respondentCode}</span>}
      {excerpt.group && <GroupBadge group={excerpt.group} />}
      <span className="badge code-badge">{excerpt.codeKey}</span>
      {children}
    </div>
  )
}

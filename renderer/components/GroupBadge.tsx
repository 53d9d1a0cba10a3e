import type { Group } from '../../shared/domain/groups'
import { useT } from '../i18n/language-store'

export function GroupBadge({ group }: { group: Group }) {
  const { t } = useT()
  return <span className={`badge group-${group}`}>{t(`group.${group}`)}</span>
}

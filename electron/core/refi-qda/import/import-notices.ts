import type { QdpxImportNotice, QdpxNoticeKey } from '../../../../shared/api/refi-qda'

/** Notices a report keeps; past them they are only counted (a project of 100,000 bad selections). */
export const KEPT_NOTICES = 500

/** What an import says about what came in and what did not, in the order it met them. */
export class ImportNotices {
  readonly kept: QdpxImportNotice[] = []
  leftOut = 0

  add(key: QdpxNoticeKey, params: Record<string, string | number> = {}): void {
    if (this.kept.length < KEPT_NOTICES) this.kept.push({ key, params })
    else this.leftOut++
  }
}

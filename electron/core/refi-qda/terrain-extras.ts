import type { Engagement } from '../engagement/engagement'

export const EXTRAS_FORMAT = 'terrain-qdpx-extras'

/**
 * What REFI-QDA has no place for, as terrain/extras.json beside project.qde: closed answers,
 * collectives and their evidence, the consultant's overrides, the questions' stances and the codes'
 * roles in the diagnosis. Other tools ignore the folder; Terrain reads it back. Ids are Terrain's,
 * which are the project's GUIDs for documents, codes and codings.
 */
export function terrainExtras(e: Engagement) {
  const guides = e.guides.list()
  const questions = guides.flatMap((g) => g.questions)
  return {
    format: EXTRAS_FORMAT,
    version: 1,
    closedAnswers: questions.flatMap((q) =>
      e.closedAnswers
        .ofQuestion(q.id)
        .sort((a, b) => compare(a.interviewId, b.interviewId))
        .map((a) => ({ interviewId: a.interviewId, questionId: q.id, questionKey: q.key, value: a.value })),
    ),
    collectives: e.collectives.list().map((c) => ({
      id: c.id,
      name: c.name,
      label: c.label,
      criteria: c.criteria,
      notes: c.notes,
      evidenceCodingIds: c.evidenceCodingIds,
    })),
    bandOverrides: e.overrides.bands(),
    recommendationOverrides: e.overrides.recommendations(),
    questionStances: questions.map((q) => ({
      questionId: q.id,
      guideId: q.guideId,
      key: q.key,
      stance: q.stance,
      target: q.target,
    })),
    diagnosisRoles: e.codebook.get().codes.map((c) => ({ codeId: c.id, key: c.key, ...c.diagnosis })),
  }
}
export type TerrainExtras = ReturnType<typeof terrainExtras>

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

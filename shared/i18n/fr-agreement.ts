import type { enAgreement } from './en-agreement'

/** Accord inter-codeurs : l’onglet Accord de l’atelier de codage. */
export const frAgreement: Record<keyof typeof enAgreement, string> = {
  'agreement.title': 'Accord inter-codeurs',
  'agreement.byCode': 'Par code',
  'agreement.loading': 'Comparaison des codages des consultants…',
  'agreement.compare': 'Comparer',
  'agreement.allCoders': 'Tous les consultants',
  'agreement.pair': '{a} et {b}',
  'agreement.emptyTitle': 'L’accord demande deux consultants sur les mêmes entretiens',
  'agreement.emptyBody':
    'Chaque consultant code les mêmes entretiens de son côté, en se choisissant dans « Codé par » en haut à droite, sans regarder les codages de l’autre. Dès que deux consultants ont codé tous deux une même réponse ou transcription, leur accord s’affiche ici, code par code.',
  'agreement.emptyCoders.one':
    'Cette mission compte {count} consultant pour l’instant : ajoutez d’abord un collègue comme codeur.',
  'agreement.emptyCoders.other': '{count} consultants ont codé, mais jamais encore la même réponse ou transcription.',
  'agreement.summary.one': '{coders} : {count} document codé par chacun.',
  'agreement.summary.other': '{coders} : {count} documents codés par chacun.',
  'agreement.unitsHint':
    'Une unité est une réponse ou une transcription que les deux consultants ont codée ; par code, 1 si un consultant y a appliqué ce code, 0 sinon.',
  'agreement.mean.one': 'α moyen sur {count} code : {alpha}',
  'agreement.mean.other': 'α moyen sur {count} codes : {alpha}',
  'agreement.meanNone': 'Aucun code ne varie encore assez d’une unité à l’autre pour un α.',
  'agreement.col.code': 'Code',
  'agreement.col.units': 'Unités',
  'agreement.col.applied': 'Appliqué',
  'agreement.col.alpha': 'α de Krippendorff',
  'agreement.col.kappa': 'κ de Cohen',
  'agreement.col.percent': 'Accord',
  'agreement.col.segments': 'Segments (θ = {theta})',
  'agreement.appliedHint': 'Cases unité × consultant où le code est appliqué',
  'agreement.alphaBand.reliable': 'fiable',
  'agreement.alphaBand.tentative': 'provisoire',
  'agreement.alphaBand.unreliable': 'ne pas s’y fier',
  'agreement.kappaBand.poor': 'mauvais',
  'agreement.kappaBand.slight': 'léger',
  'agreement.kappaBand.fair': 'passable',
  'agreement.kappaBand.moderate': 'modéré',
  'agreement.kappaBand.substantial': 'substantiel',
  'agreement.kappaBand.almostPerfect': 'presque parfait',
  'agreement.noVariation': 'aucune variation',
  'agreement.noVariationHint':
    'Tous les consultants ont donné la même valeur sur chaque unité : α et κ ne disent rien ici.',
  'agreement.kappaTwoOnly': 'κ compare exactement deux consultants',
  'agreement.rules':
    'α se lit selon la règle de Krippendorff : fiable à partir de 0,800, conclusions provisoires à partir de 0,667, en dessous ne pas s’y fier ; le diagnostic marque ses mesures selon cette règle. κ se lit selon Landis et Koch (1977) : léger jusqu’à 0,20, passable jusqu’à 0,40, modéré jusqu’à 0,60, substantiel jusqu’à 0,80, presque parfait au-delà. Un même code peut être « substantiel » selon κ et « ne pas s’y fier » selon α.',
  'agreement.segments': 'appariés {matched} · {a} seul {aOnly} · {b} seul {bOnly}',
  'agreement.segmentsHint':
    'Segments du même code appariés par recouvrement (Jaccard ≥ θ) : {matched} appariés, {aOnly} par {a} seul, {bOnly} par {b} seul ; Holsti {holsti}',
  'agreement.more': 'Autres coefficients, pour comparer avec d’autres outils',
  'agreement.moreHint':
    'π de Scott (un seul terme de hasard pour les deux consultants), κ de Brennan-Prediger (celui de MAXQDA : hasard 1/2, appliqué ou non) et κ sur les caractères (celui de NVivo : chaque caractère codé par les deux, par un seul ou par aucun, cumulé sur les unités). Calculés sur les mêmes unités ; le diagnostic lit α.',
  'agreement.col.pi': 'π de Scott',
  'agreement.col.brennanPrediger': 'κ de Brennan-Prediger',
  'agreement.col.characterKappa': 'κ sur les caractères',
  'agreement.review': 'Examiner',
  'agreement.reviewLabel': 'Examiner les désaccords sur {code}',
  'agreement.disagreementsTitle': 'Désaccords sur {code}',
  'agreement.disagreementsHint':
    'Ce qu’un consultant a codé avec ce code et l’autre non : aucun de ses segments ne le recouvre à θ = {theta} ou plus.',
  'agreement.onlyBy': 'Codé par {coder} seul',
  'agreement.noneOnSide': 'Rien ici.',
  'agreement.pickCode': 'Choisissez un code dans le tableau pour examiner ses désaccords côte à côte.',
  'agreement.pickPair': 'Choisissez deux consultants dans « Comparer » pour examiner leurs désaccords côte à côte.',
  'agreement.showInDocument': 'Voir dans le document',
  'agreement.noRespondent': 'Sans répondant',
}

import type { enReport } from './en-report'

/** French messages of the client report. */
export const frReport: Record<keyof typeof enReport, string> = {
  'report.confidential': 'Confidentiel',
  'report.preparedFor': 'Préparé pour {client}',
  'report.by': 'Par {consultants}',
  'report.toc': 'Sommaire',
  'report.section.executiveSummary': 'Synthèse',
  'report.section.method': 'Méthode',
  'report.section.pragmatism': 'Outils ou appartenance : ce que veulent les gens',
  'report.section.perceptionGap': 'L’écart de perception : ce que croit la direction',
  'report.section.idealism': 'L’indice d’idéalisme',
  'report.section.customers': 'Les clients : la valeur avant la communauté',
  'report.section.collectives': 'Communautés ou groupes projet ?',
  'report.section.attention': 'Charge attentionnelle',
  'report.section.execution': 'Maturité d’exécution',
  'report.section.enablers': 'Leviers et freins : politique RH et pratiques managériales',
  'report.section.recommendations': 'Recommandations',
  'report.section.appendix': 'Annexes',
  'report.appendix.sample': 'Répondants par groupe',
  'report.appendix.codebook': 'Grille de codage',
  'report.appendix.guide': 'Guide d’entretien : {group}',
  'report.summary.sample':
    'Entre le {start} et le {end}, nous avons interrogé {respondents} personnes : {composition}. Leurs propos ont été codés selon les {codes} thèmes d’une grille construite pour cette question, soit {codings} extraits codés.',
  'report.summary.sampleNoDates':
    'Nous avons interrogé {respondents} personnes : {composition}. Leurs propos ont été codés selon les {codes} thèmes d’une grille construite pour cette question, soit {codings} extraits codés.',
  'report.summary.pragmatism':
    'Les collaborateurs sont {label} : {pragmatic} des {valid} dont les propos sont assez fournis placent des outils efficaces et des réponses avant l’appartenance (indice de pragmatisme médian {median}).',
  'report.summary.idealism':
    'L’organisation apparaît {band} (indice d’idéalisme {value}) : la direction surestime {over} et sous-estime {under}.',
  'report.summary.collectives':
    '{inDisguise} des {communities} groupes appelés « communautés » fonctionnent comme des groupes projet.',
  'report.summary.attention':
    'La charge attentionnelle est {band} : {value} des collaborateurs et managers expriment une frustration liée au volume ou à la dispersion.',
  'report.summary.recommendations': 'Nous recommandons, dans l’ordre :',
  'report.method.body':
    'Des entretiens semi-directifs ont suivi un guide par groupe ; les mêmes questions de besoin ont été posées aux dirigeants et aux managers sous forme attribuée (« selon vous, qu’attendent-ils ? »), ce qui rend mesurable l’écart entre croyances et besoins. L’analyse suit une approche par grille de codage de l’analyse thématique (Braun et Clarke, 2006) : chaque chiffre ci-dessous est une aide à la décision présentée avec ses éléments, jamais un verdict, et le consultant peut corriger tout niveau par une justification écrite.',
  'report.method.floors':
    'Seuils de preuve : les chiffres d’un groupe sont indicatifs sous 5 répondants (3 pour la direction) ; aucun chiffre n’est détaillé pour un groupe de moins de 3 répondants. Chaque répondant compte au plus 3 extraits par thème.',
  'report.method.agreement':
    'L’accord inter-codeurs n’a pas été mesuré pour cette étude : le codage est celui d’un consultant.',
  'report.table.group': 'Groupe',
  'report.table.respondents': 'Répondants',
  'report.table.interviews': 'Entretiens',
  'report.table.notBrokenDown': 'non détaillé (moins de 3)',
  'report.table.theme': 'Thème',
  'report.table.said': 'Dit',
  'report.table.believed': 'Cru',
  'report.table.gap': 'Écart',
  'report.table.code': 'Code',
  'report.table.definition': 'Définition',
  'report.figure.pragmatism': 'Répondants par groupe et par niveau de pragmatisme',
  'report.figure.gap':
    '{group} : part de ceux qui ont exprimé chaque besoin, et part des dirigeants qui le leur ont attribué',
  'report.figure.cards':
    'Cartes motifs : raisons des clients et croyances des dirigeants, avec la référence consommateurs IBM 2011',
  'report.figure.quadrant': 'Chaque groupe : ce qu’il a dit (horizontal) et ce que la direction en croit (vertical)',
  'report.figure.collectives': 'Score de communauté de pratique de chaque collectif (0 à 5)',
  'report.cards.caveat':
    'IBM Institute for Business Value, « From social media to Social CRM » (2011). Seules deux lignes (se sentir lié, communauté) sont confirmées par plusieurs sources.',
  'report.finding.pragmatism': 'Indice de pragmatisme médian des collaborateurs : {median}, {label}.',
  'report.finding.idealism': 'Indice d’idéalisme : {value}, {band}.',
  'report.finding.attention': 'Charge attentionnelle : {value}, {band}.',
  'report.finding.execution': 'Maturité d’exécution : {value} / 4, {band}.',
  'report.finding.enabler': '{code} : valence nette {value}, {band}.',
  'report.finding.collectives': 'MisRate : {value}, {band}.',
  'report.finding.noData': 'Non mesuré : les thèmes dont il dépend n’ont pas été codés dans cette étude.',
  'report.finding.indicative': 'Indicatif : sous le seuil de preuve.',
  'report.finding.override': 'Niveau fixé par le consultant : {reason}',
  'report.gap.smallGroup': '{group} : moins de 3 répondants, pas de détail.',
  'report.recommendation.evidence': 'Pourquoi : {values}.',
  'report.recommendation.counter.one': '{count} extrait va dans l’autre sens.',
  'report.recommendation.counter.other': '{count} extraits vont dans l’autre sens.',
  'report.recommendation.none':
    'Aucune recommandation de la bibliothèque n’est déclenchée par les éléments de cette étude.',
  'report.respondent': 'Répondant',
  'report.quoteBy': '{group}, {unit}',
  'report.collective.verdict': '{name} : appelé {label} ; selon les éléments, {band} (score {score}/5).',
  'report.warning.realName':
    'Un verbatim de « {section} » contient le nom « {name} » ({respondent}). Choisissez un autre verbatim ou modifiez-le avant d’envoyer le rapport.',
}

import type { enQdpxImport } from './en-qdpx-import'

/** Messages français de l’import d’un projet REFI-QDA (.qdpx) : refus, rapport et écran. */
export const frQdpxImport: Record<keyof typeof enQdpxImport, string> = {
  'qdpxImport.more.one': '… et {count} autre problème',
  'qdpxImport.more.other': '… et {count} autres problèmes',
  'qdpxImport.problem.unreadable':
    '{file} ne peut pas être lu. Vérifiez que c’est un fichier (pas un dossier) que vous pouvez lire, puis réessayez.',
  'qdpxImport.problem.notZip':
    '{file} n’est pas un projet REFI-QDA (un .qdpx est une archive ZIP). Exportez de nouveau le projet depuis son logiciel.',
  'qdpxImport.problem.damaged':
    'Une partie de {file} est endommagée ({detail}). Exportez de nouveau le projet depuis son logiciel.',
  'qdpxImport.problem.noProject':
    '{file} ne contient pas de project.qde (ni d’autre fichier .qde à sa racine). Exportez de nouveau le projet depuis son logiciel.',
  'qdpxImport.problem.severalProjects':
    '{file} contient plusieurs fichiers .qde et aucun project.qde : Terrain ne peut pas savoir lequel est le projet. Exportez-le de nouveau depuis son logiciel.',
  'qdpxImport.problem.notXml':
    'Le projet contenu dans {file} n’est pas un XML bien formé ({detail}). Exportez-le de nouveau depuis son logiciel.',
  'qdpxImport.problem.notProject':
    'Le XML contenu dans {file} n’est pas un projet REFI-QDA (sa racine est <{root}>). Exportez de nouveau le projet depuis son logiciel.',

  'qdpxImport.notice.sourceKind': '« {name} » ({kind}) n’a pas été importé : Terrain n’importe que les sources texte.',
  'qdpxImport.notice.sourceMissingFile':
    '« {name} » n’a pas été importé : son fichier texte ({path}) n’est pas dans l’archive.',
  'qdpxImport.notice.sourceOutsideProject':
    '« {name} » n’a pas été importé : son texte ({path}) est hors du projet, et Terrain ne lit rien hors du projet. Exportez le projet avec ses sources incluses.',
  'qdpxImport.notice.sourceNotUnicode':
    '« {name} » n’a pas été importé : son texte ({path}) n’est ni en UTF-8 ni en UTF-16. Enregistrez-le en UTF-8 dans son logiciel et exportez de nouveau.',
  'qdpxImport.notice.sourceNoText': '« {name} » n’a pas été importé : le projet ne donne pas son texte.',
  'qdpxImport.notice.sourceTooLong':
    '« {name} » n’a pas été importé : son texte dépasse ce que Terrain tient dans un document (5 000 000 caractères).',
  'qdpxImport.notice.sourceBadDocx': '« {name} » n’a pas été importé : son fichier Word ({path}) est illisible.',
  'qdpxImport.notice.sourceSharedFile':
    '« {name} » n’a pas été importé : son fichier texte ({path}) est déjà le texte d’une autre source ou d’un autre mémo.',
  'qdpxImport.notice.counting':
    'Les positions de « {name} » ont été lues comme son logiciel les compte : en caractères {unit}, une fin de ligne (CRLF) pour {crlf}.',
  'qdpxImport.notice.bomCounted':
    'Les positions de « {name} » comptent la marque d’ordre des octets (BOM) comme premier caractère : lues ainsi.',
  'qdpxImport.notice.unchecked':
    'Les sélections de « {name} » ne citent pas les mots qu’elles sélectionnent : leur décompte n’a pas pu être vérifié, elles sont lues selon la norme (points de code).',
  'qdpxImport.notice.selectionOutside':
    'Une sélection de « {source} » ({start}–{end}, ligne {line}) tombe hors de son texte quel que soit le décompte : non importée.',
  'qdpxImport.notice.selectionNotText':
    'Une sélection de « {source} » ({start}–{end}, ligne {line}) ne sélectionne pas les mots qu’elle cite (« {name} ») : non importée.',
  'qdpxImport.notice.selectionEmpty':
    'Une sélection de « {source} » (ligne {line}) ne sélectionne rien : non importée.',
  'qdpxImport.notice.unknownCode':
    '{count} codage(s) renvoient à un code que le projet ne contient pas ({code}) : non importés.',
  'qdpxImport.notice.categoryCode':
    '{count} codage(s) portent sur une catégorie de premier niveau ({code}), que Terrain lit comme une famille : non importés.',
  'qdpxImport.notice.codingsRefused':
    '{count} codage(s) de « {source} » n’ont pas pu être écrits (leurs attributs ne conviennent pas à Terrain) : non importés.',
  'qdpxImport.notice.caseRenamed':
    'Le cas « {name} » est le répondant {code} : son nom est conservé comme nom réel du répondant, jamais affiché dans un rapport.',
  'qdpxImport.notice.groupValue':
    '{count} répondant(s) ont « {value} » dans {variable}, qui n’est pas un groupe : ils sont dans « autre ». Changez leur groupe dans la page Répondants.',
  'qdpxImport.notice.noGroupVariable':
    'Aucune variable n’a été choisie pour les groupes : les {count} répondant(s) sont dans « autre ». Indiquez leurs groupes dans la page Répondants.',
  'qdpxImport.notice.sourceWithoutCase':
    '{count} document(s) n’appartiennent à aucun cas : ils n’ont pas de répondant, et le diagnostic ne les lit pas.',
  'qdpxImport.notice.variableValue':
    'La valeur « {value} » de {variable} pour {case} ne convient pas à la variable : laissée vide.',
  'qdpxImport.notice.rowsSetAside':
    'Les données Terrain du projet (terrain/extras.json) n’ont pas pu être utilisées ({problem}) : le projet a été importé comme celui de n’importe quel logiciel.',
  'qdpxImport.notice.rowsLeftOut':
    '{count} ligne(s) de {table} dans les données Terrain renvoient à ce que le projet ne contient plus (modifié dans un autre logiciel) : écartées.',

  'qdpxImport.cli.chooseGroup':
    'Quelle variable de cas contient les groupes des répondants ? Relancez avec --group-variable NOM (ou --group-variable "" pour aucune). Les variables du projet :',
  'qdpxImport.cli.candidate': '  {name} : {values}{groups}',
  'qdpxImport.cli.candidateGroups': ' ({count} lues comme groupes)',
  'qdpxImport.cli.oneAction':
    'La commande qdpx demande exactement une option parmi --export sortie.qdpx et --import entree.qdpx.',
  'qdpxImport.cli.badImport': '--import désigne un projet REFI-QDA se terminant par .qdpx, pas « {value} ».',
  'qdpxImport.imported':
    '{file} créé depuis {project} : {documents} documents, {respondents} répondants, {codes} codes, {codings} codages, {memos} mémos.',
  'qdpxImport.notImported': 'Non importé : {sources} source(s), {selections} sélection(s), {codings} codage(s).',
  'qdpxImport.failed':
    'Rien n’a été importé de {file} (problèmes : {count}), et aucune mission n’a été créée. Exportez de nouveau le projet depuis son logiciel.',
  'qdpxImport.cli.progress': 'Import du projet',
  'qdpxImport.leftOut': '… et {count} autres remarques.',
  'qdpxImport.ui.start': 'Depuis un autre logiciel d’analyse…',
  'qdpxImport.ui.startHint':
    'Une nouvelle mission depuis un projet REFI-QDA (.qdpx) de NVivo, ATLAS.ti, MAXQDA ou QualCoder.',
  'qdpxImport.ui.title': 'Nouvelle mission depuis {name}',
  'qdpxImport.ui.untitled': 'un projet REFI-QDA',
  'qdpxImport.ui.summary': 'Écrit par {origin} : {sources} sources, {cases} cas, {selections} sélections codées.',
  'qdpxImport.ui.unknownOrigin': 'un logiciel sans nom',
  'qdpxImport.ui.fromTerrain':
    'Exporté par Terrain : ses guides, entretiens, réponses fermées, collectifs et les choix du consultant reviennent avec lui.',
  'qdpxImport.ui.group': 'Quelle variable de cas contient les groupes des répondants ?',
  'qdpxImport.ui.groupHint':
    'Terrain lit collaborateur, manager, direction et client, en français ou en anglais. Les autres valeurs vont dans « autre », modifiable dans la page Répondants.',
  'qdpxImport.ui.groupOption': '{name} : {values}',
  'qdpxImport.ui.groupValues': ' ({count} lues comme groupes)',
  'qdpxImport.ui.groupNone': 'Aucune : tous les répondants dans « autre »',
  'qdpxImport.ui.noCases':
    'Le projet n’a pas de cas : ses documents n’auront pas de répondant tant que vous ne les aurez pas attribués.',
  'qdpxImport.ui.import': 'Choisir où enregistrer…',
  'qdpxImport.ui.reportTitle': 'Importé depuis {project}',
  'qdpxImport.ui.came': 'Ce qui est entré',
  'qdpxImport.ui.count.documents': 'Documents',
  'qdpxImport.ui.count.respondents': 'Répondants',
  'qdpxImport.ui.count.coders': 'Codeurs',
  'qdpxImport.ui.count.codes': 'Codes',
  'qdpxImport.ui.count.codings': 'Codages',
  'qdpxImport.ui.count.memos': 'Mémos',
  'qdpxImport.ui.count.variables': 'Variables',
  'qdpxImport.ui.notices': 'Ce qui n’est pas entré, et comment le projet a été lu',
  'qdpxImport.ui.allIn': 'Tout le projet est entré.',
  'qdpxImport.ui.open': 'Ouvrir la mission',
  'job.qdpxImport': 'Import du projet REFI-QDA',
}

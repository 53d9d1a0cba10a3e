import type { enImport } from './en-import'

/** French messages of the coded-excerpt import (CLI and UI). */
export const frImport: Record<keyof typeof enImport, string> = {
  'import.ui.title': 'Importer des extraits codés',
  'import.ui.hint':
    'Depuis un fichier CSV ou Excel rempli pendant ou après les entretiens : une ligne par extrait et par code, avec les colonnes répondant, groupe, question, extrait, code, posture, cible, valence, intensité, codeur. Tout est importé, ou rien.',
  'import.ui.choose': 'Choisir un fichier CSV ou XLSX…',
  'import.ui.refused':
    'Rien n’a été importé depuis {file}. Corrigez ces problèmes dans le fichier, puis relancez l’import :',
  'import.cli.progress': 'Import des codages',
  'import.cli.done':
    '{file} importé. Extraits : {excerpts}, codages : {codings}, documents : {documents} ; nouveaux répondants : {respondents}, nouvelles questions : {questions}, nouveaux codeurs : {coders}.',
  'import.cli.failed':
    'Rien n’a été importé depuis {file} (problèmes : {count}). Corrigez-les dans le fichier et relancez l’import.',
  'import.cli.more.one': '… et {count} autre problème',
  'import.cli.more.other': '… et {count} autres problèmes',
  'import.guideName': 'Questions importées',

  'import.problem.unsupportedFile':
    '{file} n’est ni un fichier CSV ni un fichier XLSX. Enregistrez le tableur en .xlsx ou en .csv et importez ce fichier.',
  'import.problem.unreadable':
    'Impossible de lire {file}. Vérifiez qu’il s’agit bien d’un fichier (pas d’un dossier) que vous avez le droit de lire, puis réessayez.',
  'import.problem.notText':
    '{file} n’est pas un fichier CSV en texte. Enregistrez le tableur au format CSV (ou en .xlsx) et importez ce fichier.',
  'import.problem.badWorkbook':
    'Impossible de lire {file} comme un classeur Excel : il est endommagé, protégé par un mot de passe, ou n’est pas vraiment un fichier .xlsx. Ouvrez-le dans Excel, enregistrez-le à nouveau en .xlsx sans mot de passe (ou en CSV) et importez ce fichier.',
  'import.problem.emptyFile':
    '{file} est vide. Mettez d’abord une ligne d’en-tête (répondant, groupe, question, extrait, code, posture, cible, valence, intensité, codeur), puis une ligne par extrait et par code.',
  'import.problem.headerOnly':
    '{file} a une ligne d’en-tête mais aucun extrait codé. Ajoutez sous l’en-tête une ligne par extrait et par code.',
  'import.problem.missingColumns':
    'Ligne {line} : il manque à la ligne d’en-tête les colonnes obligatoires {columns}. Nommez les colonnes répondant, groupe, question, extrait, code, posture, cible, valence, intensité et codeur (les noms anglais conviennent aussi).',
  'import.problem.duplicateColumn':
    'Ligne {line} : la ligne d’en-tête contient deux fois la colonne « {column} ». N’en gardez qu’une.',
  'import.problem.extraCells':
    'Ligne {line} : cette ligne a {cells} cellules alors que l’en-tête a {columns} colonnes. Une cellule qui contient le séparateur « {separator} » doit être entre guillemets droits.',
  'import.problem.unclosedQuote':
    'Ligne {line} : un guillemet ouvre une cellule qui n’est jamais fermée, si bien que la suite du fichier est illisible. Fermez-le, et écrivez un guillemet à l’intérieur d’une cellule entre guillemets en le doublant.',
  'import.problem.rowTooLong':
    'La ligne {line} se poursuit sur plus de {limit} Mo sans finir, plus qu’aucune ligne de tableur. Un guillemet qui ouvre une cellule sans jamais la fermer emporte toute la suite du fichier : fermez-le, et écrivez un guillemet à l’intérieur d’une cellule entre guillemets en le doublant.',
  'import.problem.missingValue': 'Ligne {line} : la cellule {column} est vide. Remplissez-la.',
  'import.problem.badRespondent':
    'Ligne {line} : « {value} » n’est pas un code de répondant. Utilisez un code pseudonyme court comme R01 (lettres, chiffres, points, tirets et soulignés, 32 au plus), jamais un vrai nom.',
  'import.problem.badGroup':
    'Ligne {line} : le groupe « {value} » n’est pas un groupe de répondants. Utilisez collaborateur, manager, direction, client ou autre (ou en anglais : employee, manager, leadership, customer, other).',
  'import.problem.badTarget':
    'Ligne {line} : la cible « {value} » n’est pas un groupe de répondants. Utilisez collaborateur, manager, direction, client ou autre (ou en anglais : employee, manager, leadership, customer, other).',
  'import.problem.badStance':
    'Ligne {line} : la posture « {value} » n’est ni SELF ni ATTR. Utilisez SELF quand les répondants parlent de leurs propres besoins, ATTR quand ils prêtent des besoins à un autre groupe.',
  'import.problem.targetOnSelf':
    'Ligne {line} : un codage SELF n’a pas de cible, or la cellule cible contient « {value} ». Videz la cellule cible, ou passez la posture à ATTR.',
  'import.problem.missingTarget':
    'Ligne {line} : un codage ATTR a besoin d’une cible, le groupe auquel le besoin est prêté. Remplissez la cellule cible (collaborateur, manager, direction, client ou autre).',
  'import.problem.badValence':
    'Ligne {line} : la valence « {value} » n’est pas valable. Utilisez + (positive), - (négative) ou 0 (neutre).',
  'import.problem.badIntensity':
    'Ligne {line} : l’intensité « {value} » n’est pas valable. Utilisez 1, 2 ou 3, ou laissez la cellule vide.',
  'import.problem.unknownCode':
    'Ligne {line} : le code « {code} » n’est pas dans la grille de codage. Utilisez la clé d’un des codes de la mission, comme OUT.FIND, ou ajoutez d’abord le code à la grille.',
  'import.problem.respondentGroupDiffers':
    'Ligne {line} : le répondant {respondent} est déjà dans la mission, dans le groupe {existing} et non {group}. Corrigez le groupe, ou utilisez un autre code de répondant.',
  'import.problem.respondentGroupConflict':
    'Ligne {line} : le répondant {respondent} est ici dans le groupe {group}, mais dans le groupe {first} à la ligne {firstLine}. Un répondant appartient à un seul groupe : mettez les lignes d’accord.',
  'import.problem.duplicateCoding':
    'Ligne {line} : cette ligne répète la ligne {first} (même répondant, question, extrait, code, codeur, posture et cible). Supprimez l’une des deux.',
}

import type { enRespondents } from './en-respondents'

/** French messages of the respondent import (a CSV or XLSX list of the people to interview). */
export const frRespondents: Record<keyof typeof enRespondents, string> = {
  'respondentsImport.done':
    '{file} importé. Répondants créés : {created}, mis à jour : {updated} (dont un nouveau code attribué : {assigned}) ; variables créées : {variables}.',
  'respondentsImport.failed':
    'Rien n’a été importé depuis {file} (problèmes : {count}). Corrigez-les dans le fichier et relancez l’import.',
  'respondentsImport.more.one': '… et {count} autre problème',
  'respondentsImport.more.other': '… et {count} autres problèmes',

  'respondentsImport.problem.unsupportedFile':
    '{file} n’est ni un fichier CSV ni un fichier XLSX. Enregistrez la liste des répondants en .xlsx ou en .csv et importez ce fichier.',
  'respondentsImport.problem.unreadable':
    'Impossible de lire {file}. Vérifiez qu’il s’agit bien d’un fichier (pas d’un dossier) que vous avez le droit de lire et qu’aucun autre programme ne le bloque, puis réessayez.',
  'respondentsImport.problem.notText':
    '{file} n’est pas un fichier CSV en texte. Enregistrez la liste des répondants au format CSV (ou en .xlsx) et importez ce fichier.',
  'respondentsImport.problem.badWorkbook':
    'Impossible de lire {file} comme un classeur Excel : il est endommagé, protégé par un mot de passe, ou n’est pas vraiment un fichier .xlsx. Ouvrez-le dans Excel, enregistrez-le à nouveau en .xlsx sans mot de passe (ou en CSV) et importez ce fichier.',
  'respondentsImport.problem.unclosedQuote':
    'Ligne {line} : un guillemet ouvre une cellule qui n’est jamais fermée, si bien que la suite du fichier est illisible. Fermez-le, et écrivez un guillemet à l’intérieur d’une cellule entre guillemets en le doublant.',
  'respondentsImport.problem.rowTooLong':
    'La ligne {line} se poursuit sur plus de {limit} Mo sans finir, plus qu’aucune ligne de tableur. Un guillemet qui ouvre une cellule sans jamais la fermer emporte toute la suite du fichier : fermez-le, et écrivez un guillemet à l’intérieur d’une cellule entre guillemets en le doublant.',
  'respondentsImport.problem.emptyFile':
    '{file} est vide. Mettez d’abord une ligne d’en-tête (code, groupe et, si vous le souhaitez, unité, site, fonction, nom et vos propres variables), puis une ligne par répondant.',
  'respondentsImport.problem.headerOnly':
    '{file} a une ligne d’en-tête mais aucun répondant. Ajoutez sous l’en-tête une ligne par répondant.',
  'respondentsImport.problem.missingColumns':
    'Ligne {line} : il manque à la ligne d’en-tête les colonnes obligatoires {columns}. Nommez-les code et groupe (en anglais : code, group) ; unité, site, fonction et nom sont facultatives, et toute autre colonne devient une variable des répondants.',
  'respondentsImport.problem.duplicateColumn':
    'Ligne {line} : la ligne d’en-tête contient deux fois la colonne « {column} ». N’en gardez qu’une.',
  'respondentsImport.problem.unnamedVariable':
    'Ligne {line} : l’en-tête « {column} » ne contient ni lettre ni chiffre et ne peut donc pas nommer une variable. Donnez un nom à la colonne, par exemple Ancienneté.',
  'respondentsImport.problem.variableNameTooLong':
    'Ligne {line} : l’en-tête « {column} » dépasse {max} caractères. Donnez un nom plus court à la variable.',
  'respondentsImport.problem.personalColumn':
    'Ligne {line} : la colonne « {column} » semble contenir des noms ou des coordonnées, qui seraient enregistrés avec les données pseudonymisées. Mettez le nom complet dans une seule colonne « nom », conservée à part, et supprimez cette colonne.',
  'respondentsImport.problem.extraCells':
    'Ligne {line} : cette ligne a {cells} cellules alors que l’en-tête a {columns} colonnes. Une cellule qui contient le séparateur « {separator} » doit être entre guillemets droits.',
  'respondentsImport.problem.missingGroup':
    'Ligne {line} : la cellule du groupe est vide. Indiquez collaborateur, manager, direction, client ou autre (ou en anglais : employee, manager, leadership, customer, other).',
  'respondentsImport.problem.badGroup':
    'Ligne {line} : le groupe « {value} » n’est pas un groupe de répondants. Utilisez collaborateur, manager, direction, client ou autre (ou en anglais : employee, manager, leadership, customer, other).',
  'respondentsImport.problem.badCode':
    'Ligne {line} : « {value} » n’est pas un code de répondant. Utilisez un code pseudonyme court comme R01 (lettres, chiffres, points, tirets et soulignés, 32 au plus), jamais un vrai nom, ou laissez la cellule vide pour recevoir le prochain code libre.',
  'respondentsImport.problem.duplicateCode':
    'Ligne {line} : le code {code} figure déjà à la ligne {first}. Un répondant n’a qu’une ligne : fusionnez les deux lignes, ou donnez un autre code à l’une d’elles.',
  'respondentsImport.problem.tooLong': 'Ligne {line} : la cellule {column} dépasse {max} caractères. Raccourcissez-la.',
  'respondentsImport.problem.notNumber':
    'Ligne {line} : « {value} » n’est pas un nombre, or la variable {variable} contient des nombres. Écrivez un nombre comme 12 ou 3,5, ou laissez la cellule vide.',
  'respondentsImport.problem.notBoolean':
    'Ligne {line} : « {value} » n’est ni oui ni non, or la variable {variable} contient des oui et des non. Écrivez oui ou non (yes ou no, vrai ou faux), ou laissez la cellule vide.',
  'respondentsImport.problem.notDate':
    'Ligne {line} : « {value} » n’est pas une date écrite année-mois-jour, or la variable {variable} contient des dates. Écrivez-la sous la forme 2026-09-14, ou laissez la cellule vide.',
  'respondentsImport.problem.notChoice':
    'Ligne {line} : « {value} » ne fait pas partie des valeurs de la variable {variable} ({options}). Utilisez l’une d’elles, ou laissez la cellule vide.',
}

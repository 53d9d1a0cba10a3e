import type { enCodebookTransfer } from './en-codebook-transfer'

/** Messages français de l'export et de l'import de la grille de codage (JSON Terrain et REFI-QDA .qdc). */
export const frCodebookTransfer: Record<keyof typeof enCodebookTransfer, string> = {
  'codebookTransfer.ui.title': 'Échanger la grille de codage',
  'codebookTransfer.ui.hint':
    'Exportez la grille en JSON Terrain (tout : les deux langues, les règles, les rôles dans le diagnostic) ou en REFI-QDA .qdc pour ATLAS.ti, MAXQDA, NVivo ou QualCoder. L’import ajoute les nouveaux codes et met à jour ceux déjà présents ; il ne supprime aucun code.',
  'codebookTransfer.ui.export': 'Exporter…',
  'codebookTransfer.ui.format': 'Format',
  'codebookTransfer.ui.formatJson': 'JSON Terrain (.json)',
  'codebookTransfer.ui.formatQdc': 'Grille REFI-QDA (.qdc)',
  'codebookTransfer.ui.import': 'Importer…',
  'codebookTransfer.exported': '{codes} codes en {families} familles exportés dans {file}.',
  'codebookTransfer.imported':
    '{file} importé. Codes ajoutés : {added}, mis à jour : {updated}, inchangés : {unchanged} ; familles ajoutées : {families}.',
  'codebookTransfer.failed':
    'Rien n’a été importé de {file} (problèmes : {count}). Corrigez-les dans le fichier et relancez l’import.',
  'codebookTransfer.more.one': '… et {count} autre problème',
  'codebookTransfer.more.other': '… et {count} autres problèmes',
  'codebookTransfer.cli.badFormat':
    '{option} attend un fichier de grille en .json (Terrain) ou .qdc (REFI-QDA), pas « {value} ».',
  'codebookTransfer.cli.oneAction':
    'La commande codebook attend exactement une option parmi --export <fichier> et --import <fichier>.',
  'codebookTransfer.qdc.include': 'Inclure',
  'codebookTransfer.qdc.exclude': 'Exclure',
  'codebookTransfer.qdc.example': 'Exemple',
  'codebookTransfer.qdc.key': 'Clé',
  'codebookTransfer.qdc.valence': 'Valence par défaut',
  'codebookTransfer.qdc.exclusive': 'Codes mutuellement exclusifs',
  'codebookTransfer.qdc.exclusiveYes': 'oui',
  'codebookTransfer.qdc.valence.+': 'positive',
  'codebookTransfer.qdc.valence.-': 'négative',
  'codebookTransfer.qdc.valence.0': 'neutre',

  'codebookTransfer.problem.unsupportedFile':
    '{file} n’est pas un fichier de grille que Terrain sait lire. Importez une grille Terrain (.json), une grille REFI-QDA (.qdc) ou un projet (.qdpx, ou son .qde).',
  'codebookTransfer.problem.noProject':
    '{file} ne contient aucun projet REFI-QDA (pas de fichier .qde). Exportez de nouveau le projet depuis son outil, ou importez sa grille (.qdc).',
  'codebookTransfer.problem.notZip':
    '{file} n’est pas une archive de projet REFI-QDA (un .qdpx est un fichier ZIP). Exportez de nouveau le projet depuis son outil.',
  'codebookTransfer.problem.unreadable':
    '{file} ne peut pas être lu. Vérifiez que c’est un fichier (pas un dossier) que vous pouvez lire, puis réessayez.',
  'codebookTransfer.problem.notJson':
    '{file} n’est pas du JSON valide ({detail}). Exportez de nouveau la grille depuis Terrain, ou corrigez le fichier dans un éditeur de texte.',
  'codebookTransfer.problem.jsonShape':
    '{file} est du JSON mais pas une grille Terrain : à {where}, {expected}. Partez d’une grille exportée par Terrain.',
  'codebookTransfer.problem.notXml':
    '{file} n’est pas du XML bien formé ({detail}). Exportez de nouveau la grille depuis le logiciel d’analyse, en grille REFI-QDA (.qdc).',
  'codebookTransfer.problem.wrongRoot':
    '{file} contient un élément <{root}>, pas un <CodeBook> REFI-QDA (ni un <Project> qui en contient un). Exportez de nouveau la grille en grille REFI-QDA (.qdc).',
  'codebookTransfer.problem.wrongNamespace':
    '{file} utilise l’espace de noms « {namespace} », pas celui de REFI-QDA (urn:QDA-XML:codebook:1.0). Exportez de nouveau la grille en grille REFI-QDA (.qdc).',
  'codebookTransfer.problem.noCodes': '{file} ne contient aucun code. Exportez une grille qui a au moins un code.',
  'codebookTransfer.problem.missingName':
    'Ligne {line} : le code {code} n’a pas de nom. Donnez-lui un nom dans le fichier, puis importez-le de nouveau.',
  'codebookTransfer.problem.badColour':
    'Ligne {line} : la couleur « {value} » de {code} n’est pas une couleur comme #2E7D32. Écrivez-la avec # et six chiffres hexadécimaux.',
  'codebookTransfer.problem.badShortcut':
    'Ligne {line} : le raccourci « {value} » de {code} n’est ni un chiffre de 1 à 9 ni une lettre. Corrigez-le ou retirez-le.',
  'codebookTransfer.problem.badGuid':
    'Ligne {line} : le guid « {value} » de {code} n’est pas un GUID comme 0f8fad5b-d9cb-469f-a165-70867728950e. Corrigez-le ou retirez l’attribut.',
  'codebookTransfer.problem.duplicateGuid':
    'Ligne {line} : le guid {value} de {code} est aussi celui d’un autre code du fichier. Donnez à chaque code son propre guid.',
  'codebookTransfer.problem.badCodable':
    'Ligne {line} : isCodable de {code} vaut « {value} » ; il prend true ou false.',
  'codebookTransfer.problem.badKey':
    'Ligne {line} : la clé « {value} » de {code} n’est pas une clé de code. Utilisez lettres, chiffres, points, tirets et soulignés (40 au plus), en commençant par une lettre ou un chiffre, comme OUT.FIND.',
  'codebookTransfer.problem.duplicateKey':
    'Ligne {line} : la clé {value} est donnée à deux codes du fichier. Donnez à chaque code sa propre clé.',
  'codebookTransfer.problem.unknownParent':
    'Ligne {line} : {code} est rangé sous « {value} », qui n’est un code ni du fichier ni de la mission. Corrigez la clé du parent ou retirez-la.',
  'codebookTransfer.problem.cycle':
    'Ligne {line} : {code} serait rangé sous lui-même (par « {value} »). Corrigez les clés des parents pour que l’emboîtement aille dans un seul sens.',
} as const

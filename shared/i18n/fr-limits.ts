import type { enLimits } from './en-limits'

/** French messages of a file refused for going past a limit of ../shared/LIMITS.md. */
export const frLimits: Record<keyof typeof enLimits, string> = {
  'limits.MAX_FILE_BYTES':
    '{file} pèse {figure} Mo, au-delà de la limite de {limit} Mo pour un fichier. Découpez-le en fichiers plus petits et importez-les un par un.',
  'limits.MAX_ARCHIVE_ENTRIES':
    '{file} contient {figure} parties, au-delà de la limite de {limit} pour un fichier .docx, .xlsx ou .qdpx. Il est endommagé ou n’a pas été enregistré par un logiciel de bureautique : enregistrez-le à nouveau depuis le logiciel qui l’a créé.',
  'limits.MAX_ARCHIVE_UNCOMPRESSED_BYTES':
    '{file} se décompresse en {figure} Mo ou plus, au-delà de la limite de {limit} Mo. Il est endommagé ou conçu pour saturer la mémoire : enregistrez-le à nouveau depuis le logiciel qui l’a créé, en fichiers plus petits s’il est vraiment si gros.',
  'limits.MAX_ENTRY_RATIO':
    '{file} contient une partie ({entry}) qui se décompresse en {figure} fois sa taille compressée, au-delà de la limite de {limit} fois. Il est endommagé ou conçu pour saturer la mémoire : enregistrez-le à nouveau depuis le logiciel qui l’a créé.',
  'limits.unsafeEntryPath':
    '{file} contient une partie nommée {entry}, qui pointe hors du fichier. Il est endommagé ou conçu pour écrire ailleurs : ne l’utilisez pas et demandez une copie enregistrée à nouveau par le logiciel qui l’a créé.',
  'limits.entrySizeLie':
    '{file} contient une partie ({entry}) qui se décompresse en plus des {figure} octets qu’elle annonce. Il est endommagé ou conçu pour saturer la mémoire : enregistrez-le à nouveau depuis le logiciel qui l’a créé.',
  'limits.MAX_XML_DEPTH':
    '{file} imbrique ses éléments sur {figure} niveaux, au-delà de la limite de {limit}. Il est endommagé ou n’a pas été écrit par un logiciel de bureautique ou d’analyse qualitative : enregistrez-le à nouveau depuis le logiciel qui l’a créé.',
  'limits.MAX_XML_TEXT_CHARS':
    '{file} contient un texte de {figure} caractères ou plus, au-delà de la limite de {limit} caractères. Découpez ce texte, ou enregistrez le fichier à nouveau depuis le logiciel qui l’a créé.',
  'limits.MAX_CODES':
    '{file} contient {figure} codes ou plus, au-delà de la limite de {limit} pour une grille de codes. Découpez la grille en fichiers plus petits et importez-les un par un.',
  'limits.MAX_CODE_DEPTH':
    '{file} imbrique ses codes sur {figure} niveaux, au-delà de la limite de {limit}. Aplatissez la grille, puis importez-la à nouveau.',
  'limits.MAX_CODE_NAME_CHARS':
    '{file} a un nom de code de {figure} caractères, au-delà de la limite de {limit}. Raccourcissez-le, puis importez la grille à nouveau.',
  'limits.MAX_CODE_TEXT_CHARS':
    '{file} a une définition, une règle ou un exemple de code de {figure} caractères, au-delà de la limite de {limit}. Raccourcissez-le, puis importez la grille à nouveau.',
  'limits.MAX_TABLE_ROWS':
    '{file} contient {figure} lignes ou plus, au-delà de la limite de {limit} lignes. Découpez-le en fichiers plus petits et importez-les un par un.',
  'limits.MAX_CELL_CHARS':
    '{file} a une cellule de {figure} caractères ou plus, au-delà de la limite de {limit} caractères. Raccourcissez-la ou répartissez-la sur plusieurs lignes, puis importez le fichier à nouveau.',
  'limits.MAX_RESPONDENTS':
    'Importer {file} porterait l’étude à {figure} répondants, au-delà de la limite de {limit}. Répartissez l’étude sur plusieurs fichiers de mission.',
  'limits.MAX_DOCUMENT_CHARS':
    '{file} contient {figure} caractères de texte ou plus, au-delà de la limite de {limit} pour un document. Découpez-le en plusieurs transcriptions et importez-les une par une.',
  'limits.MAX_IMPORT_CODINGS':
    '{file} contient {figure} codages ou plus, au-delà de la limite de {limit} pour un import. Découpez-le en fichiers plus petits et importez-les un par un.',
}

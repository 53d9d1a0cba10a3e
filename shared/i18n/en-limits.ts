/**
 * English messages of a file refused for going past a limit of ../shared/LIMITS.md: each names the
 * limit and the file's figure and says what to do. {figure} and {limit} are in the limit's unit.
 */
export const enLimits = {
  'limits.MAX_FILE_BYTES':
    '{file} is {figure} MB, above the limit of {limit} MB for one file. Split it into smaller files and import each one.',
  'limits.MAX_ARCHIVE_ENTRIES':
    '{file} holds {figure} parts, above the limit of {limit} for one .docx, .xlsx or .qdpx file. It is damaged or was not saved by an office program: save it again from the program that made it.',
  'limits.MAX_ARCHIVE_UNCOMPRESSED_BYTES':
    '{file} unpacks to {figure} MB or more, above the limit of {limit} MB. It is damaged or built to fill the memory: save it again from the program that made it, in smaller files if it is really that large.',
  'limits.MAX_ENTRY_RATIO':
    '{file} holds a part ({entry}) that unpacks to {figure} times its packed size, above the limit of {limit} times. It is damaged or built to fill the memory: save it again from the program that made it.',
  'limits.unsafeEntryPath':
    '{file} holds a part named {entry}, which points outside the file. It is damaged or built to write elsewhere: do not use it, and ask for a copy saved again by the program that made it.',
  'limits.entrySizeLie':
    '{file} holds a part ({entry}) that unpacks to more than the {figure} bytes it declares. It is damaged or built to fill the memory: save it again from the program that made it.',
  'limits.MAX_XML_DEPTH':
    '{file} nests its elements {figure} deep, above the limit of {limit}. It is damaged or was not written by an office or QDA program: save it again from the program that made it.',
  'limits.MAX_XML_TEXT_CHARS':
    '{file} holds one text of {figure} characters or more, above the limit of {limit} characters. Split that text, or save the file again from the program that made it.',
  'limits.MAX_CODES':
    '{file} holds {figure} codes or more, above the limit of {limit} for one codebook. Split the codebook into smaller files and import each one.',
  'limits.MAX_CODE_DEPTH':
    '{file} nests its codes {figure} deep, above the limit of {limit} levels. Flatten the codebook, then import it again.',
  'limits.MAX_CODE_NAME_CHARS':
    '{file} has a code name of {figure} characters, above the limit of {limit}. Shorten it, then import the codebook again.',
  'limits.MAX_CODE_TEXT_CHARS':
    '{file} has a code definition, rule or example of {figure} characters, above the limit of {limit}. Shorten it, then import the codebook again.',
  'limits.MAX_TABLE_ROWS':
    '{file} holds {figure} rows or more, above the limit of {limit} rows. Split it into smaller files and import each one.',
  'limits.MAX_CELL_CHARS':
    '{file} has a cell of {figure} characters or more, above the limit of {limit} characters. Shorten it or split it across rows, then import the file again.',
  'limits.MAX_RESPONDENTS':
    'Importing {file} would bring the engagement to {figure} respondents, above the limit of {limit}. Split the study into several engagements.',
  'limits.MAX_DOCUMENT_CHARS':
    '{file} holds {figure} characters of text or more, above the limit of {limit} for one document. Split it into several transcripts and import each one.',
  'limits.MAX_IMPORT_CODINGS':
    '{file} holds {figure} codings or more, above the limit of {limit} for one import. Split it into smaller files and import each one.',
}

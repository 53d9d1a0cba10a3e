/** English messages of the coded-excerpt import (CLI and UI). */
export const enImport = {
  'import.ui.title': 'Import coded excerpts',
  'import.ui.hint':
    'From a CSV or Excel file you filled in during or after the interviews: one row per excerpt and code, with the columns respondent, group, question, excerpt, code, stance, target, valence, intensity, coder. Everything is imported, or nothing.',
  'import.ui.choose': 'Choose a CSV or XLSX file…',
  'import.ui.refused': 'Nothing was imported from {file}. Correct these problems in the file, then import it again:',
  'import.cli.progress': 'Importing codings',
  'import.cli.done':
    'Imported {file}. Excerpts: {excerpts}, codings: {codings}, documents: {documents}; new respondents: {respondents}, new questions: {questions}, new coders: {coders}.',
  'import.cli.failed':
    'Nothing was imported from {file} (problems: {count}). Correct them in the file and run the import again.',
  'import.cli.more.one': '… and {count} more problem',
  'import.cli.more.other': '… and {count} more problems',
  'import.guideName': 'Imported questions',

  'import.problem.unsupportedFile':
    '{file} is neither a CSV nor an XLSX file. Save the spreadsheet as .xlsx or .csv and import that file.',
  'import.problem.unreadable':
    '{file} cannot be read. Check that it is a file (not a folder) that you may read, then try again.',
  'import.problem.notText':
    '{file} is not a text CSV file. Save the spreadsheet as CSV (or as .xlsx) and import that file.',
  'import.problem.badWorkbook':
    '{file} cannot be read as an Excel workbook: it is damaged, protected by a password, or not really an .xlsx file. Open it in Excel, save it again as .xlsx without a password (or as CSV), and import that file.',
  'import.problem.emptyFile':
    '{file} is empty. Put a header row first (respondent, group, question, excerpt, code, stance, target, valence, intensity, coder), then one row per excerpt and code.',
  'import.problem.headerOnly':
    '{file} has a header row but no coded excerpts. Add one row per excerpt and code below the header.',
  'import.problem.missingColumns':
    'Line {line}: the header row lacks the required columns {columns}. Name the columns respondent, group, question, excerpt, code, stance, target, valence, intensity and coder (the French names work too).',
  'import.problem.duplicateColumn': 'Line {line}: the header row has the column "{column}" twice. Keep only one.',
  'import.problem.extraCells':
    'Line {line}: this row has {cells} cells but the header has {columns} columns. A cell that contains the separator "{separator}" must be in double quotes.',
  'import.problem.unclosedQuote':
    'Line {line}: a double quote opens a cell that is never closed, so the rest of the file cannot be read. Close it, and write a double quote inside a quoted cell as two double quotes.',
  'import.problem.rowTooLong':
    'Line {line} runs on for more than {limit} MB without ending, more than any spreadsheet row. A double quote that opens a cell and is never closed takes in the rest of the file: close it, and write a double quote inside a quoted cell as two double quotes.',
  'import.problem.missingValue': 'Line {line}: the {column} cell is empty. Fill it in.',
  'import.problem.badRespondent':
    'Line {line}: "{value}" is not a respondent code. Use a short pseudonymous code such as R01 (letters, digits, dots, dashes and underscores, at most 32), never a real name.',
  'import.problem.badGroup':
    'Line {line}: the group "{value}" is not a respondent group. Use employee, manager, leadership, customer or other (or in French: collaborateur, manager, direction, client, autre).',
  'import.problem.badTarget':
    'Line {line}: the target "{value}" is not a respondent group. Use employee, manager, leadership, customer or other (or in French: collaborateur, manager, direction, client, autre).',
  'import.problem.badStance':
    'Line {line}: the stance "{value}" is neither SELF nor ATTR. Use SELF when respondents speak of their own needs, ATTR when they attribute needs to another group.',
  'import.problem.targetOnSelf':
    'Line {line}: a SELF coding has no target, but the target cell holds "{value}". Empty the target cell, or set the stance to ATTR.',
  'import.problem.missingTarget':
    'Line {line}: an ATTR coding needs a target, the group the need is attributed to. Fill in the target cell (employee, manager, leadership, customer or other).',
  'import.problem.badValence':
    'Line {line}: the valence "{value}" is not valid. Use + (positive), - (negative) or 0 (neutral).',
  'import.problem.badIntensity':
    'Line {line}: the intensity "{value}" is not valid. Use 1, 2 or 3, or leave the cell empty.',
  'import.problem.unknownCode':
    'Line {line}: the code "{code}" is not in the codebook. Use the key of one of the engagement’s codes, such as OUT.FIND, or add the code to the codebook first.',
  'import.problem.respondentGroupDiffers':
    'Line {line}: respondent {respondent} is already in the engagement in the group {existing}, not {group}. Correct the group, or use another respondent code.',
  'import.problem.respondentGroupConflict':
    'Line {line}: respondent {respondent} is in the group {group} here but {first} on line {firstLine}. A respondent belongs to one group: make the rows agree.',
  'import.problem.duplicateCoding':
    'Line {line}: this row repeats line {first} (same respondent, question, excerpt, code, coder, stance and target). Delete one of the two rows.',
} as const

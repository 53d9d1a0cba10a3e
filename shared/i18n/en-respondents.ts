/** English messages of the respondent import (a CSV or XLSX list of the people to interview). */
export const enRespondents = {
  'respondentsImport.done':
    'Imported {file}. Respondents created: {created}, updated: {updated} (given a new code: {assigned}); variables created: {variables}.',
  'respondentsImport.failed':
    'Nothing was imported from {file} (problems: {count}). Correct them in the file and import it again.',
  'respondentsImport.more.one': '… and {count} more problem',
  'respondentsImport.more.other': '… and {count} more problems',

  'respondentsImport.problem.unsupportedFile':
    '{file} is neither a CSV nor an XLSX file. Save the list of respondents as .xlsx or .csv and import that file.',
  'respondentsImport.problem.unreadable':
    '{file} cannot be read. Check that it is a file (not a folder) that you may read and that no other program holds it, then try again.',
  'respondentsImport.problem.notText':
    '{file} is not a text CSV file. Save the list of respondents as CSV (or as .xlsx) and import that file.',
  'respondentsImport.problem.badWorkbook':
    '{file} cannot be read as an Excel workbook: it is damaged, protected by a password, or not really an .xlsx file. Open it in Excel, save it again as .xlsx without a password (or as CSV), and import that file.',
  'respondentsImport.problem.unclosedQuote':
    'Line {line}: a double quote opens a cell that is never closed, so the rest of the file cannot be read. Close it, and write a double quote inside a quoted cell as two double quotes.',
  'respondentsImport.problem.rowTooLong':
    'Line {line} runs on for more than {limit} MB without ending, more than any spreadsheet row. A double quote that opens a cell and is never closed takes in the rest of the file: close it, and write a double quote inside a quoted cell as two double quotes.',
  'respondentsImport.problem.emptyFile':
    '{file} is empty. Put a header row first (code, group, and if you wish unit, site, role, real name and your own variables), then one row per respondent.',
  'respondentsImport.problem.headerOnly':
    '{file} has a header row but no respondents. Add one row per respondent below the header.',
  'respondentsImport.problem.missingColumns':
    'Line {line}: the header row lacks the required columns {columns}. Name them code and group (in French: code, groupe); unit, site, role and real name are optional, and any other column becomes a respondent variable.',
  'respondentsImport.problem.duplicateColumn':
    'Line {line}: the header row has the column "{column}" twice. Keep only one.',
  'respondentsImport.problem.unnamedVariable':
    'Line {line}: the header "{column}" holds no letter or digit, so it cannot name a variable. Give the column a name, such as Tenure.',
  'respondentsImport.problem.variableNameTooLong':
    'Line {line}: the header "{column}" is longer than {max} characters. Give the variable a shorter name.',
  'respondentsImport.problem.personalColumn':
    'Line {line}: the column "{column}" seems to hold names or contact details, which would be stored with the pseudonymous data. Put the full name in a single "real name" column, which is kept apart, and delete this column.',
  'respondentsImport.problem.extraCells':
    'Line {line}: this row has {cells} cells but the header has {columns} columns. A cell that contains the separator "{separator}" must be in double quotes.',
  'respondentsImport.problem.missingGroup':
    'Line {line}: the group cell is empty. Fill in employee, manager, leadership, customer or other (or in French: collaborateur, manager, direction, client, autre).',
  'respondentsImport.problem.badGroup':
    'Line {line}: the group "{value}" is not a respondent group. Use employee, manager, leadership, customer or other (or in French: collaborateur, manager, direction, client, autre).',
  'respondentsImport.problem.badCode':
    'Line {line}: "{value}" is not a respondent code. Use a short pseudonymous code such as R01 (letters, digits, dots, dashes and underscores, at most 32), never a real name, or leave the cell empty to get the next free code.',
  'respondentsImport.problem.duplicateCode':
    'Line {line}: the code {code} is already on line {first}. A respondent has one row: merge the two rows, or give one of them another code.',
  'respondentsImport.problem.tooLong': 'Line {line}: the {column} cell is longer than {max} characters. Shorten it.',
  'respondentsImport.problem.notNumber':
    'Line {line}: "{value}" is not a number, but the variable {variable} holds numbers. Write a number such as 12 or 3.5, or leave the cell empty.',
  'respondentsImport.problem.notBoolean':
    'Line {line}: "{value}" is neither yes nor no, but the variable {variable} holds yes or no. Write yes or no (oui or non, true or false), or leave the cell empty.',
  'respondentsImport.problem.notDate':
    'Line {line}: "{value}" is not a date written as year-month-day, but the variable {variable} holds dates. Write it as 2026-09-14, or leave the cell empty.',
  'respondentsImport.problem.notChoice':
    'Line {line}: "{value}" is not one of the values of the variable {variable} ({options}). Use one of them, or leave the cell empty.',
} as const

/** English messages of the codebook export and import (Terrain JSON and REFI-QDA .qdc). */
export const enCodebookTransfer = {
  'codebookTransfer.ui.title': 'Exchange the codebook',
  'codebookTransfer.ui.hint':
    'Export the codebook as Terrain JSON (everything: both languages, rules, diagnosis roles) or as REFI-QDA .qdc for ATLAS.ti, MAXQDA, NVivo or QualCoder. Import adds new codes and updates those already here; it never deletes a code.',
  'codebookTransfer.ui.export': 'Export…',
  'codebookTransfer.ui.format': 'Format',
  'codebookTransfer.ui.formatJson': 'Terrain JSON (.json)',
  'codebookTransfer.ui.formatQdc': 'REFI-QDA codebook (.qdc)',
  'codebookTransfer.ui.import': 'Import…',
  'codebookTransfer.exported': 'Exported {codes} codes in {families} families to {file}.',
  'codebookTransfer.imported':
    'Imported {file}. Codes added: {added}, updated: {updated}, unchanged: {unchanged}; families added: {families}.',
  'codebookTransfer.failed':
    'Nothing was imported from {file} (problems: {count}). Correct them in the file and run the import again.',
  'codebookTransfer.more.one': '… and {count} more problem',
  'codebookTransfer.more.other': '… and {count} more problems',
  'codebookTransfer.cli.badFormat':
    '{option} names a codebook file ending in .json (Terrain) or .qdc (REFI-QDA), not "{value}".',
  'codebookTransfer.cli.oneAction': 'The command codebook needs exactly one of --export <file> and --import <file>.',
  'codebookTransfer.qdc.include': 'Include',
  'codebookTransfer.qdc.exclude': 'Exclude',
  'codebookTransfer.qdc.example': 'Example',
  'codebookTransfer.qdc.key': 'Key',
  'codebookTransfer.qdc.valence': 'Default valence',
  'codebookTransfer.qdc.exclusive': 'Mutually exclusive codes',
  'codebookTransfer.qdc.exclusiveYes': 'yes',
  'codebookTransfer.qdc.valence.+': 'positive',
  'codebookTransfer.qdc.valence.-': 'negative',
  'codebookTransfer.qdc.valence.0': 'neutral',

  'codebookTransfer.problem.unsupportedFile':
    '{file} is not a codebook file Terrain reads. Import a Terrain codebook (.json), a REFI-QDA codebook (.qdc) or project (.qdpx, or its .qde).',
  'codebookTransfer.problem.noProject':
    '{file} holds no REFI-QDA project (no .qde file inside). Export the project again from its tool, or import its codebook (.qdc).',
  'codebookTransfer.problem.notZip':
    '{file} is not a REFI-QDA project archive (a .qdpx is a ZIP file). Export the project again from its tool.',
  'codebookTransfer.problem.unreadable':
    '{file} cannot be read. Check that it is a file (not a folder) that you may read, then try again.',
  'codebookTransfer.problem.notJson':
    '{file} is not valid JSON ({detail}). Export the codebook again from Terrain, or correct the file in a text editor.',
  'codebookTransfer.problem.jsonShape':
    '{file} is JSON but not a Terrain codebook: at {where}, {expected}. Start from a codebook exported by Terrain.',
  'codebookTransfer.problem.notXml':
    '{file} is not well-formed XML ({detail}). Export the codebook again from the QDA software, as a REFI-QDA codebook (.qdc).',
  'codebookTransfer.problem.wrongRoot':
    '{file} holds a <{root}> element, not a REFI-QDA <CodeBook> (or a <Project> with one). Export the codebook again as a REFI-QDA codebook (.qdc).',
  'codebookTransfer.problem.wrongNamespace':
    '{file} uses the namespace "{namespace}", not REFI-QDA’s (urn:QDA-XML:codebook:1.0). Export the codebook again as a REFI-QDA codebook (.qdc).',
  'codebookTransfer.problem.noCodes': '{file} holds no codes. Export a codebook that has at least one code.',
  'codebookTransfer.problem.missingName':
    'Line {line}: the code {code} has no name. Give it a name in the file, then import it again.',
  'codebookTransfer.problem.badColour':
    'Line {line}: the colour "{value}" of {code} is not a colour such as #2E7D32. Write it as # and six hexadecimal digits.',
  'codebookTransfer.problem.badShortcut':
    'Line {line}: the shortcut "{value}" of {code} is not one digit from 1 to 9 or one letter. Correct it or remove it.',
  'codebookTransfer.problem.badGuid':
    'Line {line}: the guid "{value}" of {code} is not a GUID such as 0f8fad5b-d9cb-469f-a165-70867728950e. Correct it or remove the attribute.',
  'codebookTransfer.problem.duplicateGuid':
    'Line {line}: the guid {value} of {code} is also the guid of another code of the file. Give each code its own guid.',
  'codebookTransfer.problem.badCodable': 'Line {line}: isCodable of {code} is "{value}"; it takes true or false.',
  'codebookTransfer.problem.badKey':
    'Line {line}: the key "{value}" of {code} is not a code key. Use letters, digits, dots, dashes and underscores (at most 40), starting with a letter or digit, such as OUT.FIND.',
  'codebookTransfer.problem.duplicateKey':
    'Line {line}: the key {value} is given to two codes of the file. Give each code its own key.',
  'codebookTransfer.problem.unknownParent':
    'Line {line}: {code} is nested under "{value}", which is neither a code of the file nor of the engagement. Correct the parent key or remove it.',
  'codebookTransfer.problem.cycle':
    'Line {line}: {code} would be nested under itself (through "{value}"). Correct the parent keys so that nesting goes one way.',
} as const

/** English messages of the REFI-QDA project import (.qdpx): refusals, the report and its screen. */
export const enQdpxImport = {
  'qdpxImport.more.one': '… and {count} more problem',
  'qdpxImport.more.other': '… and {count} more problems',
  'qdpxImport.problem.unreadable':
    '{file} cannot be read. Check that it is a file (not a folder) that you may read, then try again.',
  'qdpxImport.problem.notZip':
    '{file} is not a REFI-QDA project (a .qdpx is a ZIP archive). Export the project again from its tool.',
  'qdpxImport.problem.damaged': 'A part of {file} is damaged ({detail}). Export the project again from its tool.',
  'qdpxImport.problem.noProject':
    '{file} holds no project.qde (nor any other .qde file at its root). Export the project again from its tool.',
  'qdpxImport.problem.severalProjects':
    '{file} holds several .qde files and no project.qde: Terrain cannot tell which is the project. Export it again from its tool.',
  'qdpxImport.problem.notXml':
    'The project inside {file} is not well-formed XML ({detail}). Export it again from its tool.',
  'qdpxImport.problem.notProject':
    'The XML inside {file} is not a REFI-QDA project (its root is <{root}>). Export the project again from its tool.',

  'qdpxImport.notice.sourceKind': '“{name}” ({kind}) was not imported: Terrain imports text sources only.',
  'qdpxImport.notice.sourceMissingFile': '“{name}” was not imported: its text file ({path}) is not in the archive.',
  'qdpxImport.notice.sourceOutsideProject':
    '“{name}” was not imported: its text ({path}) is outside the project, and Terrain reads nothing outside it. Export the project with its sources embedded.',
  'qdpxImport.notice.sourceNotUnicode':
    '“{name}” was not imported: its text ({path}) is not UTF-8 or UTF-16. Save it as UTF-8 in its tool and export again.',
  'qdpxImport.notice.sourceNoText': '“{name}” was not imported: the project gives no text for it.',
  'qdpxImport.notice.sourceTooLong':
    '“{name}” was not imported: its text is longer than Terrain holds in one document (5,000,000 characters).',
  'qdpxImport.notice.sourceBadDocx': '“{name}” was not imported: its Word file ({path}) cannot be read.',
  'qdpxImport.notice.sourceSharedFile':
    '“{name}” was not imported: its text file ({path}) is the text of another source or note already.',
  'qdpxImport.notice.counting':
    'Positions in “{name}” were read as its tool counts them: in {unit} characters, a line end (CRLF) as {crlf}.',
  'qdpxImport.notice.bomCounted':
    'Positions in “{name}” count the byte order mark (BOM) as the first character: read that way.',
  'qdpxImport.notice.unchecked':
    'The selections of “{name}” do not quote the words they select, so their counting could not be checked: read as the standard says (code points).',
  'qdpxImport.notice.selectionOutside':
    'A selection of “{source}” ({start}–{end}, line {line}) falls outside its text under every counting: not imported.',
  'qdpxImport.notice.selectionNotText':
    'A selection of “{source}” ({start}–{end}, line {line}) does not select the words it quotes (“{name}”): not imported.',
  'qdpxImport.notice.selectionEmpty': 'A selection of “{source}” (line {line}) selects nothing: not imported.',
  'qdpxImport.notice.unknownCode':
    '{count} coding(s) refer to a code the project does not hold ({code}): not imported.',
  'qdpxImport.notice.categoryCode':
    '{count} coding(s) are on a top-level category ({code}), which Terrain reads as a family: not imported.',
  'qdpxImport.notice.codingsRefused':
    '{count} coding(s) of “{source}” could not be written (their attributes do not fit Terrain’s): not imported.',
  'qdpxImport.notice.caseRenamed':
    'Case “{name}” is respondent {code}: its name is kept as the respondent’s real name, never shown in a report.',
  'qdpxImport.notice.groupValue':
    '{count} respondent(s) have “{value}” in {variable}, which is no group: they are in “other”. Change their group on the Respondents page.',
  'qdpxImport.notice.noGroupVariable':
    'No variable was chosen for the groups: the {count} respondent(s) are in “other”. Set their groups on the Respondents page.',
  'qdpxImport.notice.sourceWithoutCase':
    '{count} document(s) belong to no case: they have no respondent, and the diagnosis does not read them.',
  'qdpxImport.notice.variableValue':
    'The value “{value}” of {variable} for {case} does not fit the variable: left empty.',
  'qdpxImport.notice.rowsSetAside':
    'Terrain’s data in the project (terrain/extras.json) could not be used ({problem}): the project was imported as any tool’s.',
  'qdpxImport.notice.rowsLeftOut':
    '{count} row(s) of {table} in Terrain’s data refer to what the project no longer holds (changed in another tool): left out.',

  'qdpxImport.cli.chooseGroup':
    'Which case variable holds the respondents’ groups? Run again with --group-variable NAME (or --group-variable "" for none). The project’s variables:',
  'qdpxImport.cli.candidate': '  {name}: {values}{groups}',
  'qdpxImport.cli.candidateGroups': ' ({count} read as groups)',
  'qdpxImport.cli.oneAction': 'The command qdpx needs exactly one of --export out.qdpx and --import in.qdpx.',
  'qdpxImport.cli.badImport': '--import names a REFI-QDA project ending in .qdpx, not "{value}".',
  'qdpxImport.imported':
    'Created {file} from {project}: {documents} documents, {respondents} respondents, {codes} codes, {codings} codings, {memos} memos.',
  'qdpxImport.notImported': 'Not imported: {sources} source(s), {selections} selection(s), {codings} coding(s).',
  'qdpxImport.failed':
    'Nothing was imported from {file} (problems: {count}), and no engagement was created. Export the project again from its tool.',
  'qdpxImport.cli.progress': 'Importing the project',
  'qdpxImport.leftOut': '… and {count} more notices.',
  'qdpxImport.ui.start': 'From another QDA tool…',
  'qdpxImport.ui.startHint':
    'A new engagement from a REFI-QDA project (.qdpx) of NVivo, ATLAS.ti, MAXQDA or QualCoder.',
  'qdpxImport.ui.title': 'New engagement from {name}',
  'qdpxImport.ui.untitled': 'a REFI-QDA project',
  'qdpxImport.ui.summary': 'Written by {origin}: {sources} sources, {cases} cases, {selections} coded selections.',
  'qdpxImport.ui.unknownOrigin': 'an unnamed tool',
  'qdpxImport.ui.fromTerrain':
    'Exported by Terrain: its guides, interviews, closed answers, collectives and the consultant’s choices come back with it.',
  'qdpxImport.ui.group': 'Which case variable holds the respondents’ groups?',
  'qdpxImport.ui.groupHint':
    'Terrain reads employee, manager, leadership (Direction) and customer, in English or French. Other values go to “other”, which you can change on the Respondents page.',
  'qdpxImport.ui.groupOption': '{name}: {values}',
  'qdpxImport.ui.groupValues': ' ({count} read as groups)',
  'qdpxImport.ui.groupNone': 'None: every respondent in “other”',
  'qdpxImport.ui.noCases': 'The project has no cases: its documents will have no respondent until you assign them.',
  'qdpxImport.ui.import': 'Choose where to save…',
  'qdpxImport.ui.reportTitle': 'Imported from {project}',
  'qdpxImport.ui.came': 'What came in',
  'qdpxImport.ui.count.documents': 'Documents',
  'qdpxImport.ui.count.respondents': 'Respondents',
  'qdpxImport.ui.count.coders': 'Coders',
  'qdpxImport.ui.count.codes': 'Codes',
  'qdpxImport.ui.count.codings': 'Codings',
  'qdpxImport.ui.count.memos': 'Memos',
  'qdpxImport.ui.count.variables': 'Variables',
  'qdpxImport.ui.notices': 'What did not come in, and how it was read',
  'qdpxImport.ui.allIn': 'Everything in the project came in.',
  'qdpxImport.ui.open': 'Open the engagement',
  'job.qdpxImport': 'Importing the REFI-QDA project',
} as const

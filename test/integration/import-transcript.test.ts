import path from 'node:path'
import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { previewTranscript } from '../../electron/core/transcripts/preview-transcript'
import { importTranscript } from '../../electron/core/transcripts/import-transcript'
import { TranscriptImportSummary } from '../../shared/api/transcripts'
import { translate } from '../../shared/i18n/translate'
import { tempDir } from '../helpers/temp-engagement'
import { expectRefused, study, transcript } from '../helpers/transcript-study'
import { writeFile, windows1252 } from '../helpers/import-files'

/** A Word document as small as Word accepts: the content types, the package relationship, the main part. */
function docx(body: string): Uint8Array {
  const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
        '</Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
        '</Relationships>',
    ),
    'word/document.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W}"><w:body>${body}<w:sectPr/></w:body></w:document>`,
    ),
  })
}

describe('importing a Teams transcript (.vtt with voice tags)', () => {
  const TEAMS = [
    'WEBVTT',
    '',
    'STYLE',
    '::cue { color: white }',
    '',
    '0b8e2c1a-1234-4b2a-9d3e-1f2e3d4c5b6a/12-0',
    '00:00:03.120 --> 00:00:05.680',
    '<v Claire Dubois>Bonjour Marc, merci d’avoir accepté</v>',
    '',
    '0b8e2c1a-1234-4b2a-9d3e-1f2e3d4c5b6a/12-1',
    '00:00:05.680 --> 00:00:08.000',
    '<v Claire Dubois>cet entretien.</v>',
    '',
    '0b8e2c1a-1234-4b2a-9d3e-1f2e3d4c5b6a/13-0',
    '00:00:08.500 --> 00:00:12.250 align:start position:10%',
    '<v Marc Petit>Avec plaisir. Dans mon équipe,',
    'on partage tout sur Teams &amp; par mail.</v>',
    '',
    'NOTE Teams ajoute parfois des commentaires',
    'sur plusieurs lignes.',
    '',
    '0b8e2c1a-1234-4b2a-9d3e-1f2e3d4c5b6a/14-0',
    '00:01:02.345 --> 00:01:05.000',
    '<v Claire Dubois>Et avec les <i>autres</i> sites ?</v>',
    '',
  ].join('\r\n')

  it('says who speaks before importing, guesses the interviewer, and marks the turns of the one chosen', () => {
    const { e, interview } = study()
    const file = writeFile('Entretien R01.vtt', '\ufeff' + TEAMS)
    const documentsBefore = e.db.prepare('SELECT count(*) FROM documents').pluck().get()
    expect(previewTranscript(file)).toEqual({
      file: 'Entretien R01.vtt',
      turns: 3,
      speakers: [
        { label: 'Claire Dubois', turns: 2, words: 12, first: 'Bonjour Marc, merci d’avoir accepté cet entretien.' },
        {
          label: 'Marc Petit',
          turns: 1,
          words: 12,
          first: 'Avec plaisir. Dans mon équipe, on partage tout sur Teams & par mail.',
        },
      ],
      // She asks the questions.
      interviewer: 'Claire Dubois',
    })
    // The preview wrote nothing.
    expect(e.db.prepare('SELECT count(*) FROM documents').pluck().get()).toBe(documentsBefore)

    const summary = importTranscript(e, interview.id, file, { interviewer: 'Claire Dubois' })
    expect(e.transcriptTurns.ofDocument(summary.documentId).map((t) => [t.speaker, t.byInterviewer])).toEqual([
      ['Claire Dubois', true],
      ['Marc Petit', false],
      ['Claire Dubois', true],
    ])
    // A speaker the file does not have is refused, nothing written.
    const count = e.db.prepare('SELECT count(*) FROM documents').pluck().get()
    expect(() => importTranscript(e, interview.id, file, { interviewer: 'Paul' })).toThrow(/No speaker "Paul"/)
    expect(e.db.prepare('SELECT count(*) FROM documents').pluck().get()).toBe(count)
  })

  it('makes the interview’s document of it, one turn per speaker’s run of captions, names and times kept apart', () => {
    const { e, respondent, interview } = study()
    const summary = importTranscript(e, interview.id, writeFile('Entretien R01.vtt', '\ufeff' + TEAMS))

    const text =
      'Bonjour Marc, merci d’avoir accepté cet entretien.\n\n' +
      'Avec plaisir. Dans mon équipe, on partage tout sur Teams & par mail.\n\n' +
      'Et avec les autres sites ?'
    expect(TranscriptImportSummary.parse(summary)).toEqual({
      documentId: summary.documentId,
      turns: 3,
      speakers: ['Claire Dubois', 'Marc Petit'],
      characters: text.length,
    })
    const { doc, turns } = transcript(e, summary.documentId)
    expect(doc).toMatchObject({
      kind: 'transcript',
      interviewId: interview.id,
      respondentId: respondent.id,
      questionId: null,
      source: 'Entretien R01.vtt',
      title: 'Entretien R01.vtt',
      text,
    })
    expect(turns).toEqual([
      {
        start: 0,
        end: 50,
        speaker: 'Claire Dubois',
        atMs: 3120,
        untilMs: 8000,
        byInterviewer: false,
        words: 'Bonjour Marc, merci d’avoir accepté cet entretien.',
      },
      {
        start: 52,
        end: 120,
        speaker: 'Marc Petit',
        atMs: 8500,
        untilMs: 12250,
        byInterviewer: false,
        words: 'Avec plaisir. Dans mon équipe, on partage tout sur Teams & par mail.',
      },
      {
        start: 122,
        end: 148,
        speaker: 'Claire Dubois',
        atMs: 62345,
        untilMs: 65000,
        byInterviewer: false,
        words: 'Et avec les autres sites ?',
      },
    ])
    expect(e.interviews.get(interview.id)!.status).toBe('imported')
    expect(e.documents.ofInterview(interview.id).map((d) => d.id)).toEqual([summary.documentId])
    expect(e.documents.search('equipe').map((h) => h.documentId)).toEqual([summary.documentId])
  })
})

describe('importing a Zoom transcript (.vtt with "Name: text")', () => {
  it('reads the speaker from each caption’s label and merges a speaker’s consecutive captions', () => {
    const { e, interview } = study('completed')
    const zoom = [
      'WEBVTT',
      '',
      '1',
      '00:00:01.000 --> 00:00:04.500',
      'Claire Dubois: Bonjour à tous.',
      '',
      '2',
      '00:00:04.500 --> 00:00:09.000',
      'Marc Petit: Bonjour. Alors, pour commencer:',
      'on manque de temps.',
      '',
      '3',
      '00:00:09.000 --> 00:00:12.000',
      'Marc Petit: Vraiment.',
      '',
      '4',
      '01:02:03.004 --> 01:02:05.000',
      'Claire Dubois: Merci !',
      '',
    ].join('\n')
    const summary = importTranscript(e, interview.id, writeFile('zoom_0.vtt', zoom))
    const { doc, turns } = transcript(e, summary.documentId)
    expect(turns.map((t) => [t.speaker, t.atMs, t.untilMs, t.words])).toEqual([
      ['Claire Dubois', 1000, 4500, 'Bonjour à tous.'],
      ['Marc Petit', 4500, 12000, 'Bonjour. Alors, pour commencer: on manque de temps. Vraiment.'],
      ['Claire Dubois', 3723004, 3725000, 'Merci !'],
    ])
    expect(doc.text).not.toContain('Marc Petit')
    expect(summary.speakers).toEqual(['Claire Dubois', 'Marc Petit'])
    // An interview completed on site stays completed: the transcript is one more document of it.
    expect(e.interviews.get(interview.id)!.status).toBe('completed')
  })
})

describe('importing a SubRip transcript (.srt)', () => {
  it('reads numbered captions with speakers, markup left out', () => {
    const { e, interview } = study()
    const srt = [
      '1',
      '00:00:01,000 --> 00:00:03,200',
      'Intervieweuse : Comment circule l’information ?',
      '',
      '2',
      '00:00:03,500 --> 00:00:06,000',
      'R01: Par mail, surtout.',
      '<i>Parfois</i> par le chat.',
      '',
      '3',
      '00:00:06,000 --> 00:00:07,000',
      'Et au téléphone.',
      '',
      '4',
      '00:00:08,000 --> 00:00:10,000',
      'Intervieweuse : Et entre les sites ?',
      '',
    ].join('\r\n')
    const summary = importTranscript(e, interview.id, writeFile('entretien.srt', srt))
    const { doc, turns } = transcript(e, summary.documentId)
    expect(doc.text).toBe(
      'Comment circule l’information ?\n\nPar mail, surtout. Parfois par le chat. Et au téléphone.\n\nEt entre les sites ?',
    )
    // A caption without a label continues the speaker before it.
    expect(turns.map((t) => [t.speaker, t.atMs, t.untilMs, t.words])).toEqual([
      ['Intervieweuse', 1000, 3200, 'Comment circule l’information ?'],
      ['R01', 3500, 7000, 'Par mail, surtout. Parfois par le chat. Et au téléphone.'],
      ['Intervieweuse', 8000, 10000, 'Et entre les sites ?'],
    ])
    expect(summary).toMatchObject({ turns: 3, speakers: ['Intervieweuse', 'R01'] })
  })

  it('joins the captions of a file that names no speaker into paragraphs, split at a pause after a sentence', () => {
    const { e, interview } = study()
    const srt =
      '1\n00:00:01,000 --> 00:00:02,000\nPremière phrase.\n\n2\n00:00:02,000 --> 00:00:03,500\nSeconde phrase.\n\n' +
      '3\n00:00:06,000 --> 00:00:07,000\nAprès un silence.\n'
    const summary = importTranscript(e, interview.id, writeFile('sans-noms.srt', srt))
    expect(transcript(e, summary.documentId).turns.map((t) => [t.speaker, t.atMs, t.untilMs, t.words])).toEqual([
      [null, 1000, 3500, 'Première phrase. Seconde phrase.'],
      [null, 6000, 7000, 'Après un silence.'],
    ])
    expect(summary.speakers).toEqual([])
  })
})

describe('importing a Word transcript (.docx)', () => {
  it('keeps accents, smart quotes and tabs, and reads "Name (00:01:02):" turns', () => {
    const { e, interview } = study()
    const body = [
      '<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:r><w:t>Entretien R01 – 12 mars</w:t></w:r></w:p>',
      '<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">Claire Dubois (00:01:02) : </w:t></w:r>',
      '<w:r><w:t>Qu’est-ce qu’un “bon” élève pour vous ?</w:t></w:r></w:p>',
      '<w:p><w:r><w:t xml:space="preserve">Marc Petit : </w:t></w:r><w:r><w:t>Un élève qui ose.</w:t></w:r>',
      '<w:del w:id="1" w:author="Claire"><w:r><w:delText>supprimé</w:delText></w:r></w:del>',
      '<w:r><w:tab/><w:t>Qui pose des questions &amp; qui s&#8217;entraide.</w:t></w:r></w:p>',
      '<w:p/>',
      '<w:p><w:r><w:t>Il faut l’encourager.</w:t></w:r><w:r><w:br/><w:t>Toujours.</w:t></w:r></w:p>',
      '<w:p><w:r><w:t>Claire Dubois (00:02:10.500): Merci.</w:t></w:r></w:p>',
    ].join('')
    const summary = importTranscript(e, interview.id, writeFile('Entretien R01.docx', docx(body)))
    const { doc, turns } = transcript(e, summary.documentId)
    expect(turns.map((t) => [t.speaker, t.atMs, t.untilMs, t.words])).toEqual([
      [null, null, null, 'Entretien R01 – 12 mars'],
      ['Claire Dubois', 62000, null, 'Qu’est-ce qu’un “bon” élève pour vous ?'],
      [
        'Marc Petit',
        null,
        null,
        'Un élève qui ose.\tQui pose des questions & qui s’entraide.\nIl faut l’encourager.\nToujours.',
      ],
      ['Claire Dubois', 130500, null, 'Merci.'],
    ])
    expect(doc.text).toBe(turns.map((t) => t.words).join('\n\n'))
    expect(doc.text).not.toContain('supprimé')
    expect(doc).toMatchObject({ kind: 'transcript', source: 'Entretien R01.docx' })
    expect(summary.speakers).toEqual(['Claire Dubois', 'Marc Petit'])
    expect(e.documents.search('eleve').map((h) => h.documentId)).toEqual([summary.documentId])
  })
})

describe('importing a plain-text transcript (.txt)', () => {
  it('decodes Windows-1252 and reads "Name : text" turns, a line without a label continuing the turn', () => {
    const { e, interview } = study()
    const txt =
      'Entretien avec R01\r\n\r\n' +
      'Claire Dubois : Qu’est-ce qui vous aide au quotidien ?\r\n' +
      'Marc Petit : L’entraide, c’est sûr.\r\n' +
      'Ça et les réunions d’équipe.\r\n\r\n' +
      'Claire Dubois : Merci.\r\n'
    const summary = importTranscript(e, interview.id, writeFile('notes.txt', windows1252(txt)))
    const { turns } = transcript(e, summary.documentId)
    expect(turns.map((t) => [t.speaker, t.atMs, t.words])).toEqual([
      [null, null, 'Entretien avec R01'],
      ['Claire Dubois', null, 'Qu’est-ce qui vous aide au quotidien ?'],
      ['Marc Petit', null, 'L’entraide, c’est sûr.\nÇa et les réunions d’équipe.'],
      ['Claire Dubois', null, 'Merci.'],
    ])
    expect(summary.speakers).toEqual(['Claire Dubois', 'Marc Petit'])
  })

  it('keeps paragraphs as turns of no named speaker when few of them start with a label', () => {
    const { e, interview } = study()
    const txt = '\ufeffUn premier paragraphe,\nsur deux lignes.\n\nPar exemple : une phrase.\n\nUn troisième.\n'
    const summary = importTranscript(e, interview.id, writeFile('compte-rendu.txt', txt))
    const { doc, turns } = transcript(e, summary.documentId)
    expect(doc.text).toBe('Un premier paragraphe,\nsur deux lignes.\n\nPar exemple : une phrase.\n\nUn troisième.')
    expect(turns.map((t) => [t.speaker, t.words])).toEqual([
      [null, 'Un premier paragraphe,\nsur deux lignes.'],
      [null, 'Par exemple : une phrase.'],
      [null, 'Un troisième.'],
    ])
    expect(summary.speakers).toEqual([])
  })
})

describe('refusing a transcript file, nothing written', () => {
  it('refuses a .vtt without the WEBVTT header', () => {
    const { e, interview } = study()
    const file = writeFile('sans-entete.vtt', '1\n00:00:01.000 --> 00:00:02.000\nBonjour.\n')
    const err = expectRefused(e, interview.id, file)
    expect(err.problems).toEqual([
      { line: 1, key: 'transcript.problem.missingHeader', params: { file: 'sans-entete.vtt', line: 1 } },
    ])
    expect(err.message).toContain('does not start with WEBVTT')
    expect(err.subject).toBe('sans-entete.vtt')
  })

  it('refuses bad timings, every one listed by line', () => {
    const { e, interview } = study()
    const vtt = [
      'WEBVTT',
      '',
      '00:00:01.000 --> 00:00:02.000',
      'Claire Dubois: Bonjour.',
      '',
      '00:00:0x.000 --> 00:00:04.000',
      'Marc Petit: Bonjour.',
      '',
      'c3',
      '00:01:70.000 --> 00:01:72.000',
      'Marc Petit: Hum.',
      '',
      '00:00:09.000 --> 00:00:08.000',
      'Claire Dubois: Et ?',
      '',
      'Un texte sans minutage.',
    ].join('\n')
    const err = expectRefused(e, interview.id, writeFile('abime.vtt', vtt))
    expect(err.problems!.map((p) => [p.line, p.key, p.params.value ?? null])).toEqual([
      [6, 'transcript.problem.badTiming', '00:00:0x.000 --> 00:00:04.000'],
      [10, 'transcript.problem.badTiming', '00:01:70.000 --> 00:01:72.000'],
      [13, 'transcript.problem.endBeforeStart', null],
      [16, 'transcript.problem.missingTiming', null],
    ])
    expect(err.message.split('\n')[0]).toBe(
      'Line 6: "00:00:0x.000 --> 00:00:04.000" is not a valid caption timing. Write it as 00:01:02.345 --> 00:01:05.000 (hours:minutes:seconds.milliseconds, minutes and seconds below 60).',
    )
    expect(translate('fr', 'transcript.problem.endBeforeStart', err.problems![2]!.params)).toBe(
      'Ligne 13\u202f: ce sous-titre se termine (00:00:08.000) avant de commencer (00:00:09.000). Corrigez ses horaires.',
    )
  })

  it('refuses an .srt caption without its timing line', () => {
    const { e, interview } = study()
    const srt = '1\n00:00:01,000 --> 00:00:02,000\nBonjour.\n\n2\nAu revoir.\n'
    const err = expectRefused(e, interview.id, writeFile('incomplet.srt', srt))
    expect(err.problems!.map((p) => [p.line, p.key])).toEqual([[5, 'transcript.problem.missingTiming']])
  })

  it('refuses an empty file, whatever its format, and one that holds no words', () => {
    const { e, interview } = study()
    for (const [name, content] of [
      ['vide.vtt', ''],
      ['vide.docx', ''],
      ['blanc.txt', '\ufeff \r\n\r\n\t\r\n'],
      ['blanc.srt', '\n\n'],
    ] as const) {
      const err = expectRefused(e, interview.id, writeFile(name, content))
      expect(err.problems, name).toEqual([{ line: null, key: 'transcript.problem.emptyFile', params: { file: name } }])
      expect(err.message).toBe(
        `${name} is empty. Check that you chose the right file, or export the transcript again from Teams, Zoom or Word.`,
      )
    }
    for (const [name, content] of [
      ['entete-seul.vtt', 'WEBVTT\n\nNOTE rien\n'],
      ['captions-vides.srt', '1\n00:00:01,000 --> 00:00:02,000\n<i></i>\n'],
      ['sans-texte.docx', docx('<w:p/><w:p><w:r><w:t xml:space="preserve">   </w:t></w:r></w:p>')],
    ] as const) {
      const err = expectRefused(e, interview.id, writeFile(name, content))
      expect(
        err.problems!.map((p) => p.key),
        name,
      ).toEqual(['transcript.problem.noWords'])
    }
  })

  it('refuses a file of another format, a .docx that is not one, and a binary .txt', () => {
    const { e, interview } = study()
    expect(expectRefused(e, interview.id, writeFile('entretien.pdf', '%PDF-1.7')).problems!.map((p) => p.key)).toEqual([
      'transcript.problem.unsupportedFile',
    ])
    expect(expectRefused(e, interview.id, writeFile('ancien.docx', 'not a zip')).problems!.map((p) => p.key)).toEqual([
      'transcript.problem.badDocx',
    ])
    const noMainPart = zipSync({ 'word/styles.xml': strToU8('<w:styles/>') })
    expect(expectRefused(e, interview.id, writeFile('vide.docx', noMainPart)).problems!.map((p) => p.key)).toEqual([
      'transcript.problem.badDocx',
    ])
    const brokenXml = zipSync({ 'word/document.xml': strToU8('<w:document><w:body><w:p><w:t>a</w:t') })
    expect(expectRefused(e, interview.id, writeFile('casse.docx', brokenXml)).problems!.map((p) => p.key)).toEqual([
      'transcript.problem.badDocx',
    ])
    expect(
      expectRefused(
        e,
        interview.id,
        writeFile('photo.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d])),
      ).problems!.map((p) => p.key),
    ).toEqual(['transcript.problem.notText'])
  })

  it('refuses an interview that does not exist, and a file that does not', () => {
    const { e, interview } = study()
    const file = writeFile('teams.vtt', 'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Claire>Bonjour.</v>\n')
    const err = expectRefused(e, '6f1c1a52-0d5e-4a53-9f57-8a3f2a6b7c01', file, 'NOT_FOUND')
    expect(err.message).toContain('no interview 6f1c1a52-0d5e-4a53-9f57-8a3f2a6b7c01')
    const missing = expectRefused(e, interview.id, path.join(tempDir(), 'absent.vtt'), 'FILE_MISSING')
    expect(missing.message).toContain('absent.vtt does not exist')
  })
})

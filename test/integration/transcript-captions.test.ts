import { describe, expect, it } from 'vitest'
import { importTranscript } from '../../electron/core/transcripts/import-transcript'
import { TURN_PARAGRAPH_CHARS } from '../../electron/core/transcripts/join-captions'
import { TranscriptProblem } from '../../shared/api/transcripts'
import { translate } from '../../shared/i18n/translate'
import { writeFile } from '../helpers/import-files'
import { expectRefused, study, transcript } from '../helpers/transcript-study'

/** Imports a file into a new interview and gives its turns as [speaker, start, end, words]. */
function turnsOf(name: string, content: string | Uint8Array) {
  const { e, interview } = study()
  const summary = importTranscript(e, interview.id, writeFile(name, content))
  const { doc, turns } = transcript(e, summary.documentId)
  return { doc, summary, turns: turns.map((t) => [t.speaker, t.atMs, t.untilMs, t.words]) }
}

describe('caption files as recording tools write them', () => {
  it('reads the short timings of Teams (0:0:0.570: one-digit minutes and seconds)', () => {
    const vtt = [
      'WEBVTT',
      '',
      '0:0:0.0 --> 0:0:0.570',
      '<v Claire Dubois>Bonjour.</v>',
      '',
      '0:0:1.20 --> 0:0:3.5',
      '<v Marc Petit>Bonjour, merci.</v>',
    ].join('\n')
    expect(turnsOf('teams.vtt', vtt).turns).toEqual([
      ['Claire Dubois', 0, 570, 'Bonjour.'],
      ['Marc Petit', 1200, 3500, 'Bonjour, merci.'],
    ])
  })

  it('keeps a caption whole when a line of spaces follows its timing (yt-dlp): only an empty line ends a caption', () => {
    const vtt = [
      'WEBVTT',
      '',
      '00:00:01.000 --> 00:00:02.000 align:start position:0%',
      ' ',
      'On cherche tout.',
      '',
    ].join('\n')
    expect(turnsOf('yt.vtt', vtt).turns).toEqual([[null, 1000, 2000, 'On cherche tout.']])
  })

  it('starts a new caption at every timing line, even without the blank line before it, and never stores a timing as words', () => {
    const vtt = [
      'WEBVTT',
      '',
      '00:00:01.000 --> 00:00:02.000',
      'Claire Dubois: Bonjour.',
      '00:00:02.000 --> 00:00:03.000',
      'Marc Petit: Bonjour.',
    ].join('\n')
    const r = turnsOf('collé.vtt', vtt)
    expect(r.turns).toEqual([
      ['Claire Dubois', 1000, 2000, 'Bonjour.'],
      ['Marc Petit', 2000, 3000, 'Bonjour.'],
    ])
    expect(r.doc.text).not.toContain('-->')
    // An SRT number above the timing goes with its caption, not into the words before it.
    const srt = '1\n00:00:01,000 --> 00:00:02,000\nPremière.\n2\n00:00:02,000 --> 00:00:03,000\nSeconde.\n'
    expect(turnsOf('collé.srt', srt).doc.text).toBe('Première. Seconde.')
  })

  it('stores each word of rolling captions once (each caption repeats the last line of the one before)', () => {
    const vtt = [
      'WEBVTT',
      'Kind: captions',
      'Language: fr',
      '',
      '00:00:00.320 --> 00:00:02.750 align:start position:0%',
      ' ',
      'alors<00:00:00.640><c> on</c><00:00:00.960><c> commence</c>',
      '',
      '00:00:02.750 --> 00:00:02.760 align:start position:0%',
      'alors on commence',
      ' ',
      '',
      '00:00:02.760 --> 00:00:05.590 align:start position:0%',
      'alors on commence',
      'par<00:00:03.000><c> les</c><00:00:03.400><c> outils</c>',
      '',
      '00:00:05.590 --> 00:00:05.600 align:start position:0%',
      'par les outils',
      ' ',
      '',
      '00:00:05.600 --> 00:00:07.000 align:start position:0%',
      'par les outils',
      'du quotidien.',
    ].join('\n')
    expect(turnsOf('rolling.vtt', vtt).doc.text).toBe('alors on commence par les outils du quotidien.')
  })

  it('keeps words two consecutive captions share when the file does not roll', () => {
    const srt =
      '1\n00:00:01,000 --> 00:00:02,000\nOui.\n\n2\n00:00:02,000 --> 00:00:03,000\nOui.\n\n3\n00:00:03,000 --> 00:00:04,000\nC’est ça.\n'
    expect(turnsOf('oui.srt', srt).doc.text).toBe('Oui. Oui. C’est ça.')
  })

  it('takes only caption markup for markup: "2<3,5>1,4<6" is what was said', () => {
    const vtt = [
      'WEBVTT',
      '',
      '00:00:01.000 --> 00:00:04.000',
      'Le ratio passe de 2<3,5>1,4<6 à <i>mieux</i>, <c.yellow>vraiment</c> &lt;3 <b>&amp;</b> <00:00:02.000>fin.',
    ].join('\n')
    expect(turnsOf('ratio.vtt', vtt).doc.text).toBe('Le ratio passe de 2<3,5>1,4<6 à mieux, vraiment <3 & fin.')
  })

  it('refuses a UTF-32 file as an encoding it does not read, whichever its byte order, writing nothing', () => {
    const text = 'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nBonjour.\n'
    const le = new Uint8Array(4 + text.length * 4)
    const be = new Uint8Array(4 + text.length * 4)
    le.set([0xff, 0xfe, 0, 0])
    be.set([0, 0, 0xfe, 0xff])
    for (let i = 0; i < text.length; i++) {
      le[4 + i * 4] = text.charCodeAt(i)
      be[4 + i * 4 + 3] = text.charCodeAt(i)
    }
    for (const [name, bytes] of [
      ['utf32le.vtt', le],
      ['utf32be.vtt', be],
    ] as const) {
      const { e, interview } = study()
      const err = expectRefused(e, interview.id, writeFile(name, bytes))
      expect(err.problems!.map((p) => [p.key, p.params.encoding])).toEqual([
        ['transcript.problem.unsupportedEncoding', 'UTF-32'],
      ])
      const problem = TranscriptProblem.parse(err.problems![0])
      expect(translate('fr', problem.key, problem.params)).toContain('enregistrez-le à nouveau en UTF-8')
    }
  })
})

describe('speakers as transcription tools name them', () => {
  it('reads Zoom’s saved transcript: "[Name] 11:02:09" on its line, the words below', () => {
    const txt = '[Claire Dubois] 11:02:09\nBonjour à tous.\n\n[Marc Petit] 11:02:15\nBonjour.\nOn commence ?\n'
    expect(turnsOf('zoom.txt', txt).turns).toEqual([
      ['Claire Dubois', 39729000, null, 'Bonjour à tous.'],
      ['Marc Petit', 39735000, null, 'Bonjour.\nOn commence ?'],
    ])
  })

  it('reads "[id1] text" and "[00:12] [p1] text" labels, the time kept apart', () => {
    expect(turnsOf('ids.txt', '[id1] Bonjour.\n\n[id2] Bonjour, merci.\n').turns).toEqual([
      ['id1', null, null, 'Bonjour.'],
      ['id2', null, null, 'Bonjour, merci.'],
    ])
    expect(turnsOf('timed.txt', '[00:12] [p1] On y va.\n\n[00:15] [p2] D’accord.\n').turns).toEqual([
      ['p1', 12000, null, 'On y va.'],
      ['p2', 15000, null, 'D’accord.'],
    ])
  })

  it('reads ">> ALICE: text" in captions, and "[00:41] : text" as timed words of no named speaker', () => {
    const srt =
      '1\n00:00:01,000 --> 00:00:02,000\n>> ALICE: Bonjour.\n\n2\n00:00:02,000 --> 00:00:03,000\n>> BOB: Salut.\n'
    expect(turnsOf('chevrons.srt', srt).turns).toEqual([
      ['ALICE', 1000, 2000, 'Bonjour.'],
      ['BOB', 2000, 3000, 'Salut.'],
    ])
    const r = turnsOf('anonyme.txt', '[00:41] : Il faut chercher partout.\n\n[00:52] : Oui.\n')
    expect(r.turns).toEqual([
      [null, 41000, null, 'Il faut chercher partout.'],
      [null, 52000, null, 'Oui.'],
    ])
    expect(r.summary.speakers).toEqual([])
  })

  it('leaves "[rires] bon" in the words of a file whose speakers are written "Name: text"', () => {
    const txt = 'Claire : On commence ?\n\nMarc : Oui.\n[rires] Bon, allons-y.\n\nClaire : Merci.\n'
    expect(turnsOf('rires.txt', txt).turns).toEqual([
      ['Claire', null, null, 'On commence ?'],
      ['Marc', null, null, 'Oui.\n[rires] Bon, allons-y.'],
      ['Claire', null, null, 'Merci.'],
    ])
  })
})

describe('caption files without speaker names', () => {
  it('read as paragraphs: captions join until a sentence ends and a pause or a paragraph’s length comes', () => {
    const sentence = (i: number) => `Le jour ${i + 1}, nous cherchons les informations dans trois outils différents.`
    const captions: string[] = []
    let t = 0
    const time = (ms: number) =>
      `00:${String(Math.floor(ms / 60000)).padStart(2, '0')}:${String(Math.floor(ms / 1000) % 60).padStart(2, '0')}.${String(ms % 1000).padStart(3, '0')}`
    // Twenty sentences said without a pause (more than a paragraph), a 3 s silence, then one more.
    for (let i = 0; i < 20; i++, t += 1500) captions.push(`${time(t)} --> ${time(t + 1500)}`, sentence(i), '')
    captions.push(`${time(t + 3000)} --> ${time(t + 4000)}`, 'Après le silence.', '')
    const { turns } = turnsOf('sans-noms.vtt', ['WEBVTT', '', ...captions].join('\n'))
    const words = turns.map((turn) => String(turn[3]))
    expect(turns.every((turn) => turn[0] === null)).toBe(true)
    expect(words.at(-1)).toBe('Après le silence.')
    // Far fewer turns than captions; each paragraph reaches the length, ends on a sentence.
    expect(turns.length).toBeLessThan(6)
    for (const w of words.slice(0, -2)) expect(w.length).toBeGreaterThanOrEqual(TURN_PARAGRAPH_CHARS)
    for (const w of words) expect(w).toMatch(/\.$/)
    expect(words.join(' ')).toBe([...Array(20).keys()].map(sentence).join(' ') + ' Après le silence.')
  })

  it('do not split a sentence at a pause in its middle', () => {
    const vtt = [
      'WEBVTT',
      '',
      '00:00:01.000 --> 00:00:02.000',
      'On cherche',
      '',
      '00:00:06.000 --> 00:00:07.000',
      'partout.',
    ].join('\n')
    expect(turnsOf('pause.vtt', vtt).turns).toEqual([[null, 1000, 7000, 'On cherche partout.']])
  })
})

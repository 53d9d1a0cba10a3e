/** English messages of the transcript import (interviews done elsewhere: .txt, .docx, .vtt, .srt). */
export const enTranscripts = {
  'transcript.more.one': '… and {count} more problem',
  'transcript.more.other': '… and {count} more problems',

  'transcript.problem.unsupportedFile':
    '{file} is not a transcript Terrain can read. Import a .txt, .docx, .vtt (Teams, Zoom) or .srt file; save other formats (.doc, .pdf, .rtf) as .docx or .txt first.',
  'transcript.problem.unreadable':
    '{file} cannot be read. Check that it is a file (not a folder) that you may read and that no other program holds it, then try again.',
  'transcript.problem.emptyFile':
    '{file} is empty. Check that you chose the right file, or export the transcript again from Teams, Zoom or Word.',
  'transcript.problem.noWords':
    '{file} holds no transcript text: its captions or paragraphs are all empty. Check that you chose the right file, or export the transcript again.',
  'transcript.problem.unsupportedEncoding':
    '{file} is written in {encoding}, a text encoding Terrain does not read. Open it in a text editor and save it again as UTF-8 (in Notepad: Save as, Encoding: UTF-8), then import that file.',
  'transcript.problem.notText':
    '{file} is not a text file. Save the transcript as plain text (.txt), or as .docx, and import that file.',
  'transcript.problem.badDocx':
    '{file} cannot be read as a Word document: it is damaged, protected by a password, or not really a .docx file (an old .doc renamed, for example). Open it in Word, save it again as .docx without a password (or as .txt), and import that file.',
  'transcript.problem.missingHeader':
    'Line {line}: {file} does not start with WEBVTT, so it is not a WebVTT caption file. Download the transcript again from Teams or Zoom as .vtt, or import it as .srt or .txt if that is what it is.',
  'transcript.problem.missingTiming':
    'Line {line}: this caption has no timing line. Each caption starts with a line such as 00:01:02.345 --> 00:01:05.000 (00:01:02,345 in an .srt file), then its text; captions are separated by a blank line.',
  'transcript.problem.badTiming':
    'Line {line}: "{value}" is not a valid caption timing. Write it as 00:01:02.345 --> 00:01:05.000 (hours:minutes:seconds.milliseconds, minutes and seconds below 60).',
  'transcript.problem.endBeforeStart':
    'Line {line}: this caption ends ({end}) before it starts ({start}). Correct its times.',
} as const

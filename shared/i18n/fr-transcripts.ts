import type { enTranscripts } from './en-transcripts'

/** French messages of the transcript import (interviews done elsewhere: .txt, .docx, .vtt, .srt). */
export const frTranscripts: Record<keyof typeof enTranscripts, string> = {
  'transcript.more.one': '… et {count} autre problème',
  'transcript.more.other': '… et {count} autres problèmes',

  'transcript.problem.unsupportedFile':
    '{file} n’est pas une transcription que Terrain sait lire. Importez un fichier .txt, .docx, .vtt (Teams, Zoom) ou .srt ; enregistrez d’abord les autres formats (.doc, .pdf, .rtf) en .docx ou en .txt.',
  'transcript.problem.unreadable':
    'Impossible de lire {file}. Vérifiez qu’il s’agit bien d’un fichier (pas d’un dossier), que vous avez le droit de le lire et qu’aucun autre programme ne le bloque, puis réessayez.',
  'transcript.problem.emptyFile':
    '{file} est vide. Vérifiez que vous avez choisi le bon fichier, ou exportez de nouveau la transcription depuis Teams, Zoom ou Word.',
  'transcript.problem.noWords':
    '{file} ne contient aucun texte de transcription : ses sous-titres ou ses paragraphes sont tous vides. Vérifiez que vous avez choisi le bon fichier, ou exportez de nouveau la transcription.',
  'transcript.problem.unsupportedEncoding':
    '{file} est écrit en {encoding}, un codage de texte que Terrain ne lit pas. Ouvrez-le dans un éditeur de texte et enregistrez-le à nouveau en UTF-8 (dans le Bloc-notes\u202f: Enregistrer sous, Encodage\u202f: UTF-8), puis importez ce fichier.',
  'transcript.problem.notText':
    '{file} n’est pas un fichier texte. Enregistrez la transcription en texte brut (.txt) ou en .docx, et importez ce fichier.',
  'transcript.problem.badDocx':
    'Impossible de lire {file} comme un document Word : il est endommagé, protégé par un mot de passe, ou ce n’est pas vraiment un .docx (un ancien .doc renommé, par exemple). Ouvrez-le dans Word, enregistrez-le de nouveau en .docx sans mot de passe (ou en .txt), et importez ce fichier.',
  'transcript.problem.missingHeader':
    'Ligne {line} : {file} ne commence pas par WEBVTT, ce n’est donc pas un fichier de sous-titres WebVTT. Téléchargez de nouveau la transcription depuis Teams ou Zoom au format .vtt, ou importez-la en .srt ou en .txt si c’est ce qu’elle est.',
  'transcript.problem.missingTiming':
    'Ligne {line} : ce sous-titre n’a pas de ligne de minutage. Chaque sous-titre commence par une ligne comme 00:01:02.345 --> 00:01:05.000 (00:01:02,345 dans un fichier .srt), suivie de son texte ; une ligne vide sépare les sous-titres.',
  'transcript.problem.badTiming':
    'Ligne {line} : « {value} » n’est pas un minutage de sous-titre valide. Écrivez-le sous la forme 00:01:02.345 --> 00:01:05.000 (heures:minutes:secondes.millisecondes, minutes et secondes inférieures à 60).',
  'transcript.problem.endBeforeStart':
    'Ligne {line} : ce sous-titre se termine ({end}) avant de commencer ({start}). Corrigez ses horaires.',
}

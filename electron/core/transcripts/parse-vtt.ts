import { cueOfBlock, type Cue } from './cue-block'
import { cuesToTurns } from './cues-to-turns'
import { captionBlocks } from './caption-blocks'
import { withoutRollingRepeats } from './rolling-captions'
import type { ParsedTranscript } from './transcript'
import { MalformedTranscript, malformed, type ProblemDraft } from './transcript-problem'
import { transcriptText } from './transcript-text'

const HEADER = /^WEBVTT(?:[ \t]|$)/
/** Blocks that hold no words: comments, styles, regions. */
const NOT_A_CUE = /^(?:NOTE|STYLE|REGION)(?:[ \t]|$)/

/**
 * A WebVTT caption file as Teams and Zoom write their transcripts: the WEBVTT header, then
 * captions separated by blank lines, each with an optional identifier, a timing line
 * (00:01:02.345 --> 00:01:05.000) and its text, where a voice tag (<v Claire Dubois>, Teams) or a
 * "Claire Dubois: " label (Zoom) says who speaks.
 */
export function parseVtt(bytes: Uint8Array): ParsedTranscript {
  const [header, ...blocks] = captionBlocks(transcriptText(bytes))
  if (!header || header.line !== 1 || !HEADER.test(header.lines[0]!)) malformed('transcript.problem.missingHeader', 1)
  // A first caption written right under the header, without the blank line, is still a caption.
  const timingInHeader = header.lines.findIndex((l) => l.includes('-->'))
  if (timingInHeader > 0)
    blocks.unshift({ line: header.line + timingInHeader, lines: header.lines.slice(timingInHeader) })

  const problems: ProblemDraft[] = []
  const cues: Cue[] = []
  for (const block of blocks) {
    if (NOT_A_CUE.test(block.lines[0]!)) continue
    const cue = cueOfBlock(block, problems)
    if (cue) cues.push(cue)
  }
  if (problems.length > 0) throw new MalformedTranscript(problems)
  return { turns: cuesToTurns(withoutRollingRepeats(cues)) }
}

import { BorderStyle, LineRuleType, type IParagraphStyleOptions, type IStylesOptions } from 'docx'
import type { Language } from '../../../../shared/domain/groups'
import { COLOR, FONT, mm, pt, TEXT_WIDTH } from './word-theme'

/** The paragraph styles blocks are written with, by role; Word's built-in names where Word has one. */
export const STYLE = {
  lead: 'Lead',
  note: 'Note',
  edited: 'Edited',
  quote: 'Quote',
  caption: 'Caption',
  tableText: 'TableText',
  tableHead: 'TableHead',
  keyValue: 'KeyFigureValue',
  keyLabel: 'KeyFigureLabel',
  figure: 'Figure',
  tocHeading: 'TOCHeading',
  toc: 'TOC1',
  runningHead: 'RunningHead',
  coverKicker: 'CoverKicker',
  coverTitle: 'CoverTitle',
  coverClient: 'CoverClient',
  coverFoot: 'CoverFoot',
} as const

/**
 * Line spacing as a multiple of single, said explicitly: without lineRule="auto", LibreOffice
 * reads the value as an exact height, and a chart in such a paragraph is cut to one line.
 */
const lines = (multiple: number) => ({ line: Math.round(240 * multiple), lineRule: LineRuleType.AUTO })

const border = (color: string, eighths: number, space = 4) => ({
  style: BorderStyle.SINGLE,
  color,
  size: eighths,
  space,
})

/**
 * Word's styles for the report: Heading 1 for each section (an accent rule under it, as in the
 * PDF) and Heading 2, outline levels that the navigation pane and a table of contents read; a
 * Quote style for verbatims; the lead, note and consultant's-text paragraphs as the PDF draws them.
 */
export function reportStyles(lang: Language): IStylesOptions {
  const body = { font: FONT, color: COLOR.ink }
  return {
    default: {
      document: {
        run: { ...body, size: pt(10.5), language: { value: lang === 'fr' ? 'fr-FR' : 'en-GB' } },
        paragraph: { spacing: { after: mm(3), ...lines(1.15) } },
      },
      heading1: {
        run: { ...body, size: pt(19), bold: true },
        paragraph: {
          keepNext: true,
          keepLines: true,
          outlineLevel: 0,
          spacing: { before: 0, after: mm(5) },
          border: { bottom: border(COLOR.accent, 12, 6) },
        },
      },
      heading2: {
        run: { ...body, size: pt(13), bold: true },
        paragraph: { keepNext: true, keepLines: true, outlineLevel: 1, spacing: { before: mm(6), after: mm(2) } },
      },
      listParagraph: { paragraph: { spacing: { after: mm(1.2) } } },
    },
    paragraphStyles: [
      style(STYLE.lead, 'Lead', { run: { size: pt(12), bold: true, color: COLOR.accent } }),
      style(STYLE.note, 'Note', { run: { size: pt(9), color: COLOR.muted } }),
      style(STYLE.edited, 'Consultant text', {
        paragraph: { indent: { left: mm(3) }, border: { left: border(COLOR.believed, 12, 8) } },
      }),
      {
        id: STYLE.quote,
        name: 'Quote',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { font: FONT, italics: true },
        paragraph: {
          keepLines: true,
          indent: { left: mm(4), right: mm(2) },
          spacing: { before: mm(1.5), after: mm(1.5) },
          shading: { type: 'clear', color: 'auto', fill: COLOR.quoteGround },
          border: { left: border(COLOR.accent, 18, 8) },
        },
      },
      style(STYLE.caption, 'caption', {
        run: { size: pt(9), color: COLOR.muted },
        paragraph: { spacing: { before: mm(1.5), after: mm(5) } },
      }),
      style(STYLE.figure, 'Figure', {
        paragraph: { keepNext: true, keepLines: true, spacing: { before: mm(4), after: 0 } },
      }),
      style(STYLE.tableText, 'Table text', {
        run: { size: pt(9.5) },
        paragraph: { spacing: { after: 0, ...lines(1.05) } },
      }),
      style(STYLE.tableHead, 'Table heading', {
        basedOn: STYLE.tableText,
        run: { size: pt(8.5), bold: true, allCaps: true, color: COLOR.muted, characterSpacing: 6 },
        paragraph: { keepNext: true },
      }),
      style(STYLE.keyValue, 'Key figure', { run: { size: pt(20), bold: true }, paragraph: { spacing: { after: 0 } } }),
      style(STYLE.keyLabel, 'Key figure label', { paragraph: { spacing: { after: 0 } } }),
      style(STYLE.tocHeading, 'TOC Heading', {
        run: { size: pt(20), bold: true },
        paragraph: { spacing: { after: mm(8) } },
      }),
      // Each entry sets its own dotted tab stop for the page number: docx gives a style's tab stop no leader.
      style(STYLE.toc, 'toc 1', { run: { size: pt(11) }, paragraph: { spacing: { before: mm(2.2), after: mm(2.2) } } }),
      style(STYLE.runningHead, 'Running head', {
        run: { size: pt(8.5), color: COLOR.muted },
        paragraph: { spacing: { after: 0 }, rightTabStop: TEXT_WIDTH },
      }),
      style(STYLE.coverKicker, 'Cover kicker', {
        run: { size: pt(9), allCaps: true, color: COLOR.coverKicker, characterSpacing: 32 },
      }),
      style(STYLE.coverTitle, 'Cover title', {
        run: { size: pt(30), bold: true, color: 'FFFFFF' },
        paragraph: { spacing: { before: mm(10), after: mm(6), ...lines(1) } },
      }),
      style(STYLE.coverClient, 'Cover client', { run: { size: pt(15), color: COLOR.coverClient } }),
      style(STYLE.coverFoot, 'Cover foot', {
        run: { size: pt(10), color: COLOR.coverFoot },
        paragraph: { rightTabStop: mm(210 - 44) },
      }),
    ],
  }
}

type StyleBody = Pick<IParagraphStyleOptions, 'basedOn' | 'run' | 'paragraph'>

/**
 * A style of ours, the typeface said again: LibreOffice maps some names to its own styles (TOC
 * Heading to its Contents Heading, in another font) and keeps their font unless ours names one.
 */
function style(id: string, name: string, body: StyleBody): IParagraphStyleOptions {
  return {
    id,
    name,
    basedOn: body.basedOn ?? 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: { font: FONT, ...body.run },
    paragraph: body.paragraph,
  }
}

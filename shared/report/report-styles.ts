/** The report's print styles: A4, running header, page numbers, numbered contents, no split charts. */
export const REPORT_CSS = `
@page { size: A4; margin: 24mm 20mm 22mm 20mm;
  @top-left { content: string(client); font: 8.5pt 'Source Sans 3', sans-serif; color: #6b7785; }
  @top-right { content: string(section); font: 8.5pt 'Source Sans 3', sans-serif; color: #6b7785; }
  @bottom-left { content: string(confidential); font: 8pt 'Source Sans 3', sans-serif; color: #9aa5b1; }
  @bottom-right { content: counter(page) " / " counter(pages); font: 8.5pt 'Source Sans 3', sans-serif; color: #6b7785; } }
@page cover { margin: 0; @top-left { content: none } @top-right { content: none } @bottom-left { content: none } @bottom-right { content: none } }
:root { --ink: #17202a; --muted: #6b7785; --accent: #0f5e66; --line: #dfe3e8; --believed: #8e5baa; }
* { box-sizing: border-box; }
html { font-family: 'Source Sans 3', 'Segoe UI', Arial, sans-serif; font-size: 10.5pt; line-height: 1.5; color: var(--ink); }
body { margin: 0; }
.running-client { string-set: client content(text); display: none; }
.running-confidential { string-set: confidential content(text); display: none; }
h1, h2, .cover-title { font-family: 'Source Serif 4', Georgia, serif; font-weight: 600; color: var(--ink); }
.cover { page: cover; height: 297mm; padding: 0; display: flex; flex-direction: column; justify-content: space-between; background: #10222b; color: #fff; break-after: page; }
.cover-band { padding: 34mm 22mm 0; }
.cover-kicker { text-transform: uppercase; letter-spacing: 0.18em; font-size: 9pt; color: #8fc3c7; }
.cover-title { font-size: 30pt; line-height: 1.15; margin: 10mm 0 6mm; color: #fff; }
.cover-client { font-size: 15pt; color: #d7e6e8; }
.cover-foot { padding: 0 22mm 26mm; font-size: 10pt; color: #c3d1d6; display: flex; justify-content: space-between; }
.cover-rule { height: 3mm; background: linear-gradient(90deg, #0f5e66 0 60%, #8e5baa 60% 100%); }
.toc { break-after: page; }
.toc h1 { font-size: 20pt; margin: 0 0 8mm; }
.toc ol { list-style: none; padding: 0; margin: 0; }
.toc li { display: flex; border-bottom: 1px solid var(--line); padding: 2.2mm 0; font-size: 11pt; }
.toc a { color: var(--ink); text-decoration: none; flex: 1; }
.toc a::after { content: target-counter(attr(href), page); float: right; color: var(--muted); }
section.chapter { break-before: page; }
section.chapter > h1 { string-set: section content(text); font-size: 19pt; margin: 0 0 5mm; padding-bottom: 2.5mm; border-bottom: 2px solid var(--accent); }
h2 { font-size: 13pt; margin: 6mm 0 2mm; break-after: avoid; }
h2 + p { break-before: avoid; }
thead { display: table-header-group; }
p { margin: 0 0 3mm; orphans: 3; widows: 3; }
p.lead { font-size: 12pt; font-weight: 600; color: var(--accent); }
p.note { font-size: 9pt; color: var(--muted); }
p.edited { border-left: 2px solid var(--believed); padding-left: 3mm; white-space: pre-line; }
figure { margin: 4mm 0 5mm; break-inside: avoid; }
figure svg { display: block; width: 100%; height: auto; }
figcaption { font-size: 9pt; color: var(--muted); margin-top: 1.5mm; }
figcaption .fig-note { display: block; font-style: italic; }
table { width: 100%; border-collapse: collapse; margin: 3mm 0 5mm; font-size: 9.5pt; break-inside: auto; }
th { text-align: left; font-weight: 600; color: var(--muted); border-bottom: 1px solid var(--ink); padding: 1.5mm 2mm; font-size: 8.5pt; text-transform: uppercase; letter-spacing: 0.03em; }
td { border-bottom: 1px solid var(--line); padding: 1.5mm 2mm; vertical-align: top; }
tr { break-inside: avoid; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.quotes { margin: 4mm 0; display: flex; flex-direction: column; gap: 3mm; }
blockquote { margin: 0; padding: 2.5mm 4mm; background: #f3f7f8; border-left: 3px solid var(--accent); break-inside: avoid; }
blockquote p { margin: 0; font-family: 'Source Serif 4', Georgia, serif; font-style: normal; font-size: 10.5pt; }
blockquote footer { font-size: 8.5pt; color: var(--muted); margin-top: 1mm; }
.keyfigures { display: flex; gap: 4mm; margin: 3mm 0 5mm; }
.keyfigure { flex: 1; border-top: 2px solid var(--accent); padding-top: 2mm; }
.keyfigure .value { font-size: 20pt; font-weight: 700; }
ul, ol { margin: 0 0 4mm; padding-left: 6mm; }
li { margin-bottom: 1.2mm; }
@media screen {
  html { background: #e9ecef; }
  body { max-width: 210mm; margin: 8mm auto; background: #fff; box-shadow: 0 2px 10px rgba(0,0,0,.12); }
  .cover { height: auto; min-height: 240mm; }
  .toc, section.chapter { padding: 14mm 20mm; }
  section.chapter { border-top: 1px dashed var(--line); }
  .toc a::after { content: ''; }
}
`

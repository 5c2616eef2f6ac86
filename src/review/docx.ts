// The drafted review as a Word document (the `docx` library: Office Open XML, no Word needed). The
// same content and order as the Markdown and HTML renderings: key figures as a table (with the note
// when the store does not cover the previous period), the findings, the sections with the analyst's
// text (or the marked empty place), the dated entries, the readouts compared, the points where
// accounts differ, and the numbered source list. Each citation [n] is an internal link to the bookmark
// of source n, so Word jumps to it; the source's URL is an external link. Charts are not embedded
// (they are SVG, which Word reads only in recent versions); the figures table carries the numbers.
import { AlignmentType, Bookmark, Document, ExternalHyperlink, HeadingLevel, InternalHyperlink, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, ShadingType, type ParagraphChild } from 'docx';
import type { ReviewEntry } from './build.ts';
import type { DraftedReview, DraftSection, SourceEntry } from './draft.ts';
import { change, periodText, paragraphs } from './render.ts';
import { dateLabel } from '../chronicle/chronicle.ts';

/** Word's bookmark names take letters, digits and underscores. */
const anchor = (n: number) => `cite_${n}`;

function cites(ns: number[]): ParagraphChild[] {
  return ns.map((n) => new InternalHyperlink({ anchor: anchor(n), children: [new TextRun({ text: `[${n}]`, style: 'Hyperlink' })] }));
}

const text = (t: string, o: { bold?: boolean; italics?: boolean } = {}) => new TextRun({ text: t, ...o });

function entry(e: ReviewEntry): Paragraph {
  const children: ParagraphChild[] = [text(`${e.dateLabel}. `, { bold: true }), text(`${e.text} `), ...cites(e.citations)];
  if (e.topics.length) {
    children.push(text(' Topics mentioned: '));
    e.topics.forEach((t, i) => children.push(text(`${i ? '; ' : ''}${t.label} `), ...cites([t.citation])));
    children.push(text('.'));
  }
  return new Paragraph({ bullet: { level: 0 }, children });
}

function analyst(s: DraftSection): Paragraph[] {
  if (s.note) return paragraphs(s.note.text).map((p) => new Paragraph({ children: p.split('\n').map((line, i) => new TextRun({ text: line, break: i ? 1 : 0 })) }));
  return [
    new Paragraph({ children: [text(s.analyst ?? '', { italics: true })] }),
    new Paragraph({
      shading: { type: ShadingType.CLEAR, fill: 'FFF8E6', color: 'auto' },
      children: [text('Analyst’s interpretation — to be written. ', { bold: true }), text('This draft states only what its sources say.')],
    }),
  ];
}

function source(c: SourceEntry): Paragraph {
  const parts: ParagraphChild[] = [new Bookmark({ id: anchor(c.n), children: [text(`${c.n}. `, { bold: true })] })];
  const head = [c.outlet, c.title, c.date ? dateLabel(c.date) : null].filter(Boolean).join(', ');
  parts.push(text(head));
  if (c.url) {
    parts.push(text(', '));
    parts.push(/^https?:\/\//i.test(c.url) ? new ExternalHyperlink({ link: c.url, children: [new TextRun({ text: c.url, style: 'Hyperlink' })] }) : text(c.url));
  }
  parts.push(text(`: “${c.sentence}”`));
  return new Paragraph({ children: parts, spacing: { after: 80 } });
}

function figures(r: DraftedReview): Table {
  const cell = (t: string, o: { bold?: boolean; right?: boolean; indent?: boolean } = {}) =>
    new TableCell({ children: [new Paragraph({ alignment: o.right ? AlignmentType.RIGHT : AlignmentType.LEFT, indent: o.indent ? { left: 360 } : undefined, children: [text(t, { bold: o.bold })] })] });
  const rows = [new TableRow({ tableHeader: true, children: ['figure', 'this period', 'previous period', 'change'].map((h, i) => cell(h, { bold: true, right: i > 0 })) })];
  for (const f of r.figures) {
    rows.push(new TableRow({ children: [cell(f.label.trim(), { indent: f.label.startsWith(' ') }), cell(String(f.current), { right: true }), cell(f.previous === null ? '—' : String(f.previous), { right: true }), cell(change(f.current, f.previous), { right: true })] }));
  }
  return new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } });
}

export async function reviewDocx(r: DraftedReview): Promise<Buffer> {
  const body: Array<Paragraph | Table> = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [text(r.title)] }),
    new Paragraph({ children: [text(`Review period: ${periodText(r.period)}${r.warnings.length ? '' : ` (compared with ${periodText(r.previous)})`}`)] }),
    new Paragraph({ children: [text('Draft generated from the attaché record: every sentence of fact cites its source; sections marked for the analyst are left empty until the analyst writes them.', { italics: true })] }),
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [text('Key Figures')] }),
    ...r.warnings.map((w) => new Paragraph({ children: [text('Note. ', { bold: true }), text(w)] })),
    figures(r),
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [text('Findings')] }),
  ];
  if (r.findings.length === 0) body.push(new Paragraph({ children: [text('No finding: the record holds no contact of the focus countries with Russia in the period.', { italics: true })] }));
  for (const f of r.findings) body.push(new Paragraph({ bullet: { level: 0 }, children: [text(`${f.text} `), ...cites(f.citations)] }));
  for (const s of r.sections) {
    body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [text(s.title)] }));
    if (s.analyst || s.note) body.push(...analyst(s));
    for (const g of s.groups ?? []) {
      body.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [text(g.title)] }));
      if (g.entries.length === 0) body.push(new Paragraph({ children: [text('No contacts recorded in this period.', { italics: true })] }));
      body.push(...g.entries.map(entry));
    }
  }
  body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [text('Readouts Compared')] }));
  if (r.readouts.length === 0) body.push(new Paragraph({ children: [text('No readout of either side of a contact of the period is in the record.', { italics: true })] }));
  for (const d of r.readouts) {
    body.push(new Paragraph({ bullet: { level: 0 }, children: [text(`${d.heading} `, { bold: true }), ...cites(d.citations)] }));
    for (const p of d.points) body.push(new Paragraph({ bullet: { level: 1 }, children: [text(`${p.text} `), ...cites(p.citations)] }));
  }
  body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [text('Where the Accounts Differ')] }));
  if (r.differences.length === 0) body.push(new Paragraph({ children: [text('No contact of the period is reported by more than one account with differences.', { italics: true })] }));
  for (const d of r.differences) {
    body.push(new Paragraph({ bullet: { level: 0 }, children: [text(`${d.heading} `, { bold: true }), ...cites(d.citations)] }));
    for (const p of d.points) body.push(new Paragraph({ bullet: { level: 1 }, children: [text(`${p.text} `), ...cites(p.citations)] }));
  }
  body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [text('Sources')] }));
  body.push(...r.sources.map(source));
  const doc = new Document({
    title: r.title,
    description: `Review period ${r.period.from} – ${r.period.to}, focus ${r.focus.join(', ')}`,
    creator: 'attaché',
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    sections: [{ children: body }],
  });
  return Packer.toBuffer(doc);
}

// Rendering a drafted review as Markdown or as a standalone HTML page (Word: docx.ts; PDF: pdf.ts,
// which prints this HTML). Every citation [n] points at entry n of the numbered source list (outlet,
// title, date, URL and the quoted sentence); in HTML it links to that entry's anchor in the page, and
// the entry links to the original article, so the file works without a server. The analyst's text
// of a section, when written, takes the place of the marked empty space. Charts are embedded as SVG,
// and everything taken from documents or written by the analyst is escaped.
import type { ReviewEntry } from './build.ts';
import type { DraftedReview, DraftSection, SourceEntry } from './draft.ts';
import { dateLabel } from '../chronicle/chronicle.ts';
import { escapeHtml } from '../chronicle/render.ts';

const ANALYST_MD = '> **[Analyst’s interpretation — to be written.]** This draft states only what its sources say.';

export function change(cur: number, prev: number | null): string {
  if (prev === null) return '—';
  if (prev === 0) return cur === 0 ? '±0' : 'new';
  const pct = Math.round(((cur - prev) / prev) * 100);
  return `${cur - prev >= 0 ? '+' : ''}${cur - prev} (${pct >= 0 ? '+' : ''}${pct}%)`;
}

export function periodText(p: { from: string; to: string }): string {
  return `${dateLabel(p.from)} – ${dateLabel(p.to)}`;
}

/** "Outlet, Title, 19 April 2022, URL": the parts the store knows. */
export function sourceLine(c: SourceEntry): string {
  return [c.outlet, c.title, c.date ? dateLabel(c.date) : null, c.url].filter(Boolean).join(', ');
}

/** The analyst's text as paragraphs (blank lines separate them). */
export function paragraphs(text: string): string[] {
  return text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
}

function analystMd(s: DraftSection): string[] {
  if (s.note) return paragraphs(s.note.text).flatMap((p) => [p.replace(/\n/g, '  \n'), '']);
  return [`_${s.analyst}_`, '', ANALYST_MD, ''];
}

function entryMd(e: ReviewEntry): string {
  const topics = e.topics.length ? ` Topics mentioned: ${e.topics.map((t) => `${t.label} [${t.citation}]`).join('; ')}.` : '';
  return `- **${e.dateLabel}.** ${e.text} ${e.citations.map((n) => `[${n}]`).join('')}${topics}`;
}

export function reviewMarkdown(r: DraftedReview): string {
  const out = [`# ${r.title}`, '', `Review period: ${periodText(r.period)}${r.warnings.length ? '' : ` (compared with ${periodText(r.previous)})`}`, '', '_Draft generated from the attaché record: every sentence of fact cites its source; sections marked for the analyst are left empty._', ''];
  out.push('## Key Figures', '');
  for (const w of r.warnings) out.push(`> **Note.** ${w}`, '');
  out.push('| figure | this period | previous period | change |', '|---|---|---|---|');
  for (const f of r.figures) out.push(`| ${f.label.trim()}${f.label.startsWith(' ') ? ' (sub-total)' : ''} | ${f.current} | ${f.previous ?? '—'} | ${change(f.current, f.previous)} |`);
  out.push('');
  out.push('## Findings', '');
  if (r.findings.length === 0) out.push('_No finding: the record holds no contact of the focus countries with Russia in the period._');
  for (const f of r.findings) out.push(`- ${f.text} ${f.citations.map((n) => `[${n}]`).join('')}`);
  out.push('');
  for (const s of r.sections) {
    out.push(`## ${s.title}`, '');
    if (s.analyst || s.note) out.push(...analystMd(s));
    for (const g of s.groups ?? []) {
      out.push(`### ${g.title}`, '');
      if (g.entries.length === 0) out.push('_No contacts recorded in this period._');
      for (const e of g.entries) out.push(entryMd(e));
      out.push('');
    }
  }
  out.push('## Readouts Compared', '');
  if (r.readouts.length === 0) out.push('_No readout of either side of a contact of the period is in the record._', '');
  for (const d of r.readouts) {
    out.push(`- **${d.heading}** ${d.citations.map((n) => `[${n}]`).join('')}`);
    for (const p of d.points) out.push(`  - ${p.text} ${p.citations.map((n) => `[${n}]`).join('')}`);
  }
  out.push('');
  out.push('## Where the Accounts Differ', '');
  if (r.differences.length === 0) out.push('_No contact of the period is reported by more than one account with differences._', '');
  for (const d of r.differences) {
    out.push(`- **${d.heading}** ${d.citations.map((n) => `[${n}]`).join('')}`);
    for (const p of d.points) out.push(`  - ${p.text} ${p.citations.map((n) => `[${n}]`).join('')}`);
  }
  out.push('', '## Sources', '');
  for (const c of r.sources) out.push(`${c.n}. ${sourceLine(c)}: “${c.sentence}”`);
  return out.join('\n') + '\n';
}

const cite = (ns: number[]) => ns.map((n) => `<a class="cite" href="#cite-${n}">[${n}]</a>`).join('');

function entryHtml(e: ReviewEntry): string {
  const topics = e.topics.length ? ` Topics mentioned: ${e.topics.map((t) => `${escapeHtml(t.label)} ${cite([t.citation])}`).join('; ')}.` : '';
  return `<li><strong>${escapeHtml(e.dateLabel)}.</strong> ${escapeHtml(e.text)} ${cite(e.citations)}${topics}</li>`;
}

const ANALYST_HTML = '<div class="analyst"><strong>Analyst’s interpretation — to be written.</strong> This draft states only what its sources say.</div>';

function analystHtml(s: DraftSection): string {
  if (s.note) return `<div class="analyst-text" data-section="${escapeHtml(s.key)}">${paragraphs(s.note.text).map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`).join('')}</div>`;
  return `<p class="hint">${escapeHtml(s.analyst ?? '')}</p>${ANALYST_HTML}`;
}

function sourceHtml(c: SourceEntry): string {
  const url = c.url && /^https?:\/\//i.test(c.url) ? c.url : null;
  const title = url ? `<a href="${escapeHtml(url)}" rel="noopener noreferrer" target="_blank">${escapeHtml(c.title)}</a>` : escapeHtml(c.title);
  const parts = [c.outlet ? escapeHtml(c.outlet) : null, title, c.date ? escapeHtml(dateLabel(c.date)) : null, url ? `<span class="url">${escapeHtml(url)}</span>` : null].filter(Boolean);
  return `<li id="cite-${c.n}" value="${c.n}">${parts.join(', ')}: <q>${escapeHtml(c.sentence)}</q></li>`;
}

export function reviewHtml(r: DraftedReview): string {
  const body: string[] = [];
  body.push(`<h1>${escapeHtml(r.title)}</h1>`, `<p>Review period: ${escapeHtml(periodText(r.period))}${r.warnings.length ? '' : ` (compared with ${escapeHtml(periodText(r.previous))})`}</p>`);
  body.push('<p class="note">Draft generated from the attaché record: every sentence of fact cites its source; sections marked for the analyst are left empty.</p>');
  body.push('<h2>Key Figures</h2>');
  for (const w of r.warnings) body.push(`<p class="warning"><strong>Note.</strong> ${escapeHtml(w)}</p>`);
  body.push('<table><thead><tr><th>figure</th><th>this period</th><th>previous period</th><th>change</th></tr></thead><tbody>');
  for (const f of r.figures) body.push(`<tr${f.label.startsWith(' ') ? ' class="sub"' : ''}><td>${escapeHtml(f.label.trim())}</td><td>${f.current}</td><td>${f.previous ?? '—'}</td><td>${change(f.current, f.previous)}</td></tr>`);
  body.push('</tbody></table>');
  body.push('<h2>Findings</h2><ul>');
  if (r.findings.length === 0) body.push('<li><em>No finding: the record holds no contact of the focus countries with Russia in the period.</em></li>');
  for (const f of r.findings) body.push(`<li>${escapeHtml(f.text)} ${cite(f.citations)}</li>`);
  body.push('</ul>');
  for (const s of r.sections) {
    body.push(`<h2>${escapeHtml(s.title)}</h2>`);
    if (s.analyst || s.note) body.push(analystHtml(s));
    // The SVG is produced by vega from numbers, not from document text.
    if (s.country && r.charts[s.country]) body.push(`<figure class="chart">${r.charts[s.country]}</figure>`);
    for (const g of s.groups ?? []) {
      body.push(`<h3>${escapeHtml(g.title)}</h3><ul>`);
      body.push(g.entries.length ? g.entries.map(entryHtml).join('\n') : '<li><em>No contacts recorded in this period.</em></li>');
      body.push('</ul>');
    }
  }
  body.push('<h2>Readouts Compared</h2><ul>');
  if (r.readouts.length === 0) body.push('<li><em>No readout of either side of a contact of the period is in the record.</em></li>');
  for (const d of r.readouts) {
    body.push(`<li><strong>${escapeHtml(d.heading)}</strong> ${cite(d.citations)}<ul>${d.points.map((p) => `<li>${escapeHtml(p.text)} ${cite(p.citations)}</li>`).join('')}</ul></li>`);
  }
  body.push('</ul>');
  body.push('<h2>Where the Accounts Differ</h2><ul>');
  if (r.differences.length === 0) body.push('<li><em>No contact of the period is reported by more than one account with differences.</em></li>');
  for (const d of r.differences) {
    body.push(`<li><strong>${escapeHtml(d.heading)}</strong> ${cite(d.citations)}<ul>${d.points.map((p) => `<li>${escapeHtml(p.text)} ${cite(p.citations)}</li>`).join('')}</ul></li>`);
  }
  body.push('</ul><h2>Sources</h2><ol>');
  for (const c of r.sources) body.push(sourceHtml(c));
  body.push('</ol>');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(r.title)}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:56rem;margin:2rem auto;padding:0 1rem;color:#222}li{margin:.35rem 0}q{color:#444}
table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2rem .5rem;text-align:right}td:first-child,th:first-child{text-align:left}tr.sub td:first-child{padding-left:1.5rem}
.analyst{border:2px dashed #c90;background:#fff8e6;padding:.8rem;margin:.5rem 0}.analyst-text{border-left:3px solid #4a6fa5;padding:.1rem .8rem;margin:.5rem 0}.url{word-break:break-all;color:#555}.warning{border-left:4px solid #c60;padding-left:.6rem}
@media print{a{color:inherit;text-decoration:none}.analyst{border-style:dotted}}.hint{color:#666;font-style:italic}.note{color:#555}a.cite{text-decoration:none}figure.chart svg{max-width:100%;height:auto}</style>
</head><body>
${body.join('\n')}
</body></html>
`;
}

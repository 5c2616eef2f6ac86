// Rendering a chronicle as Markdown or as a standalone HTML page. Document text is untrusted:
// everything that comes from a document is escaped in HTML.
import type { Chronicle } from './chronicle.ts';
import { dateLabel } from './chronicle.ts';

function periodLine(c: Chronicle): string {
  if (!c.period.from && !c.period.to) return '';
  return `Period: ${c.period.from ? dateLabel(c.period.from) : '…'} – ${c.period.to ? dateLabel(c.period.to) : '…'}`;
}

export function toMarkdown(c: Chronicle): string {
  const lines = [`# ${c.title}`, ''];
  const p = periodLine(c);
  if (p) lines.push(p, '');
  if (c.entries.length === 0) lines.push('_No contacts recorded for this selection._', '');
  for (const e of c.entries) lines.push(`- **${e.dateLabel}.** ${e.text} ${e.citations.map((n) => `[${n}]`).join('')}`);
  lines.push('', '## Sources', '');
  for (const s of c.citations) {
    const where = [s.outlet, s.url].filter(Boolean).join(', ');
    lines.push(`${s.n}. ${s.document}${where ? ` (${where})` : ''}, characters ${s.start}–${s.end}: “${s.sentence.replace(/\s+/g, ' ').trim()}”`);
  }
  return lines.join('\n') + '\n';
}

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

export function toHtml(c: Chronicle): string {
  const items = c.entries
    .map((e) => `<li><strong>${escapeHtml(e.dateLabel)}.</strong> ${escapeHtml(e.text)} ${e.citations.map((n) => `<a href="#cite-${n}">[${n}]</a>`).join('')}</li>`)
    .join('\n');
  const sources = c.citations
    .map((s) => {
      const link = s.url && /^https?:\/\//.test(s.url) ? ` <a href="${escapeHtml(s.url)}" rel="noopener noreferrer">${escapeHtml(s.url)}</a>` : '';
      return `<li id="cite-${s.n}">${escapeHtml(s.document)}${s.outlet ? `, ${escapeHtml(s.outlet)}` : ''}${link}, characters ${s.start}–${s.end}: <q>${escapeHtml(s.sentence)}</q></li>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(c.title)}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#222}li{margin:.4rem 0}q{color:#444}</style>
</head><body>
<h1>${escapeHtml(c.title)}</h1>
<p>${escapeHtml(periodLine(c))}</p>
<ul>
${items || '<li><em>No contacts recorded for this selection.</em></li>'}
</ul>
<h2>Sources</h2>
<ol>
${sources}
</ol>
</body></html>
`;
}

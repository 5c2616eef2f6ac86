// Plain text → content regions. Boilerplate() lines (menus, social links, cookie and membership
// notices, caption credits, copyright footers) are left out of the regions but kept in the text,
// so that every offset still points into the document as stored.
import { join } from 'node:path';
import { lazy, zod } from '../lazy-zod.ts';
import { DATA_DIR } from '../paths.ts';
import { readYamlData } from '../data-cache.ts';
import type { Span } from '../types.ts';

const Boilerplate = lazy((z = zod()) => z.object({ line: z.array(z.string()), contains: z.array(z.string()) }));

interface Rules {
  line: RegExp;
  contains: RegExp;
}

let rules: Rules | null = null;
function loadRules(): Rules {
  if (rules) return rules;
  const b = readYamlData(join(DATA_DIR, 'lexicon', 'boilerplate.yaml'), (raw) => Boilerplate().parse(raw));
  rules = {
    line: new RegExp(`^\\s*(?:${b.line.join('|')})\\s*$`, 'iu'),
    contains: new RegExp(b.contains.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'iu'),
  };
  return rules;
}

/** Content regions of a plain-text document: one per kept line, offsets into `text`. */
export function contentRegions(text: string): Span[] {
  const { line, contains } = loadRules();
  const regions: Span[] = [];
  const re = /[^\r\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const s = m[0];
    if (!s.trim() || line.test(s)) continue;
    const hit = contains.exec(s);
    if (hit) {
      // A button label glued to the next paragraph by a scraper ("Become a memberOn Thursday, ...").
      const rest = s.slice(hit.index + hit[0].length);
      const glue = /^[a-z]*(?=[A-Z])/.exec(rest);
      if (glue && /^[A-Z][a-z]/.test(rest.slice(glue[0].length)) && rest.length > 40) {
        const start = m.index + hit.index + hit[0].length + glue[0].length;
        regions.push({ start, end: m.index + s.length });
      }
      continue;
    }
    regions.push({ start: m.index, end: m.index + s.length });
  }
  return withoutHeadlineLists(text, regions);
}

/** A line that reads as another story's headline: capitalised, four words or more, no closing punctuation. */
const HEADLINE = /^\s*\p{Lu}[^\n]{20,160}[^.!?:;"”’)\s]\s*$/u;

/**
 * "More news" after the article: four or more headlines in a row, after the body has begun (a line of
 * prose), are links to other stories; their contacts are not this document's.
 */
function withoutHeadlineLists(text: string, regions: Span[]): Span[] {
  const isHeadline = (r: Span) => {
    const line = text.slice(r.start, r.end);
    return HEADLINE.test(line) && line.trim().split(/\s+/).length >= 4;
  };
  let bodySeen = false;
  const drop = new Set<number>();
  for (let i = 0; i < regions.length; i++) {
    if (!isHeadline(regions[i])) {
      if (/[.!?"”]\s*$/.test(text.slice(regions[i].start, regions[i].end)) && regions[i].end - regions[i].start > 80) bodySeen = true;
      continue;
    }
    let j = i;
    while (j < regions.length && isHeadline(regions[j])) j++;
    if (bodySeen && j - i >= 4) for (let k = i; k < j; k++) drop.add(k);
    i = j - 1;
  }
  return drop.size ? regions.filter((_, i) => !drop.has(i)) : regions;
}

/** Markdown: the same text with markup characters blanked, so offsets stay those of the source. */
export function maskMarkdown(text: string): string {
  return text
    .replace(/!\[[^\]]*\]\([^)]*\)/g, (m) => ' '.repeat(m.length))
    .replace(/\[([^\]]*)\]\([^)]*\)/g, (m, t: string) => ` ${t}${' '.repeat(m.length - t.length - 1)}`)
    .replace(/^(\s{0,3})(#{1,6}|>|[-*+]|\d+\.)\s/gm, (m) => ' '.repeat(m.length))
    .replace(/(\*\*|__|\*|`)/g, (m) => ' '.repeat(m.length));
}

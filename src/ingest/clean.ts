// Plain text → content regions. Boilerplate() lines (menus, social links, cookie and membership
// notices, caption credits, copyright footers) are left out of the regions but kept in the text,
// so that every offset still points into the document as stored. Hard-wrapped text (wire copy,
// plain-text exports, PDFs turned to text: lines broken at a fixed width inside sentences) has the
// lines of each paragraph joined into one region (unwrap()); the readers take a line break inside a
// region for a space (softBreaks()), so the stored text and every offset stay those of the source.
import { join } from 'node:path';
import { lazy, zod } from '../lazy-zod.ts';
import { DATA_DIR } from '../paths.ts';
import { readYamlData } from '../data-cache.ts';
import type { Region, Span } from '../types.ts';

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
export function contentRegions(text: string): Region[] {
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
  return unwrap(text, withoutHeadlineLists(text, regions));
}

/** A line that opens structure, never a wrapped continuation: a list item, a "Name:" or "Name Surname:" turn. */
const STRUCTURE = /^\s*(?:[-–—•*·▪]\s|\d{1,2}[.)]\s|\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3}:\s)/u;
/** Sentence or clause end at the end of a line: what a paragraph's last line (or a lead-in) ends with. */
const LINE_END = /[.!?…:;]["”’»)]*\s*$/u;

/**
 * Joins the lines of hard-wrapped paragraphs into one region each. The document decides by its own
 * layout: the lines of prose cluster under a width (most within its last quarter, as a fixed-width
 * wrapper leaves them), and several full lines end mid-sentence with the next line going on in lower
 * case. In such a document a line is continued by the next when the next line's first word would not
 * have fitted after it (that is why the line was broken there) and it does not end a sentence or
 * open structure. Short lines (headlines, datelines, menus) are never full, so never joined; a width
 * under 50 is verse or a list set by hand, not a wrapper's (those fill 60 to 80 columns or more);
 * a blank line or a dropped line between two lines keeps them apart. Text set by hand, whose lines are
 * paragraphs of any length, has no width to find and is left as it is.
 */
function unwrap(text: string, regions: Span[]): Region[] {
  const lines = regions.map((r) => text.slice(r.start, r.end).trimEnd());
  const prose = lines.map((l) => l.trim().length).filter((n) => n >= 20).sort((a, b) => a - b);
  if (prose.length < 4) return regions;
  const width = prose[Math.floor(0.9 * (prose.length - 1))];
  if (width < 50 || width > 120 || prose.filter((n) => n >= 0.75 * width && n <= width).length < prose.length / 2) return regions;
  const adjacent = (i: number) => /^[ \t]*\r?\n[ \t]*$/.test(text.slice(regions[i].end, regions[i + 1].start));
  const firstWord = (l: string) => /\S+/.exec(l)?.[0].length ?? 0;
  const lower = (i: number) => /^\s*\p{Ll}/u.test(lines[i]);
  const indent = (i: number) => lines[i].length - lines[i].trimStart().length;
  // A line that ends a sentence goes on only into a lower-case word ("U.S.⏎officials"); never after a colon (a lead-in).
  // A line set in further than the one before opens a block (an indented quote, a markdown item whose
  // marker the masked view blanked), unless it carries on a list item ("- item⏎  its second line").
  const continues = (i: number) =>
    adjacent(i) &&
    !STRUCTURE.test(lines[i + 1]) &&
    (indent(i + 1) <= indent(i) || STRUCTURE.test(lines[i])) &&
    lines[i].trim().length + 1 + firstWord(lines[i + 1]) > 0.85 * width &&
    (!LINE_END.test(lines[i]) || (lower(i + 1) && !/:\s*$/.test(lines[i])));
  let joints = 0;
  for (let i = 0; i + 1 < regions.length; i++) if (continues(i) && lower(i + 1)) joints++;
  if (joints < 3) return regions;
  const out: Region[] = [];
  for (let i = 0; i < regions.length; i++) {
    if (i > 0 && continues(i - 1)) out[out.length - 1] = { start: out[out.length - 1].start, end: regions[i].end, wrapped: true };
    else out.push({ ...regions[i] });
  }
  return out;
}

/**
 * The text the sentence splitters read: line breaks inside a wrapped region (the joints of a
 * hard-wrapped paragraph, see unwrap()) become spaces, every other character and every offset stays
 * as it is. A region without the mark keeps its line breaks, which end paragraphs.
 */
export function softBreaks(view: string, regions: Region[]): string {
  let out: string | null = null;
  for (const r of regions) {
    if (!r.wrapped) continue;
    const body = view.slice(r.start, r.end);
    out = (out ?? view).slice(0, r.start) + body.replace(/[\r\n]/g, ' ') + (out ?? view).slice(r.end);
  }
  return out ?? view;
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

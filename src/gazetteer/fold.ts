// Folding of names for lookup: transliteration variants of one name fold to one key
// ("Sergei"/"Sergey", "Jeihun"/"Jeyhun", "Bulbuloglu" stays itself).

const memo = new Map<string, string>();
const MARKS = /\p{M}/gu;

export function fold(s: string): string {
  const hit = memo.get(s);
  if (hit !== undefined) return hit;
  const out = foldUncached(s);
  if (memo.size > 200_000) memo.clear();
  memo.set(s, out);
  return out;
}

/**
 * Puts keys folded earlier into the memo: `folded[i]` is fold(strings[i]), read back from the data
 * cache (gazetteer/index.ts). Ignored when the two lists do not pair up.
 */
export function rememberFolds(strings: readonly string[], folded: readonly string[]): void {
  if (strings.length !== folded.length) return;
  for (let i = 0; i < strings.length; i++) if (typeof folded[i] === 'string') memo.set(strings[i], folded[i]);
}

function foldUncached(s: string): string {
  return s
    .normalize('NFKD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(/[’'`ʼ]/g, '')
    .replace(/[^a-z\u0400-\u04ff ]+/g, ' ')
    .replace(/[ij]/g, 'y')
    .replace(/(.)\1+/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Lower-case and collapse white space, keeping letters as they are: for phrase lexicons. */
export function normPhrase(s: string): string {
  const lower = s.toLowerCase();
  // Most words and phrases are already in that form: the replacements run only where they change something.
  return UNNORMAL.test(lower) ? lower.replace(/[’']/g, "'").replace(/\s+/g, ' ').trim() : lower;
}
/** What normPhrase changes: a curly apostrophe, white space other than single spaces, white space at either end. */
const UNNORMAL = /’|[^\S ]| {2}|^ | $/;

/** Compare YYYY[-MM[-DD]] partial dates as the first or last day they may mean. */
export function dateBound(d: string | null | undefined, end: boolean): string | null {
  if (!d) return null;
  if (d.length === 10) return d;
  if (d.length === 7) return end ? `${d}-31` : `${d}-01`;
  return end ? `${d}-12-31` : `${d}-01-01`;
}

// Long lists of phrases (place names, country adjectives, role titles) as one regular expression.
// A flat alternation "Abu Dhabi|Almaty|Astana|…" makes the engine try every phrase at every position
// of the text; the same list shaped as a tree ("A(?:bu[\s-]Dhabi|lmaty|stana)|…") rejects a position
// after a character or two. The tree keeps the flat list's order wherever two phrases can match at
// the same place (a phrase and its own continuation: the longer is tried first), so both forms find
// the same matches.

interface Node {
  children: Map<string, Node>;
  end: boolean;
}

/**
 * One regex source fragment (no enclosing group) matching any of `phrases`. Each phrase is split
 * into atoms by `atoms` (default: one escaped character each, spaces and hyphens as `[\s-]`).
 * Atoms must be mutually exclusive when they differ (e.g. plain characters with a case-sensitive
 * regex, or lower-cased characters with the `i` flag).
 */
export function alternation(phrases: Iterable<string>, atoms: (phrase: string) => string[] = charAtoms): string {
  const root: Node = { children: new Map(), end: false };
  for (const p of phrases) {
    if (!p) continue;
    let n = root;
    for (const a of atoms(p)) {
      let c = n.children.get(a);
      if (!c) n.children.set(a, (c = { children: new Map(), end: false }));
      n = c;
    }
    n.end = true;
  }
  return emit(root);
}

function emit(n: Node): string {
  const parts: string[] = [];
  for (const [atom, child] of n.children) parts.push(atom + emit(child));
  // A phrase ending here is tried after its continuations: the longest phrase wins.
  if (n.end && parts.length) parts.push('');
  if (parts.length === 0) return '';
  if (parts.length === 1) return parts[0];
  return `(?:${parts.join('|')})`;
}

const SPECIAL = /[.*+?^${}()|[\]\\/]/;

/** One atom per character, regex-escaped; a space or a hyphen matches either (or any white space). */
export function charAtoms(phrase: string): string[] {
  const out: string[] = [];
  for (const ch of phrase) out.push(ch === ' ' || ch === '-' ? '[\\s-]' : SPECIAL.test(ch) ? `\\${ch}` : ch);
  return out;
}

/** One atom per character, regex-escaped, as written. */
export function literalAtoms(phrase: string): string[] {
  const out: string[] = [];
  for (const ch of phrase) out.push(SPECIAL.test(ch) ? `\\${ch}` : ch);
  return out;
}

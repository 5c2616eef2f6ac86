// Whose readout an account is: an official site's own text ("official"), a report that attributes
// what it tells to one side ("According to the Kremlin", "a statement issued by the Azerbaijani
// side", "the Armenian Foreign Ministry said": "attributed"), or a news outlet's own report.
import type { Gazetteer } from '../gazetteer/index.ts';
import { accountsLexicon } from './lexicon.ts';

export interface Attribution {
  kind: 'official' | 'attributed' | 'outlet';
  /** ISO3 code of the side whose account it is; null for an outlet's own report. */
  side: string | null;
  /** Who is speaking, as shown to people: the outlet, or the words of the attribution. */
  label: string;
  /** The attribution's span in the document, when the text gives one. */
  start: number | null;
  end: number | null;
}

export interface ScopeSentence {
  start: number;
  end: number;
  text: string;
}

const FRAMES = [
  /\baccording to (?:the )?(?<who>[^,.;:"“”]{3,70})/giu,
  /\b(?:statement|readout|press release|communiqu[eé]|message|report)s? (?:issued|released|published|posted|circulated|distributed) by (?:the )?(?<who>[^,.;:"“”]{3,70})/giu,
  /\b(?:press service|press office|website) of (?:the )?(?<who>[^,.;:"“”]{3,70})/giu,
  /(?<who>(?:the )?[\p{Lu}][\p{L}'’ -]{2,60}?)(?:'s|’s)? (?:press service |press office |website )?(?:said|says|reported|reports|announced|stated|informed|noted|wrote|added)\b/gu,
];
const INSTITUTION = /\b(?:kremlin|presidency|president'?s? office|press service|press office|ministry|mfa|government|office|side|administration|cabinet|apparatus|spokes(?:wo)?man|spokesperson|embassy|white house|state department)\b/i;
const WORD = /[\p{L}][\p{L}'’-]*/gu;

/** The country named in a phrase (adjective, name or metonym), or null. */
function countryIn(g: Gazetteer, phrase: string): { code: string; metonym: boolean } | null {
  const words = phrase.match(WORD) ?? [];
  for (let i = 0; i < words.length; i++) {
    for (const w of [words.slice(i, i + 2).join(' '), words[i].replace(/['’]s$/, '')]) {
      const c = g.countryOf(w);
      if (c) return { code: c.code, metonym: c.kind === 'metonym' };
    }
  }
  return null;
}

export function officialSide(outlet: string | null, url: string | null): string | null {
  let host: string | null = null;
  try {
    host = url ? new URL(url).hostname.replace(/^www\./, '') : null;
  } catch {
    host = null;
  }
  for (const s of accountsLexicon().sources) {
    if (host && s.hosts.some((h) => host === h || host!.endsWith(`.${h}`))) return s.side;
    if (outlet && s.outlets.some((o) => o.toLowerCase() === outlet.toLowerCase())) return s.side;
  }
  return null;
}

/** The first attribution to a side in the sentences, in their order. */
export function attributionIn(g: Gazetteer, sentences: ScopeSentence[]): Attribution | null {
  for (const s of sentences) {
    for (const re of FRAMES) {
      re.lastIndex = 0;
      for (let m = re.exec(s.text); m; m = re.exec(s.text)) {
        const who = m.groups!.who;
        const c = countryIn(g, who);
        if (!c || (!c.metonym && !INSTITUTION.test(who))) continue;
        const start = s.start + m.index;
        return { kind: 'attributed', side: c.code, label: m[0].trim(), start, end: start + m[0].length };
      }
    }
  }
  return null;
}

export function attribute(g: Gazetteer, doc: { outlet: string | null; url: string | null }, sentences: ScopeSentence[]): Attribution {
  const official = officialSide(doc.outlet, doc.url);
  if (official) return { kind: 'official', side: official, label: doc.outlet ?? official, start: null, end: null };
  return attributionIn(g, sentences) ?? { kind: 'outlet', side: null, label: doc.outlet ?? 'unknown outlet', start: null, end: null };
}

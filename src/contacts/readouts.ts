// Whose voice each of a document's accounts is, and what it claims: an account's sentences (its
// evidence and what follows it, up to another account's: claims.ts accountScope), the attribution
// they make (side.ts: the Kremlin, a ministry, an outlet…), and the topics each sentence raises or
// says were not raised, each with the side it speaks for. Pure: it needs only the document, its
// stored sentences and its accounts' evidence (store/contacts-assign.ts reads them).
import type { Gazetteer } from '../gazetteer/index.ts';
import type { Sentence } from '../types.ts';
import type { Account } from './account.ts';
import { attribute, attributionOfSentence, type Attribution } from './side.ts';
import { accountScope, claimsOf, type Claim } from './claims.ts';

/** One account's reading: the side whose readout it is, the attribution, the claims. */
export interface AccountReading {
  side: string | null;
  attribution: Attribution;
  claims: Claim[];
}

/**
 * The reading of each of a document's accounts (in the order given). `evidence`: each account's
 * evidence spans by event id, in document order.
 */
export function readAccounts(
  g: Gazetteer,
  doc: { text: string; lang: string | null; outlet: string | null; url: string | null },
  sentences: Sentence[],
  own: Account[],
  evidence: Map<number, Array<{ start: number; end?: number }>>,
): AccountReading[] {
  return own.map((a) => {
    const mine = evidence.get(a.eventId) ?? [];
    // Another account's sentences end this one's; a sentence two accounts share is no boundary.
    // A visit and the talks it was for (same day, a person in common) are told together: neither ends the other.
    const together = (b: typeof a) => b.date === a.date && (a.type === 'visit') !== (b.type === 'visit') && b.actors.some((x) => a.actors.includes(x));
    const others = own.filter((b) => b !== a && !together(b)).map((b) => evidence.get(b.eventId) ?? []).filter((e) => e.length > 0);
    const scope = accountScope(sentences, mine, others).map((s) => ({ start: s.start, end: s.end, paragraph: s.paragraph, text: doc.text.slice(s.start, s.end) }));
    const evidenceFirst = [...scope.filter((s) => mine.some((e) => e.start >= s.start && e.start < s.end)), ...scope];
    const who = attribute(g, doc, evidenceFirst, a.date);
    // Each sentence speaks for the side it attributes its words to; else, on an official site, for that
    // side, and in an outlet's report for the outlet (one quoted readout does not make the rest of it that side's).
    const claims = claimsOf(scope, doc.lang, (s) => attributionOfSentence(g, s, a.date), who.kind === 'official' ? who.side : null);
    return { side: who.side, attribution: who, claims };
  });
}

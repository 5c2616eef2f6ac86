// Choosing the contact an account joins: among the candidate accounts of other documents (stored
// ones, read by store/contacts-candidates.ts, and earlier ones of the same batch), the best match
// (match.ts), skipping any contact that already holds an account of the same document: one document
// tells of one contact once. A document's accounts choose together, best pairs first, so that a
// vaguer account of a document does not take the contact its exact account of that contact needed.
// Pure.
import { matchAccounts, type AccountKey, type MatchReason } from './match.ts';

/** An account another document gave, and the contact it belongs to. */
export interface Candidate {
  account: AccountKey & { eventId: number };
  contactId: number;
}

/** A contact chosen for an account: the reason, and the account of that contact it matched. */
export interface Choice {
  contactId: number;
  score: number;
  why: MatchReason;
  with: string;
}

/**
 * The contacts of one document's accounts, chosen together: every (account, contact) pair that
 * matches, the best first, each account and each contact taken once (one document tells of one
 * contact once). "Putin met Pashinyan" and a vaguer "the meeting" naming Pashinyan alone both match
 * the Putin–Pashinyan contact; the account that matches it best gets it, whatever their order in
 * the text. A tie goes to the earlier account, then to the earlier candidate. null: a new contact.
 */
export function assignDocument(accounts: AccountKey[], candsOf: (a: AccountKey) => Candidate[], docsOf: Map<number, Set<number>>): Array<Choice | null> {
  const pairs: Array<{ i: number; order: number; choice: Choice }> = [];
  accounts.forEach((a, i) => {
    const bestOf = new Map<number, { order: number; choice: Choice }>();
    candsOf(a).forEach((c, order) => {
      if (c.account.documentId === a.documentId || docsOf.get(c.contactId)?.has(a.documentId)) return;
      const why = matchAccounts(c.account, a);
      if (!why) return;
      const had = bestOf.get(c.contactId);
      if (!had || why.score > had.choice.score) bestOf.set(c.contactId, { order, choice: { contactId: c.contactId, score: why.score, why, with: c.account.uid } });
    });
    for (const x of bestOf.values()) pairs.push({ i, ...x });
  });
  pairs.sort((x, y) => y.choice.score - x.choice.score || x.i - y.i || x.order - y.order);
  const out: Array<Choice | null> = accounts.map(() => null);
  const taken = new Set<number>();
  for (const p of pairs) {
    if (out[p.i] || taken.has(p.choice.contactId)) continue;
    out[p.i] = p.choice;
    taken.add(p.choice.contactId);
  }
  return out;
}

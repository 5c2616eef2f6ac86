// Choosing the contact an account joins: among the candidate accounts of other documents (stored
// ones, read by store/contacts-candidates.ts, and earlier ones of the same batch), the best match
// (match.ts), skipping any contact that already holds an account of the same document: one document
// tells of one contact once. Pure.
import { matchAccounts, type AccountKey } from './match.ts';

/** An account another document gave, and the contact it belongs to. */
export interface Candidate {
  account: AccountKey & { eventId: number };
  contactId: number;
}

/** The best contact for `a` among the candidates (in event order), with the reason and the account matched. */
export function bestMatch(a: AccountKey, cands: Candidate[], docsOf: Map<number, Set<number>>) {
  let best: { contactId: number; score: number; why: NonNullable<ReturnType<typeof matchAccounts>>; with: string } | null = null;
  for (const c of cands) {
    if (c.account.documentId === a.documentId || docsOf.get(c.contactId)?.has(a.documentId)) continue;
    const why = matchAccounts(c.account, a);
    if (why && (!best || why.score > best.score)) best = { contactId: c.contactId, score: why.score, why, with: c.account.uid };
  }
  return best;
}

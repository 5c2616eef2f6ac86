// One document's account of a contact, as the contact logic sees it (the fields the matcher and the
// summary read, plus its event id and origin), a link carried over a re-extraction, and a contact's
// stable uid. Shapes and pure functions only; the store reads accounts (store/accounts.ts).
import { createHash } from 'node:crypto';
import type { AccountKey } from './match.ts';
import type { AccountFields } from './summary.ts';

export interface Account extends AccountKey, AccountFields {
  eventId: number;
  origin: string;
}

/** A link of an account to its contact, as it was before a re-extraction replaced the account. */
export interface PriorLink {
  key: AccountKey;
  contactId: number;
}

/** A contact's uid, derived from a seed (the uid of its first account): the same seed, the same uid. */
export function contactUid(seed: string): string {
  return `c${createHash('sha1').update(seed).digest('hex').slice(0, 15)}`;
}

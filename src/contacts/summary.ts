// The merged fields of a contact from its accounts: the date and type most accounts give (ties go to
// the earliest date and the fuller type), everyone named by any account, every topic once.
export interface AccountFields {
  type: string;
  date: string | null;
  initiator: string | null;
  location: string | null;
  topics: string[];
  participants: Array<{ actor_id: string; name: string; country: string | null; role: string | null }>;
  countries: string[];
}

export type ContactFields = AccountFields;

const TYPE_RANK = ['visit', 'summit', 'meeting', 'call'];

/** The most frequent value; ties broken by `better` (negative when the first is preferred). */
function mode<T>(values: T[], better: (a: T, b: T) => number): T | null {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | null = null;
  for (const [v, n] of counts) {
    if (best === null) best = v;
    else {
      const m = counts.get(best)!;
      if (n > m || (n === m && better(v, best) < 0)) best = v;
    }
  }
  return best;
}

export function summarize(accounts: AccountFields[]): ContactFields {
  if (accounts.length === 0) throw new Error('a contact needs at least one account');
  const dates = accounts.map((a) => a.date).filter((d): d is string => !!d);
  // A day date is more precise than a month: prefer the precise ones when any account has one.
  const precise = Math.max(0, ...dates.map((d) => d.length));
  const date = mode(dates.filter((d) => d.length === precise), (a, b) => a.localeCompare(b));
  const type = mode(accounts.map((a) => a.type), (a, b) => TYPE_RANK.indexOf(a) - TYPE_RANK.indexOf(b))!;
  const initiator = mode(accounts.map((a) => a.initiator).filter((x): x is string => !!x), () => 0);
  const location = mode(accounts.map((a) => a.location).filter((x): x is string => !!x), () => 0);
  const topics: string[] = [];
  const seen = new Set<string>();
  for (const t of accounts.flatMap((a) => a.topics)) {
    const k = t.toLowerCase();
    if (!seen.has(k)) topics.push(t), seen.add(k);
  }
  const participants: AccountFields['participants'] = [];
  for (const p of accounts.flatMap((a) => a.participants)) {
    const same = participants.find((q) => q.actor_id === p.actor_id);
    if (!same) participants.push({ ...p });
    else if (!same.role && p.role) same.role = p.role;
  }
  const countries = [...new Set(accounts.flatMap((a) => a.countries))];
  return { type, date, initiator, location, topics, participants, countries };
}

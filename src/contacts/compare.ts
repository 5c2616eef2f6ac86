// Accounts of one event side by side: the topics every account mentions, those only one account
// mentions, what each side's readout says (claims grouped by the side whose readout they retell, so a
// document reporting both sides' readouts gives both), which of the contact's states has a readout in
// the record and which has none, the topics one side's readout mentions and the other's omits (or
// says were not mentioned), and where the accounts disagree on date, type, participants, place or
// initiator. Pure.
import type { EventRow, AccountRow } from '../read-model/types.ts';
import { claimSide, isMention, type Claim } from './claims.ts';

export interface Mention {
  uid: string;
  side: string | null;
  document: string;
  start: number;
  end: number;
  sentence: string;
  /** The sentence attributing it to the side, when it is not the sentence itself. */
  voice?: Claim['voice'];
}

export interface TopicPresence {
  topic: string;
  label: string;
  /** Uids of the accounts that mention it, with the span each mention is in. */
  accounts: Mention[];
}

export interface Difference {
  field: 'date' | 'type' | 'location' | 'participants' | 'initiator';
  /** Each account's value (participants: the people the account leaves out of the merged list). */
  values: Array<{ uid: string; side: string | null; document: string; value: string | null }>;
}

/** One side's readout of the contact, as the record has it: from its own accounts and from sentences of other accounts that retell it. */
export interface Readout {
  side: string;
  /** How the readout is named (the outlet, or the words attributing it). */
  voices: string[];
  mentions: TopicPresence[];
  /** Subjects a sentence says this side's readout did not mention. */
  omissions: TopicPresence[];
}

/** A topic one side's readout mentions and another side's readout, present in the record, does not. */
export interface SideGap {
  topic: string;
  label: string;
  side: string;
  other: string;
  /** The mention by `side`. */
  mention: Mention;
  /** The sentence saying `other` did not mention it, when a source says so (else it is only absent). */
  explicit: Mention | null;
}

export interface Comparison {
  event: { id: number; uid: string; type: string; date: string | null };
  accounts: Array<{ uid: string; side: string | null; voice: string | null; source: string; document: string; date: string | null; type: string; location: string | null; participants: string[]; topics: string[]; notMentioned: string[] }>;
  shared: TopicPresence[];
  onlyOne: TopicPresence[];
  some: TopicPresence[];
  /** Explicit omissions: "not mentioned by X", each with its sentence (X = the side; null: the account's outlet). */
  notMentioned: Array<TopicPresence & { side: string | null }>;
  readouts: Readout[];
  /** The contact's states with a readout in the record, and those without. */
  published: string[];
  unpublished: string[];
  gaps: SideGap[];
  differences: Difference[];
}

const mentionOf = (a: AccountRow, c: Claim): Mention => ({ uid: a.uid, side: claimSide(c, a.side), document: a.document.name, start: c.start, end: c.end, sentence: c.sentence, voice: c.voice ?? null });

function presence(pairs: Array<[AccountRow, Claim]>): TopicPresence[] {
  const by = new Map<string, TopicPresence>();
  for (const [a, c] of pairs) {
    const p = by.get(c.topic) ?? { topic: c.topic, label: c.label, accounts: [] };
    if (!p.accounts.some((m) => m.uid === a.uid)) p.accounts.push(mentionOf(a, c));
    by.set(c.topic, p);
  }
  return [...by.values()];
}

function differ(field: Difference['field'], accounts: AccountRow[], value: (a: AccountRow) => string | null): Difference | null {
  const values = accounts.map((a) => ({ uid: a.uid, side: a.side, document: a.document.name, value: value(a) }));
  return new Set(values.map((v) => v.value)).size > 1 ? { field, values } : null;
}

export function compareAccounts(e: EventRow): Comparison {
  const n = e.accounts.length;
  const all = e.accounts.flatMap((a) => a.claims.map((c) => [a, c] as [AccountRow, Claim]));
  // The accounts' own topics: what each account's sentences say was discussed, whoever they quote.
  const topics = presence(all.filter(([, c]) => isMention(c)));
  const everyone = new Set(e.accounts.flatMap((a) => a.participants.map((p) => p.actor_id)));
  const names = new Map(e.accounts.flatMap((a) => a.participants.map((p) => [p.actor_id, p.name] as const)));
  const missing = (a: AccountRow) => {
    const left = [...everyone].filter((id) => !a.participants.some((p) => p.actor_id === id)).map((id) => names.get(id) ?? id);
    return left.length ? `does not name ${left.join(', ')}` : null;
  };
  const differences = [
    differ('date', e.accounts, (a) => a.date),
    differ('type', e.accounts, (a) => a.type),
    differ('location', e.accounts, (a) => a.location),
    differ('initiator', e.accounts.filter((a) => a.initiator), (a) => a.initiator),
    differ('participants', e.accounts, missing),
  ].filter((d): d is Difference => d !== null);

  // Readouts by side: an account's own side, and every claim's side (a sentence retelling a side's readout).
  const sides = [...new Set([...e.accounts.map((a) => a.side), ...all.map(([a, c]) => claimSide(c, a.side))].filter((s): s is string => !!s))];
  const readouts: Readout[] = sides.map((side) => {
    const own = all.filter(([a, c]) => claimSide(c, a.side) === side);
    const voices = new Set<string>();
    for (const a of e.accounts) if (a.side === side && a.attribution) voices.add(a.attribution.label);
    for (const [, c] of own) if (c.voice) voices.add(c.voice.label);
    return { side, voices: [...voices], mentions: presence(own.filter(([, c]) => isMention(c))), omissions: presence(own.filter(([, c]) => !isMention(c))) };
  });
  const published = e.countries.filter((c) => sides.includes(c));
  const unpublished = e.countries.filter((c) => !sides.includes(c));
  const gaps: SideGap[] = [];
  for (const r of readouts) {
    for (const o of readouts) {
      if (o === r) continue;
      for (const t of r.mentions) {
        if (o.mentions.some((x) => x.topic === t.topic)) continue;
        const explicit = o.omissions.find((x) => x.topic === t.topic)?.accounts[0] ?? null;
        gaps.push({ topic: t.topic, label: t.label, side: r.side, other: o.side, mention: t.accounts[0], explicit });
      }
    }
  }
  const notMentioned = all.filter(([, c]) => !isMention(c)).map(([a, c]) => ({ topic: c.topic, label: c.label, side: claimSide(c, a.side), accounts: [mentionOf(a, c)] }));
  return {
    event: { id: e.id, uid: e.uid, type: e.type, date: e.date },
    accounts: e.accounts.map((a) => ({
      uid: a.uid,
      side: a.side,
      voice: a.attribution?.voice ?? null,
      source: a.attribution?.label ?? a.document.outlet ?? a.document.name,
      document: a.document.name,
      date: a.date,
      type: a.type,
      location: a.location,
      participants: a.participants.map((p) => p.name),
      topics: a.claims.filter(isMention).map((c) => c.label).filter((l, i, xs) => xs.indexOf(l) === i),
      notMentioned: a.claims.filter((c) => !isMention(c)).map((c) => `${c.label} (not mentioned by ${claimSide(c, a.side) ?? 'the report'})`),
    })),
    shared: n > 1 ? topics.filter((t) => t.accounts.length === n) : [],
    onlyOne: n > 1 ? topics.filter((t) => t.accounts.length === 1) : [],
    some: topics.filter((t) => t.accounts.length > 1 && t.accounts.length < n),
    notMentioned,
    readouts,
    published,
    unpublished,
    gaps,
    differences,
  };
}

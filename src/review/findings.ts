// The review's findings: statements computed from the record, each with its citations — contacts by
// level pair, who initiated the calls, firsts and lapses of in-person meetings (from the whole store),
// contacts for which only one side's readout is in the record, and topics one side's readouts keep
// raising while the other's never do. Pure: the caller gives the contacts, the history and a way to
// cite; nothing here reads a store.
import type { Gazetteer } from '../gazetteer/index.ts';
import type { EventRow } from '../read-model/types.ts';
import type { Comparison } from '../contacts/compare.ts';
import { dateLabel } from '../chronicle/chronicle.ts';
import { pairLevel, PAIR_LEVELS, PAIR_LEVEL_LABEL, type PairLevel } from '../stats/levels.ts';

export interface Finding {
  kind: 'levels' | 'initiators' | 'first' | 'lapse' | 'one-side' | 'topic-one-side';
  country: string;
  text: string;
  citations: number[];
}

export interface FindingContext {
  period: { from: string; to: string };
  /** The period's contacts of Russia with the focus country (all formats), by date. */
  now: EventRow[];
  /** Every contact of Russia in the store up to the period's end (for firsts and lapses). */
  history: EventRow[];
  /** Citations of a contact's entry (the sentences that tell it). */
  cite: (e: EventRow) => number[];
  /** A contact's readouts side by side, with citations of each side's voice and of each topic mention. */
  compare: (e: EventRow) => { cmp: Comparison; voice: Map<string, number[]>; mention: (side: string, topic: string) => number[] };
}

/** Meetings, visits and summits: contacts in person. */
const IN_PERSON = new Set(['meeting', 'visit', 'summit']);
/** From this many days without one, an in-person meeting of two leaders is "the first since". */
export const LAPSE_DAYS = 180;
/** A topic one side's readouts raise for at least this many contacts (and the other's never) is a finding. */
const KEEPS = 2;

const DAY = 86_400_000;
/** A date's first day, as a time (a month-only date counts from its first day). */
const dayOf = (d: string) => Date.parse(`${d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d}T00:00:00Z`);
const days = (a: string, b: string) => Math.round((dayOf(b) - dayOf(a)) / DAY);
const surname = (name: string) => name.trim().split(/\s+/).pop() ?? name;

function sideName(g: Gazetteer, c: string): string {
  const adj = g.countries.get(c)?.adjectives[0];
  return adj ? `the ${adj} side` : c;
}

export function findings(g: Gazetteer, country: string, ctx: FindingContext): Finding[] {
  const out: Finding[] = [];
  const name = g.countries.get(country)?.name ?? country;
  const pair = ctx.now.filter((e) => e.countries.includes('RUS') && e.countries.includes(country));
  const uniq = (ns: number[]) => [...new Set(ns)];

  // Bilateral contacts by level pair (Russia's people and the focus country's, each side on its own):
  // the same contacts and the same rule as the key figures.
  const bilateral = pair.filter((e) => e.countries.length === 2);
  const byLevel = new Map<PairLevel, EventRow[]>(PAIR_LEVELS.map((l) => [l, []]));
  for (const e of bilateral) byLevel.get(pairLevel(g, e, 'RUS', country))!.push(e);
  if (bilateral.length) {
    const parts = PAIR_LEVELS.filter((l) => byLevel.get(l)!.length).map((l) => `${byLevel.get(l)!.length} of ${PAIR_LEVEL_LABEL[l]}`);
    // Cited: the contacts at the two highest level pairs (the others are in the chronicle).
    const top = PAIR_LEVELS.filter((l) => l !== 'other').flatMap((l) => byLevel.get(l)!);
    out.push({ kind: 'levels', country, text: `Russia and ${name}: ${bilateral.length} bilateral contact(s) in the period: ${parts.join(', ')}.`, citations: uniq(top.flatMap((e) => ctx.cite(e).slice(0, 1))) });
  }

  // Who initiated the bilateral calls.
  const calls = bilateral.filter((e) => e.type === 'call');
  if (calls.length) {
    const by = (c: string | null) => calls.filter((e) => e.initiator === c);
    const known = calls.filter((e) => e.initiator);
    const parts = [...new Set(known.map((e) => e.initiator!))].map((c) => `${by(c).length} by ${g.countries.get(c)?.name ?? c}`);
    const unknown = by(null).length;
    out.push({
      kind: 'initiators',
      country,
      text: `Bilateral telephone conversations between Russia and ${name}: ${calls.length}; initiated ${parts.length ? parts.join(', ') : 'by neither side, as far as the sources say'}${unknown && parts.length ? `; the initiator is not stated for ${unknown}` : ''}.`,
      citations: uniq((known.length ? known : calls).flatMap((e) => ctx.cite(e).slice(0, 1))),
    });
  }

  // Firsts and lapses: in-person meetings of the two sides' leaders (and foreign ministers), over the whole store.
  const inPerson = (e: EventRow) => IN_PERSON.has(e.type) && !!e.date;
  const pairsOf = (e: EventRow): Array<[EventRow['participants'][number], EventRow['participants'][number]]> => {
    const level = pairLevel(g, e, 'RUS', country);
    if (level !== 'head-head' && level !== 'fm-fm') return [];
    const ru = e.participants.filter((p) => p.country === 'RUS' && !p.actor_id.startsWith('x:'));
    const them = e.participants.filter((p) => p.country === country && !p.actor_id.startsWith('x:'));
    return ru.flatMap((r) => them.map((t) => [r, t] as [typeof r, typeof t]));
  };
  const start = ctx.history.map((e) => e.date).filter((d): d is string => !!d).sort()[0] ?? null;
  const seen = new Set<string>();
  for (const e of pair.filter(inPerson)) {
    for (const [r, t] of pairsOf(e)) {
      const key = `${r.actor_id}|${t.actor_id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const both = (x: EventRow) => x.participants.some((p) => p.actor_id === r.actor_id) && x.participants.some((p) => p.actor_id === t.actor_id);
      const before = ctx.history.filter((x) => x.id !== e.id && inPerson(x) && both(x) && x.date! < e.date!.slice(0, x.date!.length) ).sort((a, b) => b.date!.localeCompare(a.date!))[0];
      const who = `${surname(r.name)}–${surname(t.name)}`;
      if (!before) {
        out.push({ kind: 'first', country, text: `${dateLabel(e.date)}: the first in-person ${who} meeting in the record${start ? ` (which begins ${dateLabel(start)})` : ''}.`, citations: ctx.cite(e) });
      } else if (days(before.date!, e.date!) >= LAPSE_DAYS) {
        out.push({ kind: 'first', country, text: `${dateLabel(e.date)}: the first in-person ${who} meeting since ${dateLabel(before.date)}.`, citations: uniq([...ctx.cite(e), ...ctx.cite(before)]) });
      }
    }
  }
  // Lapses: leaders who met in person before the period and not in it.
  const leaders = (c: string, e: EventRow) => e.participants.filter((p) => p.country === c && pairLevel(g, e, 'RUS', country) === 'head-head');
  const earlier = ctx.history.filter((x) => inPerson(x) && x.date! < ctx.period.from.slice(0, x.date!.length) && x.countries.includes(country) && pairLevel(g, x, 'RUS', country) === 'head-head');
  const met = new Set(pair.filter(inPerson).flatMap((e) => pairsOf(e).map(([r, t]) => `${r.actor_id}|${t.actor_id}`)));
  const lapsed = new Map<string, EventRow>();
  for (const x of earlier.sort((a, b) => b.date!.localeCompare(a.date!))) {
    for (const r of leaders('RUS', x)) for (const t of leaders(country, x)) {
      const key = `${r.actor_id}|${t.actor_id}`;
      if (!met.has(key) && !lapsed.has(key)) lapsed.set(key, x);
    }
  }
  for (const [key, x] of lapsed) {
    const [r, t] = key.split('|').map((id) => x.participants.find((p) => p.actor_id === id)!);
    out.push({ kind: 'lapse', country, text: `No in-person ${surname(r.name)}–${surname(t.name)} meeting in the period; the last in the record: ${dateLabel(x.date)}.`, citations: ctx.cite(x) });
  }

  // Readouts: contacts for which only one side's readout is in the record; topics one side keeps raising.
  const compared = pair.map((e) => ({ e, ...ctx.compare(e) }));
  const withVoice = (c: (typeof compared)[number], side: string) => (c.voice.get(side)?.length ?? 0) > 0;
  for (const side of ['RUS', country]) {
    const other = side === 'RUS' ? country : 'RUS';
    const only = compared.filter((c) => withVoice(c, side) && !withVoice(c, other));
    if (only.length) {
      out.push({
        kind: 'one-side',
        country,
        text: `Only ${sideName(g, side)}'s readout is in the record for ${only.length} contact(s): ${only.map((c) => `${dateLabel(c.e.date)} (${c.e.type})`).join('; ')}.`,
        citations: uniq(only.flatMap((c) => c.voice.get(side)!)),
      });
    }
    // Topics this side's readouts mention for several contacts and the other side's readouts never do.
    const raised = new Map<string, { label: string; contacts: typeof compared }>();
    for (const c of compared) {
      for (const r of c.cmp.readouts.filter((x) => x.side === side)) {
        for (const t of r.mentions) {
          const entry = raised.get(t.topic) ?? { label: t.label, contacts: [] };
          if (!entry.contacts.includes(c)) entry.contacts.push(c);
          raised.set(t.topic, entry);
        }
      }
    }
    const otherRaises = new Set(compared.flatMap((c) => c.cmp.readouts.filter((x) => x.side === other).flatMap((r) => r.mentions.map((t) => t.topic))));
    for (const [topic, { label, contacts }] of raised) {
      if (contacts.length < KEEPS || otherRaises.has(topic)) continue;
      const heard = contacts.filter((c) => withVoice(c, other)).length;
      out.push({
        kind: 'topic-one-side',
        country,
        text: `${label}: ${sideName(g, side)}'s readouts mention it for ${contacts.length} contacts (${contacts.map((c) => dateLabel(c.e.date)).join('; ')}); no readout of ${sideName(g, other)} in the record mentions it in the period (its readout is in the record for ${heard} of these).`,
        citations: uniq(contacts.flatMap((c) => c.mention(side, topic))),
      });
    }
  }
  return out;
}

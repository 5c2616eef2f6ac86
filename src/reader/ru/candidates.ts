// Candidates: every contact word of a sentence gives one candidate per type, with the people, states,
// date, place and initiator it could take from its sentence and its window (the headline, the
// sentence before). Nothing is dropped here: each candidate carries the features and cues the
// decoder (decide.ts) rules on.
import type { DateValue, EventType } from '../../types.ts';
import type { Gazetteer } from '../../gazetteer/index.ts';
import type { PersonEntry } from '../../gazetteer/schema.ts';
import { toIso } from '../../extract/dates.ts';
import type { CueName } from './lexicon.ts';
import type { CueHit, TaggedSentence, TriggerHit } from './tag.ts';
import type { RuPerson } from './mentions.ts';
import type { Newcomers } from './newcomers.ts';

export interface Party {
  person: PersonEntry;
  /** The state the person acts for on the day; null for an organisation's office (CONVENTIONS: no code). */
  state: string | null;
  start: number;
  end: number;
  rule: string;
  /** The mention reads as the subject (nominative) of its sentence. */
  subject: boolean;
}

export interface Candidate {
  id: number;
  sentence: number;
  type: EventType;
  triggers: TriggerHit[];
  people: Party[];
  countries: Set<string>;
  date: DateValue | null;
  dateRule: string;
  location: string | null;
  initiator: string | null;
  cues: Set<CueName>;
  /** What the decoder and the trace read: rule ids, counts and flags. */
  features: Record<string, string | number | boolean>;
  rules: string[];
}

export interface DocContext {
  g: Gazetteer;
  tagged: TaggedSentence[];
  /** People the document names (a description resolves only to them: CONVENTIONS 10). */
  named: Set<string>;
  /** The report's own day: metadata or a dateline. */
  reportDay: DateValue | null;
  dateline: boolean;
  /** The lead says the report is of today ("сегодня", "проходят"): the headline's contact is of the report's day. */
  liveLead: boolean;
  /** A sentence opening with another partner of the contact before ("А также с …"): ru.yaml `ellipsis`. */
  ellipsis?: RegExp;
  /** Participles of travelling in an oblique case ("с находящимся в Москве с визитом …"): ru.yaml `visit_participles`. */
  visitParticiples?: RegExp;
  /** People the gazetteer lacks, read from the document, with the offices they were named with. */
  newcomers?: Newcomers;
}

const SPOKES = /spokesperson|press-secretary/;
/** A part of the day standing for today ("вечером", "сегодня утром"). */
const TODAY_PART = /(?<!\p{L})(?:вечером|утром|днём|днем)(?!\p{L})/iu;

/** The state a person acts for on a day: none for an organisation's office (the President of the European Council). */
export function stateOf(ctx: DocContext, p: PersonEntry, date: string | null): string | null {
  return ctx.g.roleAt(p, date)?.org ? null : p.country;
}

/** The people of a sentence who can take part: not a spokesperson, not a speaker quoted about it. */
export function actors(ctx: DocContext, t: TaggedSentence, date: string | null): Party[] {
  const speech = t.cues.filter((c) => c.cue === 'speech');
  return t.people
    .filter((p) => !SPOKES.test(ctx.g.roleAt(p.person, date)?.role ?? ''))
    // "Лавров заявил", "по словам Лаврова": the speaker; not "с Мирзиёевым, сообщает Кремль".
    .filter((p) => !speech.some((c) => (c.start >= p.end && c.start - p.end < 4 && p.cases.has('nominative')) || (c.end <= p.start && p.start - c.end < 3 && c.text.startsWith('по '))))
    .map((p: RuPerson) => ({ person: p.person, state: stateOf(ctx, p.person, date), start: p.start, end: p.end, rule: p.rule, subject: p.cases.has('nominative') }));
}

/** Roles not standing right before a name: resolved to the holder the document names, else a state only. */
export function roleParties(ctx: DocContext, t: TaggedSentence, date: string | null, subjectRole: string | null, at = Infinity): { people: Party[]; countries: string[] } {
  const people: Party[] = [];
  const countries: string[] = [];
  for (const r of t.roles) {
    if (t.people.some((p) => (p.start >= r.end && p.start - r.end <= 2) || p.role === r)) continue;
    for (const code of r.countries) {
      const role = r.role === 'leader' ? ctx.g.leaderRole(code) : r.role === 'counterpart' ? subjectRole : r.role;
      countries.push(code);
      if (!role) continue;
      // "российский министр": any minister of that state the document names.
      const holder = role === 'minister'
        ? [...ctx.named].map((id) => ctx.g.people.get(id)!).find((p) => p.country === code && /minister/.test(ctx.g.roleAt(p, date)?.role ?? ''))
        : ctx.g.holders(role, code, date).find((p) => ctx.named.has(p.id))
          // Else someone the gazetteer lacks whom the document named with that office: "министр торговли
          // Египта Карим Насер …" and later "египетский министр торговли".
          ?? newcomerHolder(ctx, role, r.role, code);
      // A role standing before the contact word with no name before it is the sentence's subject.
      const subject = r.start < at && !t.people.some((p) => p.start < r.start);
      if (holder) people.push({ person: holder, state: stateOf(ctx, holder, date), start: r.start, end: r.end, rule: `ru.role.${r.role}`, subject });
    }
  }
  return { people, countries };
}

/** The newcomer the document named with this office (or, for a state's leader, with any office that leads it). */
function newcomerHolder(ctx: DocContext, role: string, said: string, code: string): PersonEntry | undefined {
  if (!ctx.newcomers) return undefined;
  const hits = [...ctx.newcomers.offices].filter(([, o]) => o.state === code && (o.role === role || o.role === said));
  // Two people of one office and state: no telling which.
  return hits.length === 1 ? hits[0][0] : undefined;
}

export function cuesOf(t: TaggedSentence): Set<CueName> {
  return new Set(t.cues.map((c: CueHit) => c.cue));
}

/** The date of a candidate: its sentence's date nearest the contact word, else the report's day when the sentence is live. */
export function dateOf(ctx: DocContext, t: TaggedSentence, at: number, cues: Set<CueName>, lead: boolean, type: EventType): { date: DateValue | null; rule: string } {
  // A day scoped to another event's words ("накануне намеченной на 31 августа встречи") dates only them.
  const dates = t.dates.filter((d) => d.value && (!d.scope || (at >= d.scope.start && at < d.scope.end)));
  if (dates.length) {
    const best = dates.reduce((a, b) => (Math.abs(b.start - at) < Math.abs(a.start - at) ? b : a));
    // A visit over several days is dated by its first day (CONVENTIONS 3); a meeting or a call told
    // with the span ("5-6 мая … где был принят …") is of one of them, which the text does not say.
    if (best.span && (type === 'meeting' || type === 'call') && best.value) return { date: { ...best.value, day: null }, rule: 'ru.date.span-month' };
    return { date: best.value, rule: best.rule };
  }
  // "Ранее в тот же день …", "Тогда же …": the day the sentence before told, even when the words say earlier.
  if (cues.has('sameday')) {
    const before = ctx.tagged[t.sentence.index - 1];
    if (before && !before.sentence.heading) {
      const days = before.dates.filter((x) => x.value?.month != null && !x.scope);
      const word = before.triggers[0];
      if (days.length) {
        const d = word ? days.reduce((a, b) => (Math.abs(b.start - word.start) < Math.abs(a.start - word.start) ? b : a)) : days[days.length - 1];
        return { date: d.value, rule: 'ru.date.same-day' };
      }
      // Its contact dated another way (a dateline, its own sentence before): that date.
      if (word) {
        const d = dateOf(ctx, before, word.start, cuesOf(before), before.sentence.index <= 2, word.rule.type);
        if (d.date) return { date: d.date, rule: 'ru.date.same-day' };
      }
    }
  }
  if (cues.has('earlier')) return { date: null, rule: 'ru.date.earlier' };
  if (cues.has('present') && ctx.reportDay) return { date: ctx.reportDay, rule: 'ru.date.present' };
  // "вечером министр встретится с …": a time of day with no other day is the report's day.
  if (ctx.reportDay && TODAY_PART.test(t.sentence.text)) return { date: ctx.reportDay, rule: 'ru.date.time-of-day' };
  // The day (or month) the sentence before gave ("7 мая Жапаров прилетел в Москву. Там он встретился …"), in any
  // paragraph (agencies give each sentence a line), but not a headline's.
  const before = ctx.tagged[t.sentence.index - 1];
  // Only for a contact of the kind the sentence before told, or a meeting during the visit it told.
  const told = (k: string): boolean => before.triggers.some((h) => h.rule.type === k);
  if (before && !before.sentence.heading && !cues.has('future') && (told(type) || (type === 'meeting' && told('visit')))) {
    // The day told with that contact: the one nearest its word ("08.11.2022 | 10:15 7 ноября министры
    // провели встречу" gives 7 November, not the report's stamp).
    const word = before.triggers.find((h) => h.rule.type === type) ?? before.triggers.find((h) => h.rule.type === 'visit');
    const days = before.dates.filter((x) => x.value?.month != null && x.kind !== 'eve' && !x.scope);
    const d = word && days.length ? days.reduce((a, b) => (Math.abs(b.start - word.start) < Math.abs(a.start - word.start) ? b : a)) : undefined;
    if (d) return { date: d.value, rule: 'ru.date.paragraph' };
  }
  // A dated report (a dateline, a date line at the top) tells its news on its day: a contact with no
  // day of its own, not said to be earlier or ahead, is of that day (CONVENTIONS 8); so is the
  // headline's and the lead's when the lead says the report is live.
  if ((ctx.dateline || (lead && ctx.liveLead)) && ctx.reportDay && !cues.has('future') && !cues.has('earlier')) return { date: ctx.reportDay, rule: ctx.dateline ? 'ru.date.dateline' : 'ru.date.live-lead' };
  return { date: null, rule: 'ru.date.none' };
}

/**
 * The parties a sentence's window offers: the sentences before it in its paragraph (two at most),
 * then the headline. Each is read as its own sentence would be (people, roles, their states).
 */
export function windowParties(ctx: DocContext, i: number): Array<{ people: Party[]; countries: Set<string> }> {
  const t = ctx.tagged[i];
  const day = toIso(ctx.reportDay);
  const from: TaggedSentence[] = [];
  // The sentence before (in any paragraph: agencies give each sentence a line), and one more in the paragraph.
  for (let j = i - 1; j >= 0 && j >= i - 2 && (j === i - 1 || ctx.tagged[j].sentence.paragraph === t.sentence.paragraph); j--) from.push(ctx.tagged[j]);
  const head = ctx.tagged.find((x) => x.sentence.heading);
  if (head && head !== t && !from.includes(head) && head.sentence.index < i) from.push(head);
  return from.map((w) => {
    const people = actors(ctx, w, day);
    const roles = roleParties(ctx, w, day, people[0] ? ctx.g.roleAt(people[0].person, day)?.role ?? null : null);
    for (const r of roles.people) if (!people.some((p) => p.person === r.person)) people.push(r);
    const countries = new Set<string>(roles.countries);
    for (const p of people) if (p.state) countries.add(p.state);
    return { people, countries };
  });
}

// One sentence's candidates: a visit, a call, a meeting and a summit at most, each with the parties,
// date, place and initiator its words give. Calls are split one per partner (a call is between two
// sides); a meeting on the sidelines of a gathering gives the gathering too (CONVENTIONS 2).
import type { EventType } from '../../types.ts';
import { toIso } from '../../extract/dates.ts';
import type { CueHit, TaggedSentence, TriggerHit } from './tag.ts';
import type { CueName } from './lexicon.ts';
import { actors, cuesOf, dateOf, roleParties, windowParties, type Candidate, type DocContext, type Party } from './candidates.ts';

/** Cues of plan, negation and possibility: they bear on some of a sentence's contact words, not all. */
const SCOPED = new Set<CueName>(['negation', 'hypothetical', 'future', 'purpose']);

/** Characters between two spans (0 when they touch or overlap). */
function gap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, a.start - b.end, b.start - a.end);
}

/**
 * Does a cue bear on these contact words? One before every contact word bears on all ("Ранее …",
 * "не планируется …"); a verb that is itself a contact word governs the words after it ("приедут на
 * встречу"); any other bears on the contact word after it, else the nearest one ("поговорил по
 * телефону накануне намеченной на 31 августа встречи": the plan is the meeting's, not the call's).
 */
/** A subordinate clause: a comma, then где, куда, откуда or который in any form. */
const CLAUSE = /,\s*(?:(?:в|на|с|во|со)\s+)?(?:где|куда|откуда|котор\p{L}*)(?!\p{L})/gu;

/** A relative clause open where a cue stands: a comma, perhaps a preposition, "который" in any form. */
const RELATIVE_CLAUSE = /,\s*(?:\p{L}+\s+)?котор\p{L}*[^,]*$/u;

function bearsOn(t: TaggedSentence, c: CueHit, mine: TriggerHit[]): boolean {
  // A purpose is that of the contact words in it or after it, never of one told before it
  // ("встретился с Алиевым, чтобы обсудить …" is a meeting).
  if (c.cue === 'purpose') return mine[0].start >= c.start;
  if (c.start < t.triggers[0].start) return true;
  // To visit a gathering is to attend it: a negated visit verb ("саммиты … не посетила") bears on the
  // gathering words of its sentence too.
  const negatedVisit = c.cue === 'negation' && t.triggers.some((h) => h.rule.type === 'visit' && h.start >= c.start && h.end <= c.end);
  if (negatedVisit && mine.some((h) => h.rule.type === 'summit')) return true;
  // A cue in a relative clause is the clause's and its antecedent's ("встрече, которая пройдёт …"),
  // not a contact word's told further before ("Встреча прошла перед саммитом, на котором будет …").
  const clause = RELATIVE_CLAUSE.exec(t.sentence.text.slice(0, c.start - t.sentence.start));
  if (clause) {
    const at = t.sentence.start + clause.index;
    const antecedent = [...t.triggers].reverse().find((h) => h.end <= at && at - h.end < 40);
    if (antecedent && mine.includes(antecedent)) return true;
    if (mine[0].start < at) return false;
  }
  // "Двусторонних переговоров … на полях форума не запланировано": a contact word in the genitive
  // opening the sentence, a negated verb closing it with no contact word after: the negation is the
  // opening word's (the genitive of negation), whatever contact words stand between.
  if (c.cue === 'negation' && !t.triggers.some((h) => h.start >= c.end)) {
    const head = t.triggers[0];
    const opening = head.start - t.sentence.start < 30 && /^(?:\P{L}*\p{L}+\s+){0,2}$/u.test(t.sentence.text.slice(0, head.start - t.sentence.start));
    if (opening && GENITIVE_CONTACT.test(head.text) && mine.includes(head)) return true;
  }
  const verb = t.triggers.find((h) => h.start <= c.start && h.end >= c.end);
  if (verb) return mine.some((h) => h.start >= verb.start);
  // A plan word stands before what it plans ("намеченной … встречи", "пригласить … на встречу").
  const next = t.triggers.find((h) => h.start >= c.end && h.start - c.end < 90);
  const nearest = next ?? t.triggers.reduce((a, b) => (gap(b, c) < gap(a, c) ? b : a));
  return mine.includes(nearest) || mine.some((h) => h.rule.type === nearest.rule.type);
}

/** A contact noun in the genitive: "переговоров", "встречи", "беседы", "разговора", "звонка". */
const GENITIVE_CONTACT = /(?:ов|и|ы|а)$/u;

/** A meeting word in the plural: "встречи", "встречах", "переговорах". */
/** "встречи с …", "встречах с …": meetings, one per partner. */
const PLURAL_MEETINGS = /^встреч(?:и|ах|ами)$/u;
/** The verbs of meeting and receiving: "встретился", "встречался", "принял", "был принят". */
const MEET_VERB = /^(?:встре[тч]\p{L}*с[яь]|принял\p{L}*|принят\p{L}*|принимал\p{L}*)$/u;
const PLURAL = /(?:встреч(?:и|ах|ами)|переговор(?:ы|ах|ов))$/u;

/** Meeting words that a call's own words absorb ("телефонный разговор", "обсудили по телефону"). */
const ABSORBED_BY_CALL = new Set(['ru.meeting.conversation', 'ru.meeting.talks', 'ru.meeting.discussed', 'ru.meeting.hosted']);

function cityOf(t: TaggedSentence, visit: boolean): { name: string; country: string } | null {
  for (const p of t.places) {
    if (p.place.kind === 'region') continue;
    // "в Москве", "в Москву", "на саммите в Баку", "в Кремле"; not "из Москвы".
    if (!/^(?:в|во|на|посет\p{L}*)$/u.test(p.preposition) && !(visit && p.preposition === 'до')) continue;
    return { name: p.place.city ?? p.place.name, country: p.place.country };
  }
  return null;
}

/** The state a visit goes to: a city's, or a state named after "в" ("визит в Россию"). */
function destinationOf(t: TaggedSentence): { city: string | null; country: string | null } {
  const c = cityOf(t, true);
  if (c) return { city: c.name, country: c.country };
  const text = t.sentence.text;
  for (const k of t.countries) {
    if (k.kind !== 'name' && k.kind !== 'abbreviation') continue;
    const before = text.slice(Math.max(0, k.start - t.sentence.start - 4), k.start - t.sentence.start);
    if (/(?:^|\s)(?:в|во)\s+$/u.test(before)) return { city: null, country: k.code };
    // "посетил Азербайджан", "посещение Армении": the state is the object of the visiting word.
    const word = text.slice(Math.max(0, k.start - t.sentence.start - 16), k.start - t.sentence.start);
    if (/(?:^|\s)посе[тщ]\p{L}*\s+$/iu.test(word)) return { city: null, country: k.code };
  }
  return { city: null, country: null };
}

function initiatorOf(t: TaggedSentence, people: Party[], type: EventType, triggers: TriggerHit[]): string | null {
  const cue = t.cues.find((c) => c.cue === 'initiative');
  if (cue) {
    const after = (x: { start: number }): boolean => x.start >= cue.end && x.start - cue.end < 60;
    const k = t.countries.find(after);
    const p = t.people.find(after);
    const pl = t.places.find(after);
    const first = [k && { at: k.start, code: k.code }, p && { at: p.start, code: p.person.country }, pl && { at: pl.start, code: pl.place.country }]
      .filter((x): x is { at: number; code: string } => !!x)
      .sort((a, b) => a.at - b.at)[0];
    if (first) return first.code;
  }
  // "Акар позвонил Шойгу": the one who rang.
  if (type === 'call' && triggers.some((h) => /^(?:позвонил|перезвонил)/iu.test(t.sentence.text.slice(h.start - t.sentence.start, h.end - t.sentence.start)))) {
    // The caller is the subject, before or after the verb ("Пашиняну позвонил Путин").
    const caller = people.find((p) => p.subject);
    if (caller?.state) return caller.state;
  }
  return null;
}

/**
 * "Путин поговорил по телефону с Алиевым. А также с премьером Армении Пашиняном.": a sentence that
 * opens by naming another partner, with no contact word for it, tells one more contact of the kind the
 * sentence before told, with that sentence's subject. Its contact word is the opening words, read as
 * the word before them.
 */
function ellipsis(ctx: DocContext, i: number, nextId: () => number): Candidate[] {
  const t = ctx.tagged[i];
  const prev = ctx.tagged[i - 1];
  const m = ctx.ellipsis && prev?.triggers.length ? ctx.ellipsis.exec(t.sentence.text) : null;
  if (!m) return [];
  const word = [...prev.triggers].sort((a, b) => b.rule.strength - a.rule.strength)[0];
  if (word.rule.type === 'summit') return [];
  const hit: TriggerHit = { start: t.sentence.start + m.index, end: t.sentence.start + m.index + m[0].trimEnd().length, rule: word.rule, text: m[0].trim().toLowerCase() };
  const day = toIso(ctx.reportDay);
  const partners = actors(ctx, t, day).filter((p) => p.start - t.sentence.start < 80);
  const subject = actors(ctx, prev, day).find((p) => p.subject);
  if (!partners.length || !subject || partners.some((p) => p.person === subject.person)) return [];
  const cues = cuesOf(t);
  const { date, rule: dateRule } = dateOf(ctx, t, hit.start, cues, t.sentence.index <= 2, word.rule.type);
  const people = [{ ...subject, subject: true, rule: 'ru.ellipsis.subject' }, { ...partners[0], subject: false }];
  const countries = new Set(people.flatMap((p) => (p.state ? [p.state] : [])));
  return [{
    id: nextId(), sentence: i, type: word.rule.type, triggers: [hit], people, countries, date, dateRule, location: null, initiator: null, cues,
    features: { trigger: word.rule.id, strength: word.rule.strength, definite: false, people: 2, countries: countries.size, heading: !!t.sentence.heading, lead: t.sentence.index <= 2, orgs: t.orgs.length, bodies: 0, pronoun: t.pronoun, welcomeNear: false, ellipsis: true },
    rules: [word.rule.id, 'ru.ellipsis', dateRule],
  }];
}

export function sentenceCandidates(ctx: DocContext, i: number, nextId: () => number): Candidate[] {
  const t = ctx.tagged[i];
  if (!t.triggers.length) return ellipsis(ctx, i, nextId);
  const sentenceCues = cuesOf(t);
  const byType = new Map<EventType, TriggerHit[]>();
  const hasCall = t.triggers.some((h) => h.rule.type === 'call');
  for (const h of t.triggers) {
    if (hasCall && ABSORBED_BY_CALL.has(h.rule.id)) continue;
    const list = byType.get(h.rule.type) ?? [];
    list.push(h);
    byType.set(h.rule.type, list);
  }
  const lead = t.sentence.index <= 2;
  const out: Candidate[] = [];
  for (const [type, triggers] of byType) {
    const at = triggers[0].start;
    const cues = new Set(t.cues.filter((c) => !SCOPED.has(c.cue) || bearsOn(t, c, triggers)).map((c) => c.cue));
    const { date, rule: dateRule } = dateOf(ctx, t, at, cues, lead, type);
    // "Мишель сведёт Алиева и Пашиняна … в ноябре", told in October: a month after the report's is a
    // plan whatever the verb, and a plan needs a day (CONVENTIONS 5).
    if (date && date.day == null && date.month != null && ctx.reportDay && date.year * 12 + date.month > ctx.reportDay.year * 12 + (ctx.reportDay.month ?? 12)) cues.add('future');
    // Offices are looked up on the contact's day, else on the report's.
    const day = toIso(date ?? ctx.reportDay);
    let people = actors(ctx, t, day);
    // "… посетил Ереван, где его принял Мирзоян": the subject of a clause that opens after the visit
    // word is the host, not a traveller.
    if (type === 'visit') {
      CLAUSE.lastIndex = triggers[0].end - t.sentence.start;
      const clause = CLAUSE.exec(t.sentence.text);
      if (clause) {
        const from = t.sentence.start + clause.index;
        people = people.map((p) => (p.subject && p.start > from ? { ...p, subject: false } : p));
      }
    }
    // "провёл переговоры с находящимся в Москве с визитом Алиевым": a participle of travelling in an
    // oblique case qualifies the person told after it, who is the traveller; the subject is the host.
    if (type === 'visit' && ctx.visitParticiples) {
      ctx.visitParticiples.lastIndex = 0;
      const m = ctx.visitParticiples.exec(t.sentence.text);
      const from = m ? t.sentence.start + m.index + m[0].length : -1;
      const traveller = m ? people.find((p) => p.start >= from && p.start - from < 80) : undefined;
      if (traveller) people = people.map((p) => ({ ...p, subject: p === traveller, ...(p === traveller ? { rule: 'ru.visit.participle' } : {}) }));
    }
    // "Он посетил саммит": a subject pronoun before the contact word, and no subject named, is the
    // subject of the sentence before.
    if (t.subjectPronoun >= 0 && t.subjectPronoun < at && !people.some((p) => p.subject && p.start < at)) {
      // The subject of the sentence before, else the one person it names ("…второй визит Пезешкиана. … он посещал …").
      const win = windowParties(ctx, i);
      const w = win.find((x) => x.people.some((p) => p.subject));
      const those = w ? w.people.filter((x) => x.subject) : win[0]?.people.length === 1 ? win[0].people : [];
      for (const p of those) if (!people.some((q) => q.person === p.person)) people.unshift({ ...p, subject: true, start: t.subjectPronoun, end: t.subjectPronoun + 2, rule: 'ru.pronoun.subject' });
    }
    const subjectRole = people[0] ? ctx.g.roleAt(people[0].person, day)?.role ?? null : null;
    const roles = roleParties(ctx, t, day, subjectRole, at);
    const all = [...people];
    for (const r of roles.people) if (!all.some((p) => p.person === r.person)) all.push(r);
    // A gathering's states are those of the people placed there; others take the states their roles name.
    const countries = new Set<string>(type === 'summit' ? [] : roles.countries);
    for (const p of all) if (p.state) countries.add(p.state);
    const rules = [...new Set(triggers.map((h) => h.rule.id)), dateRule];
    let location: string | null = null;
    let destination: string | null = null;
    if (type === 'visit') {
      const dest = destinationOf(t);
      location = dest.city;
      if (dest.country) countries.add(dest.country);
      destination = dest.country;
      rules.push(dest.country ? 'ru.visit.destination' : 'ru.visit.no-destination');
    } else if (type !== 'call') {
      location = cityOf(t, false)?.name ?? null;
    }
    const base = {
      sentence: i,
      type,
      triggers,
      date,
      dateRule,
      location,
      initiator: initiatorOf(t, all, type, triggers),
      cues,
      rules,
    };
    const features = (people: Party[], countries: Set<string>): Candidate['features'] => ({
      trigger: triggers[0].rule.id,
      strength: Math.max(...triggers.map((h) => h.rule.strength)),
      definite: triggers.every((h) => h.rule.definite),
      people: people.length,
      countries: countries.size,
      heading: !!t.sentence.heading,
      lead,
      orgs: t.orgs.length,
      bodies: t.orgs.filter((o) => o.body).length,
      pronoun: t.pronoun,
      welcomeNear: ctx.tagged.some((x) => x.sentence.paragraph === t.sentence.paragraph && x.cues.some((k) => k.cue === 'welcome')),
      ...(destination ? { destination } : {}),
      // "Саммит также посетили …", "посетил форум": the visiting verb's object is a gathering.
      ...(type === 'visit' && triggers.every((h) => /^посе[тщ]/u.test(h.text)) && t.triggers.some((g) => g.rule.type === 'summit' && triggers.some((h) => gap(g, h) <= 12)) ? { attends: true } : {}),
    });
    // A call is between two sides: "поговорил с A, а также с B" is two calls; meetings in the plural
    // with several people ("встречи с A, B и C") are one meeting each (CONVENTIONS 4).
    const subject = all.find((p) => p.subject) ?? all[0];
    const others = all.filter((p) => p !== subject);
    // Only "встречи с A, B и C": a list in the genitive ("встречи A, B и C") is one meeting of them all.
    const withWord = (h: TriggerHit): boolean => /^\s+(?:\p{L}+\s+){0,3}?со?\s/u.test(t.sentence.text.slice(h.end - t.sentence.start, h.end - t.sentence.start + 40));
    const pluralWith = type === 'meeting' && triggers.some((h) => PLURAL_MEETINGS.test(h.text) && withWord(h));
    // "запланированы встречи с A, B и C" with no subject in the sentence: one meeting with each; the
    // decoder takes the subject from the window.
    if (pluralWith && !all.some((p) => p.subject) && all.length > 1 && !cues.has('together')) {
      for (const o of all) {
        const cs = new Set<string>(o.state ? [o.state] : []);
        out.push({ id: nextId(), ...base, people: [o], countries: cs, features: { ...features([o], cs), split: true }, rules: [...rules, 'ru.meeting.split'] });
      }
      continue;
    }
    // "встретился с A, а днём позже — с B", "встретился с A и B": one subject met each of them (CONVENTIONS
    // 4), unless the sentence says together; the people met stand after the word, after "с".
    const subjects = all.filter((p) => p.subject);
    // ("принял A и B", "был принят A и B" name them with no "с").
    const verbWith = type === 'meeting' && subjects.length === 1 && triggers.some((h) => MEET_VERB.test(h.text) && (withWord(h) || h.text.startsWith('прин'))) && others.every((p) => p.start > triggers[0].end);
    // "провёл переговоры с A, а затем — с B": the partners told apart are met apart.
    const eachApart = type === 'meeting' && subjects.length === 1 && cues.has('each') && others.every((p) => p.start > triggers[0].end);
    const pluralMeetings = (pluralWith || verbWith || eachApart) && others.length > 1;
    if ((type === 'call' || pluralMeetings) && subject && others.length > 1 && !cues.has('together')) {
      for (const o of others) {
        const cs = new Set<string>([subject, o].flatMap((p) => (p.state ? [p.state] : [])));
        out.push({ id: nextId(), ...base, people: [subject, o], countries: cs, features: { ...features([subject, o], cs), split: true }, rules: [...rules, type === 'call' ? 'ru.call.split' : 'ru.meeting.split'] });
      }
      continue;
    }
    // "на встречах 6 октября в Праге и 31 октября в Сочи": meetings in the plural with a list of days
    // are one meeting each day, each in the place told with its day.
    const days = t.dates.filter((d) => d.kind === 'explicit' && d.value.day != null);
    // So are ordinals with their days: "Первая состоялась 10 марта, вторая – 12 марта".
    const ordinals = triggers.some((h) => h.rule.id === 'ru.meeting.round');
    if (type === 'meeting' && days.length >= 2 && (triggers.some((h) => PLURAL.test(h.text)) || ordinals) && !cues.has('future')) {
      for (const d of days) {
        const place = t.places.find((p) => p.start >= d.end && p.start - d.end < 30);
        out.push({ id: nextId(), ...base, date: d.value, dateRule: 'ru.date.listed', location: place ? place.place.city ?? place.place.name : base.location, people: [...all], countries: new Set(countries), features: features(all, countries), rules: [...rules, 'ru.meeting.listed-days'] });
      }
      continue;
    }
    out.push({ id: nextId(), ...base, people: all, countries, features: features(all, countries), rules });
  }
  // A meeting on the sidelines of a gathering: the gathering is an event too, with the same people.
  const meeting = out.find((c) => c.type === 'meeting');
  // "на полях ПМЭФ": "на полях" and "в кулуарах" name a gathering whatever it is called; "в рамках"
  // and "в ходе" need a word for it or an organisation.
  const aside = t.cues.some((c) => c.cue === 'sidelines' && /^(?:на полях|в кулуарах)$/iu.test(c.text.replace(/\s+/gu, ' ')));
  if (meeting && sentenceCues.has('sidelines') && !out.some((c) => c.type === 'summit') && (aside || t.orgs.length + t.triggers.filter((h) => h.rule.type === 'summit').length > 0)) {
    out.push({ ...meeting, id: nextId(), type: 'summit', countries: new Set(meeting.countries), rules: [...meeting.rules, 'ru.summit.sidelines'], features: { ...meeting.features, sidelines: true } });
  }
  return out;
}

// The decoder: each candidate is kept or dropped by named rules (every decision says which and why),
// then mentions of one contact are joined. The conventions of shared/eval/CONVENTIONS.md are rules here:
// negated, hypothetical and habitual contacts are none (7); plans count only with a day (5); a
// leaders' summit of two or three states is a meeting (1); a contact needs two sides.
import type { Candidate } from './candidates.ts';
import { toIso } from '../../extract/dates.ts';
import { isNewcomer } from './newcomers.ts';

export interface Decision {
  candidate: Candidate;
  kept: boolean;
  /** The rule that decided, and why in words. */
  rule: string;
  reason: string;
  /** The event the candidate was joined to, when it was. */
  joinedTo?: number;
}

interface Parties {
  people: Candidate['people'];
  countries: Set<string>;
}

/**
 * How many sides a contact has: its states, and each person who acts for no state (an organisation's
 * officer). People of one state with no other named are one side: a domestic meeting, no contact.
 */
function sides(c: Parties): number {
  if (!c.people.length) return c.countries.size;
  const states = new Set<string>(c.countries);
  for (const p of c.people) if (p.state) states.add(p.state);
  return states.size + c.people.filter((p) => !p.state).length;
}

/** Take the parties of an earlier candidate in the window (the headline, the sentence before). */
function borrow(c: Candidate, from: Parties): void {
  for (const p of from.people) if (!c.people.some((q) => q.person === p.person)) c.people.push(p);
  for (const k of from.countries) c.countries.add(k);
  c.rules.push('ru.window.parties');
}

/** A contact word that is a verb: past tense or reflexive ("встретились", "провёл", "беседовали"). */
const VERB_FORM = /(?:с[яь]|л[аио]?)$/u;

/** A gathering word that names no gathering of its own: "саммит", "на саммите", "форуме". */
const BARE_GATHERING = /^(?:саммит|форум|заседани|совещани)\p{L}*$/u;

/** The verb of visiting ("посетил", "посетит"): its object may be a person, who is then met. */
const VISIT_VERB = /^посет/u;

/** Discussing in the present: "обсуждают", "обсуждается", "обсуждаются". */
const DISCUSS_PRESENT = /^обсужда(?:ют|ет|ется|ются)$/u;

export function decide(candidates: Candidate[], window: (c: Candidate) => Parties[]): Decision[] {
  const out: Decision[] = [];
  const drop = (c: Candidate, rule: string, reason: string): void => {
    out.push({ candidate: c, kept: false, rule, reason });
  };
  for (const c of candidates) {
    const cues = c.cues;
    if (cues.has('negation')) { drop(c, 'ru.drop.negated', 'a negation bears on the contact word'); continue; }
    if (cues.has('hypothetical')) { drop(c, 'ru.drop.hypothetical', 'the contact is only possible'); continue; }
    if (cues.has('caption') && c.triggers.every((h) => !VERB_FORM.test(h.text))) { drop(c, 'ru.drop.caption', 'a photo caption with no verb of meeting'); continue; }
    if (cues.has('purpose')) { drop(c, 'ru.drop.purpose', 'the purpose of a trip: the contact is only expected'); continue; }
    if (cues.has('aggregate')) { drop(c, 'ru.drop.aggregate', 'a count or a habit, not one contact'); continue; }
    // People to take part in a gathering told before ("В нём примут участие …") take its day, below.
    if (cues.has('future') && c.date?.day == null && !(c.type === 'summit' && c.features.definite)) {
      // "В программе визита — встречи с …": a plan within a visit just told is of the visit's month.
      const visit = cues.has('programme') ? [...out].reverse().find((d) => d.kept && d.candidate.type === 'visit' && d.candidate.date && c.sentence - d.candidate.sentence <= 3) : undefined;
      if (!visit) { drop(c, 'ru.drop.plan-without-day', 'a plan with no day'); continue; }
      c.date = { year: visit.candidate.date!.year, month: visit.candidate.date!.month, day: null };
      c.rules.push('ru.date.visit-programme');
      // Its meetings are the traveller's: "в программе визита — встречи с A, B и C".
      if (!c.people.some((p) => p.subject) && c.type === 'meeting') borrow(c, { people: visit.candidate.people, countries: new Set(visit.candidate.people.flatMap((p) => (p.state ? [p.state] : []))) });
    }
    if (cues.has('welcome') && c.type === 'meeting' && c.features.trigger !== 'ru.meeting.talks') { drop(c, 'ru.drop.welcome', 'a welcome at the airport or a greeting'); continue; }
    if (c.triggers.every((h) => h.rule.id === 'ru.meeting.greet') && c.features.welcomeNear) { drop(c, 'ru.drop.welcome', 'a visitor greeted on arrival (the paragraph tells the welcome)'); continue; }
    // "Путин посетил Алиева": a person visited is met, not a destination (CONVENTIONS 3 needs a place
    // to travel to); the visiting verb with a person right after it, and no city travelled to
    // ("посетил Алиева в Баку" is a trip), tells a meeting.
    const visitWord = c.triggers[0];
    if (c.type === 'visit' && !c.location && c.triggers.every((h) => VISIT_VERB.test(h.text)) && c.people.some((p) => !p.subject && p.start >= visitWord.end && p.start - visitWord.end <= 2)) {
      c.type = 'meeting';
      c.rules.push('ru.visit.person-met');
    }
    // "Саммит также посетили Эрдоган и Токаев": to visit a gathering with no place travelled to is to
    // attend it; the gathering is its own record.
    if (c.type === 'visit' && c.features.attends && !c.features.destination) { drop(c, 'ru.drop.visit-gathering', 'a gathering visited, no place travelled to: attendance, told by the gathering'); continue; }
    if (c.type === 'visit') {
      // The travellers: the subject ("Лавров прибыл"), else the name right after the word ("визит Пезешкиана").
      const word = c.triggers[0];
      const travellers = c.people.filter((p) => p.subject);
      const after = c.people.filter((p) => p.start >= word.end && p.start - word.end < 45);
      c.people = travellers.length ? travellers : after;
      if (!c.people.length) {
        // "в последний день визита": a word that refers back to the visit just told.
        const last = [...out].reverse().find((d) => d.kept && d.candidate.type === 'visit');
        if (last) { out.push({ candidate: c, kept: false, rule: 'ru.visit.refers-back', reason: 'a visit word with no traveller refers to the visit told before', joinedTo: last.candidate.id }); continue; }
        drop(c, 'ru.drop.no-traveller', 'a visit with no named traveller');
        continue;
      }
      c.countries = new Set([...c.people.flatMap((p) => (p.state ? [p.state] : [])), ...(c.features.destination ? [String(c.features.destination)] : [])]);
      if (c.countries.size < 2) { drop(c, 'ru.drop.no-destination', 'no other state is visited'); continue; }
    }
    // "Место проведения переговоров объявят позднее": a contact word with no parties and no day of its
    // own, right after a plan that was dropped for want of a day, is that plan told again.
    if (!c.people.length && !c.date && c.type !== 'visit') {
      const prior = [...out].reverse().find((d) => d.candidate.sentence < c.sentence);
      if (prior && !prior.kept && prior.rule === 'ru.drop.plan-without-day' && c.sentence - prior.candidate.sentence <= 2) {
        drop(c, 'ru.drop.plan-refers-back', 'no parties and no day of its own: the plan just told, which has no day');
        continue;
      }
    }
    // "В политических кругах обсуждают, что …": a verb of discussing in the present, with nobody named
    // in its sentence, is commentary on a subject, not a contact whose parties the sentences before
    // would give ("Лидеры также обсудили …", in the past, tells more of the contact just told).
    if (!c.people.length && c.triggers.every((h) => h.rule.id === 'ru.meeting.discussed' && DISCUSS_PRESENT.test(h.text))) {
      drop(c, 'ru.drop.discussed-alone', 'a verb of discussing in the present with nobody named beside it');
      continue;
    }
    // "В переговорах также участвовали …": more people of the meeting told just before, added to it.
    if (c.type === 'meeting' && cues.has('tookpart') && c.people.length) {
      const last = [...out].reverse().find((d) => d.kept && d.candidate.type === 'meeting' && c.sentence > d.candidate.sentence && c.sentence - d.candidate.sentence <= 3);
      if (last) {
        const at = last.candidate;
        for (const p of c.people) if (!at.people.some((q) => q.person === p.person)) at.people.push({ ...p, rule: 'ru.meeting.took-part' });
        for (const p of c.people) if (p.state) at.countries.add(p.state);
        at.rules.push('ru.meeting.took-part');
        out.push({ candidate: c, kept: false, rule: 'ru.meeting.took-part', reason: 'more people of the meeting told just before: added to it', joinedTo: at.id });
        continue;
      }
    }
    // "Лавров встретился с обоими министрами": the group is the people the sentence before names.
    if ((c.type === 'meeting' || c.type === 'call') && cues.has('group') && sides(c) < 2) {
      const w = window(c).find((x) => x.people.length >= 2 && sides(x) >= 2);
      if (w) {
        borrow(c, w);
        c.rules.push('ru.window.group');
        // "встретился с обоими министрами по отдельности": its subject met each of them. Without a word
        // that says apart the group stays one meeting (measured: splitting by default lost on heldout-ru).
        const subject = c.people.find((p) => p.subject && !w.people.includes(p));
        const others = c.people.filter((p) => p !== subject);
        if (subject && others.length >= 2 && cues.has('apart') && !cues.has('together')) {
          for (const o of others) {
            const people = [subject, o];
            out.push({ candidate: { ...c, people, countries: new Set(people.flatMap((p) => (p.state ? [p.state] : []))), triggers: [...c.triggers], rules: [...c.rules, 'ru.meeting.split'] }, kept: true, rule: 'ru.meeting.split', reason: 'one subject met each of the group the sentence before names' });
          }
          continue;
        }
      }
    }
    if ((c.type === 'meeting' || c.type === 'call') && sides(c) < 2) {
      // The window: a word that refers back ("Беседа состоялась …", "Телефонный разговор состоялся в
      // субботу") takes the parties of the last contact kept; others those of the sentences before.
      const last = [...out].reverse().find((d) => d.kept && (d.candidate.type === c.type || c.features.definite));
      // "В переговорах также приняли участие …": more people of one side join the contact just told.
      const sameSide = last && c.people.length > 0 && !c.features.split && c.sentence - last.candidate.sentence <= 3 && c.people.every((p) => p.state && last.candidate.countries.has(p.state));
      if (((!c.people.length || c.features.definite) && last) || sameSide) borrow(c, last!.candidate);
      else if (!c.people.length) {
        // "по итогам переговоров двух президентов": the parties of the nearest sentence that names two sides.
        const w = window(c).find((x) => sides(x) >= 2);
        if (w) borrow(c, w);
      } else if (!c.people.some((p) => p.subject) || c.features.pronoun) {
        // "Дипломат встретился с главой МИД Армении …": the subject named in the sentence before.
        for (const w of window(c)) {
          const fresh = w.people.filter((p) => p.subject && !c.people.some((q) => q.person === p.person));
          if (!fresh.length) continue;
          borrow(c, { people: fresh, countries: new Set(fresh.flatMap((p) => (p.state ? [p.state] : []))) });
          break;
        }
      }
      // "Ужин провели в резиденции азербайджанского лидера" after "Путин прибыл в Баку": a meeting of
      // the host's side alone, or of nobody named, during a visit just told is one with the traveller.
      if (sides(c) < 2 && c.type === 'meeting') {
        const visit = [...out].reverse().find((d) => d.kept && d.candidate.type === 'visit' && c.sentence - d.candidate.sentence <= 6);
        const dest = visit?.candidate.features.destination;
        if (visit && (!c.people.length || (dest && c.people.every((p) => p.state === dest)))) {
          borrow(c, { people: visit.candidate.people, countries: visit.candidate.countries });
          c.rules.push('ru.window.visit');
        }
      }
      if (sides(c) < 2) { drop(c, 'ru.drop.one-side', 'fewer than two sides named in the window'); continue; }
    }
    // "На саммите присутствуют также Эрдоган и Пашинян", "Путин выступил на саммите": a bare gathering
    // word with no organisation of its own, after a gathering told in the three sentences before,
    // is that gathering again: its people join it (and make no small summit of their own).
    const bare = c.type === 'summit' && !c.features.orgs && c.triggers.every((h) => BARE_GATHERING.test(h.text));
    // The gathering told just before: kept, or dropped only for want of anyone placed there
    // ("Заседание СМИД пройдёт завтра в Минске. В нём примут участие …"), which these people fill.
    const told = c.type === 'summit' && (c.features.definite || bare)
      ? [...out].reverse().find((d) => d.candidate.type === 'summit' && c.sentence > d.candidate.sentence && c.sentence - d.candidate.sentence <= 3 && (d.kept || d.rule === 'ru.drop.empty-summit') && datesAgree(toIso(d.candidate.date), toIso(c.date)))
      : undefined;
    if (c.type === 'summit' && c.features.definite && !told) { drop(c, 'ru.drop.took-part-alone', 'people said to take part, with no gathering told just before'); continue; }
    if (told) {
      if (!told.kept) Object.assign(told, { kept: true, rule: 'ru.summit.took-part', reason: 'a gathering whose people the sentence after it names' });
      const at = told.candidate;
      for (const p of c.people) if (!at.people.some((q) => q.person === p.person)) at.people.push({ ...p, rule: 'ru.summit.took-part' });
      for (const p of c.people) if (p.state) at.countries.add(p.state);
      at.rules.push('ru.summit.took-part');
      out.push({ candidate: c, kept: false, rule: 'ru.summit.took-part', reason: 'more people at the gathering told just before: added to it', joinedTo: at.id });
      continue;
    }
    if (c.type === 'summit') {
      if (!c.people.length && !c.countries.size) { drop(c, 'ru.drop.empty-summit', 'a gathering with nobody placed there'); continue; }
      // A leaders' summit of two or three states and no organisation is a meeting (CONVENTIONS 1).
      if (c.triggers.every((h) => h.text.startsWith('саммит')) && !c.features.orgs && c.countries.size >= 2 && c.countries.size <= 3) {
        c.type = 'meeting';
        c.rules.push('ru.type.small-summit');
      }
    }
    out.push({ candidate: c, kept: true, rule: c.rules[0], reason: 'a contact word with two sides' });
  }
  return out;
}

function datesAgree(a: string | null, b: string | null): boolean {
  return !a || !b || a.startsWith(b) || b.startsWith(a);
}

function overlap(a: Candidate, b: Candidate): boolean {
  const [x, y] = a.countries.size <= b.countries.size ? [a.countries, b.countries] : [b.countries, a.countries];
  const statesFit = [...x].every((k) => y.has(k));
  // A bilateral meeting and a three-way one with a third state are two meetings (CONVENTIONS 4): each
  // names two sides or more, and their states differ.
  if (a.type === 'meeting' && b.type === 'meeting' && x.size >= 2 && y.size > x.size && a.people.length >= 2 && b.people.length >= 2) return false;
  // A contact told by offices only ("Министры обороны двух стран обсудили по телефону …") and the same
  // contact told by names the gazetteer lacks, given with no state: one contact, the offices' states
  // theirs. Only where the named one has no state at all, so no known side is contradicted.
  const unplaced = (n: Candidate): boolean => n.people.length >= 2 && n.countries.size === 0 && n.people.every((p) => !p.state && isNewcomer(p.person));
  if ((!a.people.length && a.countries.size >= 2 && unplaced(b)) || (!b.people.length && b.countries.size >= 2 && unplaced(a))) return true;
  if (a.people.length && b.people.length) {
    const ids = new Set(a.people.map((p) => p.person.id));
    const shared = b.people.filter((p) => ids.has(p.person.id)).length;
    // The same people; or one names fewer of them, among states that fit ("Путин" of a headline, "Путин и Токаев" of the lead).
    return shared / (a.people.length + b.people.length - shared) >= 0.5 || (shared === Math.min(a.people.length, b.people.length) && statesFit);
  }
  return x.size > 0 && statesFit;
}

/** Mentions of one contact, joined: the same type, the same people (or states), dates that agree. */
export function join(decisions: Decision[]): Candidate[] {
  return placeByVisit(splitVisits(splitCalls(knownSides(joinAll(decisions.filter((d) => d.kept))))));
}

/**
 * A person the gazetteer does not know takes part only for a side no known person stands for: the
 * members of a delegation named after its leader ("в переговорах также участвовали …") are not
 * participants, the deputy ministers of consultations that name no one else are.
 */
function knownSides(events: Candidate[]): Candidate[] {
  for (const e of events) {
    // A newcomer with no state (no office beside the name) only where the known people are of one side.
    const sides = new Set(e.people.filter((p) => !isNewcomer(p.person)).map((p) => p.state));
    const kept = e.people.filter((p) => !isNewcomer(p.person) || (p.state ? !sides.has(p.state) : sides.size <= 1));
    if (kept.length < e.people.length) {
      e.people = kept;
      e.rules.push('ru.newcomer.side-known');
    }
  }
  return events;
}

/** Travellers of several states make a visit each ("приедут президент Азербайджана и премьер Армении"): CONVENTIONS 3. */
function splitVisits(events: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const e of events) {
    const states = [...new Set(e.people.map((p) => p.state).filter((s): s is string => !!s))];
    if (e.type !== 'visit' || states.length < 2) {
      out.push(e);
      continue;
    }
    const host = [...e.countries].filter((k) => !states.includes(k));
    for (const st of states) {
      const people = e.people.filter((p) => p.state === st);
      out.push({ ...e, people, countries: new Set([st, ...host]), triggers: [...e.triggers], rules: [...e.rules, 'ru.visit.split'] });
    }
  }
  return out;
}

/** A meeting with no place of its own, held by a traveller on a day of their visit, is in the visit's city. */
function placeByVisit(events: Candidate[]): Candidate[] {
  for (const e of events) {
    if (e.type === 'visit' || e.location) continue;
    const v = events.find((x) => x.type === 'visit' && x.location && e.people.some((p) => x.people.some((q) => q.person === p.person)) && datesAgree(toIso(x.date), toIso(e.date)) && (x.date != null || e.date == null));
    if (v) {
      e.location = v.location;
      e.rules.push('ru.location.visit');
    }
  }
  return events;
}

/**
 * A call is between two sides: one told with three or more people and no word that they spoke
 * together ("обсудил с главами МИД Армении и Азербайджана") is one call from its subject to each of
 * the others; the calls then join the same calls told elsewhere.
 */
function splitCalls(events: Candidate[]): Candidate[] {
  if (!events.some((e) => e.type === 'call' && e.people.length > 2 && !e.cues.has('together'))) return events;
  const out: Decision[] = [];
  for (const e of events) {
    if (e.type !== 'call' || e.people.length <= 2 || e.cues.has('together')) {
      out.push({ candidate: e, kept: true, rule: e.rules[0], reason: '' });
      continue;
    }
    const subject = e.people.find((p) => p.subject) ?? e.people[0];
    for (const o of e.people.filter((p) => p !== subject)) {
      const people = [subject, o];
      out.push({ candidate: { ...e, people, countries: new Set(people.flatMap((p) => (p.state ? [p.state] : []))), triggers: [...e.triggers], rules: [...e.rules, 'ru.call.split'] }, kept: true, rule: 'ru.call.split', reason: '' });
    }
  }
  return joinAll(out);
}

function joinAll(decisions: Decision[]): Candidate[] {
  const events: Candidate[] = [];
  for (const d of decisions) {
    const c = d.candidate;
    const weak = (x: Candidate): boolean => x.features.strength === 1;
    // A visit's planned meetings are not the meetings already told of that visit (the gold lists both).
    const planned = (x: Candidate): boolean => x.rules.includes('ru.date.visit-programme');
    const same = events.find((e) => planned(e) === planned(c) && (e.type === c.type || (weak(c) && e.type !== 'visit') || (weak(e) && c.type !== 'visit')) && overlap(e, c) && datesAgree(toIso(e.date), toIso(c.date)) && (!e.location || !c.location || e.location === c.location));
    if (!same) {
      events.push(c);
      continue;
    }
    d.joinedTo = same.id;
    if (weak(same) && !weak(c)) {
      same.type = c.type;
      same.features.strength = c.features.strength;
    }
    for (const p of c.people) if (!same.people.some((q) => q.person === p.person)) same.people.push(p);
    for (const k of c.countries) same.countries.add(k);
    if ((!same.date || (same.date.day == null && c.date?.day != null)) && c.date) {
      same.date = c.date;
      same.dateRule = c.dateRule;
    }
    same.location ??= c.location;
    same.initiator ??= c.initiator;
    same.rules.push(...c.rules.filter((r) => !same.rules.includes(r)), 'ru.join');
    same.triggers.push(...c.triggers);
  }
  return events;
}

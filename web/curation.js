// Curation controls of the event page: confirm, reject, correct fields, merge with another event,
// split an account off. Every action is a write and needs the token; the server's answer (or its
// refusal) is shown, and the page reloads to show the event as it now is.
import { api } from './api.js';
import { h } from './dom.js';

function note(text, kind = 'info') {
  const el = document.getElementById('curation-note');
  if (el) {
    el.textContent = text;
    el.className = `note ${kind}`;
  }
}

async function act(fn, done = () => location.reload()) {
  note('Saving…');
  try {
    const r = await fn();
    note('Saved.');
    done(r);
  } catch (e) {
    note(e.status === 401 ? `Not saved: ${e.message}` : `Not saved: ${e.message}`, 'error');
  }
}

/** "Name; COUNTRY; role; actor-id" per line, the way the participants are edited. */
export function participantLines(ps) {
  return ps.map((p) => [p.name, p.country ?? '', p.role ?? '', p.actor_id ?? ''].join('; ')).join('\n');
}

export function parseParticipants(text) {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => {
      const [name, country, role, actor_id] = l.split(';').map((x) => x.trim());
      return { name, country: country ? country.toUpperCase() : null, role: role || null, ...(actor_id ? { actor_id } : {}) };
    });
}

function correctForm(e) {
  const f = h(
    'form',
    { id: 'correct-form', class: 'correct' },
    h('label', {}, 'Type ', h('select', { name: 'type' }, ['call', 'meeting', 'visit', 'summit'].map((t) => h('option', { value: t, selected: e.type === t }, t)))),
    h('label', {}, 'Date ', h('input', { name: 'date', value: e.date ?? '', placeholder: 'YYYY-MM-DD', size: 10 })),
    h('label', {}, 'Place ', h('input', { name: 'location', value: e.location ?? '', size: 16 })),
    h('label', {}, 'Initiator ', h('input', { name: 'initiator', value: e.initiator ?? '', placeholder: 'ISO3', size: 4 })),
    h('label', { class: 'wide' }, 'Topics (one a line) ', h('textarea', { name: 'topics', rows: 2 }, e.topics.join('\n'))),
    h('label', { class: 'wide' }, 'Participants — name; country; role; actor id (one a line) ', h('textarea', { name: 'participants', rows: Math.max(2, e.participants.length + 1) }, participantLines(e.participants))),
    h('button', { type: 'submit' }, 'Save correction'),
  );
  f.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const d = new FormData(f);
    const patch = {};
    const str = (k) => String(d.get(k) ?? '').trim();
    if (str('type') !== e.type) patch.type = str('type');
    if (str('date') !== (e.date ?? '')) patch.date = str('date') || null;
    if (str('location') !== (e.location ?? '')) patch.location = str('location') || null;
    if (str('initiator').toUpperCase() !== (e.initiator ?? '')) patch.initiator = str('initiator').toUpperCase() || null;
    const topics = str('topics').split('\n').map((t) => t.trim()).filter(Boolean);
    if (topics.join('\n') !== e.topics.join('\n')) patch.topics = topics;
    if (str('participants') !== participantLines(e.participants)) patch.participants = parseParticipants(str('participants'));
    if (Object.keys(patch).length === 0) return note('Nothing changed.');
    act(() => api(`/api/events/${e.uid}`, { method: 'PATCH', body: patch }));
  });
  return f;
}

function mergeForm(e) {
  const f = h('form', { id: 'merge-form', class: 'inline' }, h('label', {}, 'Merge with event (uid or id) ', h('input', { name: 'other', size: 18, required: true })), h('button', { type: 'submit' }, 'Merge'));
  f.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const other = String(new FormData(f).get('other') ?? '').trim();
    act(
      async () => {
        const o = /^\d+$/.test(other) ? await api(`/api/events/${other}`) : { uid: other };
        return api('/api/events/merge', { method: 'POST', body: { keep: e.uid, other: o.uid } });
      },
      (r) => location.assign(`/events/${r.uid}`),
    );
  });
  return f;
}

/** Rejecting hides the event from every list and export: the analyst is asked first (issue 19). */
export function confirmReject(e) {
  const who = e.participants.map((p) => p.name).join(', ');
  return window.confirm(`Reject this ${e.type}${e.date ? ` of ${e.date}` : ''}${who ? ` (${who})` : ''}?\n\nIt leaves the chronicle, the network and the exports. It can be found again with the status filter "rejected" and confirmed there.`);
}

/** Shown instead of the controls while no token is accepted (the controls need one to do anything). */
export function readOnlyNote(what) {
  return h('p', { class: 'hint read-only', id: 'read-only-note' }, `${what} needs the token: set it at the top right.`);
}

export function curationPanel(e) {
  const reject = () => {
    if (!confirmReject(e)) return note('Not rejected.');
    act(() => api(`/api/events/${e.uid}/reject`, { method: 'POST' }));
  };
  return h(
    'details',
    { class: 'curation write-only', id: 'curation' },
    h('summary', {}, 'Curate this event'),
    h('p', { class: 'hint' }, 'Corrections are stored as your own records and survive re-extraction.'),
    h(
      'p',
      { class: 'actions' },
      h('button', { type: 'button', id: 'confirm-btn', title: e.status === 'rejected' ? 'confirming a rejected event brings it back into the lists' : null, onclick: () => act(() => api(`/api/events/${e.uid}/confirm`, { method: 'POST' })) }, 'Confirm'),
      ' ',
      e.status === 'rejected' ? null : h('button', { type: 'button', id: 'reject-btn', class: 'danger', onclick: reject }, 'Reject'),
    ),
    correctForm(e),
    mergeForm(e),
    h('p', { id: 'curation-note', class: 'note', role: 'status' }),
  );
}

/** Undoing a join in one click (issue 18): asks first, splits the account into a contact of its own
 * (`POST /api/events/:id/split`, a write needing the token), then reloads this contact, which now
 * lists the new one under "Split off from this contact". A refusal is shown beside the button. */
export function splitButton(e, a) {
  const status = h('span', { class: 'note split-note', role: 'status' });
  const say = (text, kind = 'info') => {
    status.textContent = text;
    status.className = `note split-note ${kind}`;
  };
  const split = async () => {
    const from = a.document?.name ?? a.uid;
    if (!window.confirm(`Split the report ${from} off this contact?\n\nIt becomes a contact of its own, and re-extraction will not join it back. Merging the two contacts undoes this.`)) return say('Not split.');
    say('Splitting…');
    try {
      await api(`/api/events/${encodeURIComponent(e.uid)}/split`, { method: 'POST', body: { account: a.uid } });
      location.reload();
    } catch (err) {
      say(`Not split: ${err.message}`, 'error');
    }
  };
  return h('p', { class: 'split-row write-only' }, h('button', { type: 'button', class: 'split', onclick: split }, 'Split this account off'), ' ', status);
}

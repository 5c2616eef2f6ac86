// An actor: roles over time, and contacts by counterpart and by month.
import { api } from '../api.js';
import { h, show, dateLabel, role } from '../dom.js';

const TYPE = { call: 'call', meeting: 'meeting', visit: 'visit', summit: 'summit' };

export async function render(id) {
  const a = await api(`/api/actors/${encodeURIComponent(id)}`);
  const months = a.months.filter((m) => m.total > 0);
  show(
    h('p', { class: 'crumbs' }, h('a', { href: '/actors' }, '← Actors')),
    h('h1', {}, a.name),
    h('p', { class: 'meta' }, [a.country, `${a.contacts} contacts`, a.source === 'gazetteer' ? 'in the gazetteer' : 'known from the texts'].filter(Boolean).join(' · ')),
    h('h2', {}, 'Roles over time'),
    a.roles.length
      ? h('table', { class: 'list', id: 'roles' }, h('tbody', {}, a.roles.map((r) => h('tr', {}, h('td', {}, r.title ?? role(r.role)), h('td', {}, r.from ? dateLabel(r.from) : '…'), h('td', {}, r.to ? dateLabel(r.to) : 'now')))))
      : h('p', {}, 'No role recorded.'),
    h('h2', {}, 'Contacts by counterpart'),
    h(
      'table',
      { class: 'list', id: 'counterparts' },
      h('thead', {}, h('tr', {}, h('th', {}, 'Counterpart'), h('th', {}, 'Contacts'), h('th', {}, 'Months'))),
      h(
        'tbody',
        {},
        a.counterparts.map((c) =>
          h(
            'tr',
            {},
            h('td', {}, h('a', { href: `/actors/${encodeURIComponent(c.id)}` }, c.name), c.country ? ` (${c.country})` : ''),
            h('td', { class: 'num' }, c.contacts),
            h('td', {}, Object.entries(c.months).sort().map(([m, n]) => `${m}${n > 1 ? ` ×${n}` : ''}`).join(', ')),
          ),
        ),
      ),
    ),
    h('h2', {}, 'Contacts by month'),
    h('table', { class: 'list', id: 'months' }, h('tbody', {}, months.map((m) => h('tr', {}, h('td', {}, m.month), h('td', { class: 'num' }, m.total), h('td', {}, Object.entries(m.types).filter(([, n]) => n).map(([t, n]) => `${n} ${TYPE[t] ?? t}`).join(', ')))))),
    h('h2', {}, 'Latest contacts'),
    h('ul', {}, a.recent.map((e) => h('li', {}, h('a', { href: `/events/${e.uid}` }, `${dateLabel(e.date)}: ${e.type} — ${e.participants.map((p) => p.name).join(', ')}`)))),
  );
}

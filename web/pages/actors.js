// People in the record with their contact counts.
import { api, qs } from '../api.js';
import { h, show } from '../dom.js';

export async function render() {
  const params = new URLSearchParams(location.search);
  const values = { q: params.get('q') ?? '', country: params.get('country') ?? '', offset: Number(params.get('offset') ?? 0) };
  const page = await api(`/api/actors${qs({ ...values, limit: 100 })}`);
  const form = h(
    'form',
    { class: 'filters', method: 'get', action: '/actors' },
    h('label', {}, 'Name ', h('input', { name: 'q', value: values.q })),
    h('label', {}, 'Countries ', h('input', { name: 'country', value: values.country, placeholder: 'RUS', size: 8 })),
    h('button', { type: 'submit' }, 'Show'),
  );
  show(
    h('h1', {}, 'Actors'),
    form,
    h(
      'table',
      { class: 'list' },
      h('thead', {}, h('tr', {}, h('th', {}, 'Name'), h('th', {}, 'Country'), h('th', {}, 'Contacts'), h('th', {}, 'Latest role'))),
      h('tbody', {}, page.items.map((a) => h('tr', {}, h('td', {}, h('a', { href: `/actors/${encodeURIComponent(a.id)}` }, a.name)), h('td', {}, a.country ?? ''), h('td', { class: 'num' }, a.contacts), h('td', {}, a.roles.at(-1)?.title ?? a.roles.at(-1)?.role ?? '')))),
    ),
    page.next != null ? h('p', {}, h('a', { href: `/actors${qs({ ...values, offset: page.next })}` }, 'Next page →')) : null,
  );
}

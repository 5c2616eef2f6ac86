// The stored documents, newest last, searchable by their words.
import { api, qs } from '../api.js';
import { h, show, dateLabel } from '../dom.js';

export async function render() {
  const params = new URLSearchParams(location.search);
  const q = params.get('q') ?? '';
  const offset = Number(params.get('offset') ?? 0);
  const page = await api(`/api/documents${qs({ q, offset, limit: 100 })}`);
  const form = h('form', { class: 'filters', method: 'get', action: '/documents' }, h('label', {}, 'Words ', h('input', { name: 'q', value: q })), h('button', { type: 'submit' }, 'Search'));
  show(
    h('h1', {}, 'Documents'),
    form,
    h(
      'table',
      { class: 'list' },
      h('thead', {}, h('tr', {}, h('th', {}, 'Published'), h('th', {}, 'Document'), h('th', {}, 'Outlet'), h('th', {}, 'Status'))),
      h('tbody', {}, page.items.map((d) => h('tr', {}, h('td', {}, d.published ? dateLabel(d.published) : '—'), h('td', {}, h('a', { href: `/documents/${d.id}` }, d.title || d.name)), h('td', {}, d.outlet ?? ''), h('td', {}, d.status)))),
    ),
    page.next != null ? h('p', {}, h('a', { href: `/documents${qs({ q, offset: page.next })}` }, 'Next page →')) : null,
  );
}

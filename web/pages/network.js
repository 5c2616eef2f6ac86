// The contact network of a period, drawn by Cytoscape.js: nodes sized by contacts, edges by weight.
// Clicking a person opens the actor page, a country its chronicle; an edge lists its contacts,
// fetched from /api/events when it is clicked.
import { api, qs } from '../api.js';
import { h, show, loadScript } from '../dom.js';

const FIELDS = ['from', 'to', 'country', 'type', 'level'];

function form(values) {
  const input = (name, label, attrs = {}) => h('label', {}, label, h('input', { name, value: values[name] ?? '', ...attrs }));
  return h(
    'form',
    { class: 'filters', method: 'get', action: '/network' },
    input('from', 'From', { placeholder: 'YYYY-MM-DD', size: 10 }),
    input('to', 'To', { placeholder: 'YYYY-MM-DD', size: 10 }),
    input('country', 'Countries', { placeholder: 'RUS', size: 8 }),
    h('label', {}, 'Type', h('select', { name: 'type' }, ['', 'call', 'meeting', 'visit', 'summit'].map((t) => h('option', { value: t, selected: values.type === t }, t || 'any')))),
    h('label', {}, 'Nodes', h('select', { name: 'level' }, ['person', 'country'].map((t) => h('option', { value: t, selected: values.level === t }, t === 'person' ? 'people' : 'countries')))),
    h('button', { type: 'submit' }, 'Draw'),
  );
}

/** The filter that selects exactly the contacts of an edge: the network's own filter plus its two ends. */
function edgeFilter(edge, values) {
  const base = { from: values.from, to: values.to, type: values.type };
  if (values.level === 'country') return { ...base, country: [...new Set([...(values.country ? values.country.split(',') : []), edge.source, edge.target])].join(',') };
  return { ...base, country: values.country, actors: `${edge.source},${edge.target}` };
}

const EDGE_PAGE = 100;

async function edgePanel(panel, edge, values, labels) {
  const pair = values.level === 'country' ? `/chronicle${qs({ country: `${edge.source},${edge.target}`, from: values.from, to: values.to })}` : null;
  const list = h('ul', { class: 'edge-events' }, h('li', {}, 'Loading contacts…'));
  panel.replaceChildren(
    h('h2', {}, `${labels.get(edge.source)} — ${labels.get(edge.target)}`),
    h('p', {}, `${edge.weight} contacts: `, Object.entries(edge.types).map(([t, n]) => `${n} ${t}`).join(', ')),
    pair ? h('p', {}, h('a', { href: pair }, 'Chronicle of this pair')) : null,
    list,
  );
  // The edge's contacts are fetched when it is clicked: the network itself carries counts only.
  try {
    const page = await api(`/api/events${qs({ ...edgeFilter(edge, values), limit: EDGE_PAGE })}`);
    list.replaceChildren(
      ...page.items.map((e) => h('li', {}, h('a', { href: `/events/${e.id}` }, `${e.date ?? 'undated'} · ${e.type}`), ' ', e.participants.map((p) => p.name).join(', '))),
      page.next !== null ? h('li', {}, `… the first ${EDGE_PAGE} of ${edge.weight}`) : null,
    );
  } catch (err) {
    list.replaceChildren(h('li', { class: 'error' }, `Could not list the contacts: ${err.message}`));
  }
}

export async function render() {
  const params = new URLSearchParams(location.search);
  const values = Object.fromEntries(FIELDS.map((f) => [f, params.get(f) ?? '']));
  values.level ||= 'person';
  const [net] = await Promise.all([api(`/api/network${qs(values)}`), loadScript('/vendor/cytoscape.min.js')]);
  const canvas = h('div', { id: 'network', class: 'network' });
  const panel = h('aside', { class: 'panel', id: 'network-panel' }, h('p', {}, 'Click a node to open it, an edge to list its contacts.'));
  const exportLinks = h('p', { class: 'exports' }, 'Export: ', h('a', { href: `/api/network${qs({ ...values, format: 'gexf' })}` }, 'GEXF'), ' · ', h('a', { href: `/api/network${qs({ ...values, format: 'graphml' })}` }, 'GraphML'));
  show(h('h1', {}, 'Contact network'), form(values), h('p', { class: 'count' }, `${net.nodes.length} nodes, ${net.edges.length} edges${net.truncated ? ' (partial: narrow the period)' : ''}`), h('div', { class: 'network-wrap' }, canvas, panel), exportLinks);
  if (net.nodes.length === 0) return;
  const max = Math.max(...net.nodes.map((n) => n.contacts));
  const maxW = Math.max(...net.edges.map((e) => e.weight), 1);
  const labels = new Map(net.nodes.map((n) => [n.id, n.label]));
  const cy = window.cytoscape({
    container: canvas,
    elements: [
      ...net.nodes.map((n) => ({ data: { id: n.id, label: n.label, size: 14 + 46 * Math.sqrt(n.contacts / max), country: n.country ?? '' } })),
      ...net.edges.map((e) => ({ data: { id: e.id, source: e.source, target: e.target, width: 1 + 7 * (e.weight / maxW) } })),
    ],
    style: [
      { selector: 'node', style: { width: 'data(size)', height: 'data(size)', label: 'data(label)', 'font-size': 10, 'background-color': '#4a6fa5', 'text-valign': 'bottom', 'text-margin-y': 3, color: '#222' } },
      { selector: 'node[country = "RUS"]', style: { 'background-color': '#b5483b' } },
      { selector: 'node[country = "ARM"]', style: { 'background-color': '#d08c2c' } },
      { selector: 'node[country = "AZE"]', style: { 'background-color': '#2f8f83' } },
      { selector: 'edge', style: { width: 'data(width)', 'line-color': '#aab4c3', 'curve-style': 'haystack', opacity: 0.8 } },
      { selector: ':selected', style: { 'line-color': '#222', 'background-color': '#222' } },
    ],
    layout: { name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 400000, idealEdgeLength: () => 110, nodeOverlap: 20, componentSpacing: 90, padding: 30 },
  });
  const byId = new Map(net.edges.map((e) => [e.id, e]));
  cy.on('tap', 'node', (ev) => {
    const id = ev.target.id();
    location.assign(values.level === 'country' ? `/chronicle${qs({ country: id, from: values.from, to: values.to })}` : `/actors/${encodeURIComponent(id)}`);
  });
  cy.on('tap', 'edge', (ev) => edgePanel(panel, byId.get(ev.target.id()), values, labels));
  window.attacheNetwork = cy; // for the tests and the screenshot script
}

// The contact network of a period, drawn by Cytoscape.js: nodes sized by contacts, edges by weight,
// coloured by country with a legend. It reads at its default size (issue 19): labels never shrink
// below a readable size on screen however far the view is zoomed out, and grow when it is zoomed in;
// a busier person's label is larger; labels never overlap: at each zoom they are placed busiest
// first, and a label that would cover one already placed waits until the view is zoomed in far
// enough to give it room, or the pointer rests on its node (in a neighbourhood view, the selected
// person and their counterparts are placed first);
// zoom buttons, a search box that finds a person and centres them, and a neighbourhood view: a click
// (or a search) selects a node, fades everything but its neighbours and lists them in the side
// panel, with a link to the person's page (or the country's chronicle). An edge lists its contacts,
// fetched from /api/events when it is clicked. The period, countries and type are the chronicle's
// filters, under the same names, and the page links to the chronicle of the same selection.
import { api, qs } from '../api.js';
import { h, show, loadScript, sharedFilters } from '../dom.js';

const FIELDS = ['from', 'to', 'country', 'type', 'level'];

/** Smallest label on screen, in CSS pixels, at any zoom (the least busy node's); the busiest node's is MAX_LABEL_PX. */
export const MIN_LABEL_PX = 11;
const MAX_LABEL_PX = 16;
/** Room kept between two labels on screen, in CSS pixels. */
const LABEL_GAP_PX = 2;

/** Node colours of the most frequent countries, in order; the rest share OTHER. */
const PALETTE = ['#b5483b', '#d08c2c', '#2f8f83', '#4a6fa5', '#7b5ea7', '#5b8c3a', '#a8577e', '#8a6d3b', '#3b8fc4', '#c4623b', '#6b7f2a', '#9c3b6e'];
const OTHER = '#8d99a8';

function form(values) {
  const input = (name, label, attrs = {}) => h('label', {}, label, h('input', { name, value: values[name] ?? '', ...attrs }));
  return h(
    'form',
    { class: 'filters', method: 'get', action: '/network', id: 'network-filters' },
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

/** Countries by how many nodes they have, each with its colour; the legend and the style share it. */
function countryColours(nodes) {
  const counts = new Map();
  for (const n of nodes) if (n.country) counts.set(n.country, (counts.get(n.country) ?? 0) + 1);
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, PALETTE.length);
  return new Map(top.map(([c], i) => [c, PALETTE[i]]));
}

function legend(colours, level, hasOther) {
  return h(
    'ul',
    { class: 'legend', id: 'network-legend', 'aria-label': 'legend' },
    level === 'person' ? [...colours].map(([c, col]) => h('li', {}, h('span', { class: 'swatch', style: `background:${col}` }), c)) : null,
    level === 'person' && hasOther ? h('li', {}, h('span', { class: 'swatch', style: `background:${OTHER}` }), 'other or unknown country') : null,
    h('li', {}, level === 'person' ? 'circle size: contacts of the person' : 'circle size: contacts of the country'),
    h('li', {}, 'line width: contacts between the two'),
  );
}

/** The side panel for a selected node: who, how many contacts, the neighbours by weight, and the way out to its page. */
function nodePanel(panel, node, values, focus) {
  const d = node.data();
  const page = values.level === 'country' ? `/chronicle${qs({ country: d.id, from: values.from, to: values.to, type: values.type })}` : `/actors/${encodeURIComponent(d.id)}`;
  const neighbours = node
    .connectedEdges()
    .map((e) => ({ other: e.source().id() === d.id ? e.target() : e.source(), weight: e.data('weight') }))
    .sort((a, b) => b.weight - a.weight || a.other.data('label').localeCompare(b.other.data('label')));
  panel.replaceChildren(
    h('h2', { id: 'focus-name' }, d.label),
    h('p', {}, `${d.contacts} contacts${d.country ? ` · ${d.country}` : ''} · ${neighbours.length} counterparts`),
    h('p', {}, h('a', { href: page, id: 'focus-page' }, values.level === 'country' ? 'Chronicle of this country' : 'Open the person’s page')),
    h(
      'ul',
      { class: 'neighbours', id: 'neighbours' },
      neighbours.map(({ other, weight }) => h('li', {}, h('a', { href: '#', onclick: (ev) => (ev.preventDefault(), focus(other, { centre: true })) }, other.data('label')), ` (${weight})`)),
    ),
    h('p', { class: 'hint' }, 'Click the background to see the whole network again.'),
  );
}

export async function render() {
  const params = new URLSearchParams(location.search);
  const values = Object.fromEntries(FIELDS.map((f) => [f, params.get(f) ?? '']));
  values.level ||= 'person';
  const [net] = await Promise.all([api(`/api/network${qs(values)}`), loadScript('/vendor/cytoscape.min.js')]);
  const canvas = h('div', { id: 'network', class: 'network' });
  const intro = h('p', {}, 'Click a node to see its neighbourhood, an edge to list its contacts.');
  const panel = h('aside', { class: 'panel', id: 'network-panel' }, intro);
  const exportLinks = h('p', { class: 'exports' }, 'Export: ', h('a', { href: `/api/network${qs({ ...values, format: 'gexf' })}` }, 'GEXF'), ' · ', h('a', { href: `/api/network${qs({ ...values, format: 'graphml' })}` }, 'GraphML'));
  const chronicleLink = h('a', { href: `/chronicle${qs(sharedFilters(values))}`, id: 'chronicle-link' }, 'Chronicle of this selection');
  const search = h('input', { id: 'network-search', type: 'search', placeholder: values.level === 'person' ? 'find a person' : 'find a country', list: 'network-names', size: 18, 'aria-label': 'find a node' });
  const found = h('span', { class: 'hint', id: 'network-found', role: 'status' });
  const names = h('datalist', { id: 'network-names' }, net.nodes.map((n) => h('option', { value: n.label })));
  const zoomBtn = (id, label, title) => h('button', { type: 'button', id, title, 'aria-label': title }, label);
  const tools = h(
    'div',
    { class: 'network-tools' },
    h('form', { id: 'network-search-form', class: 'inline' }, search, ' ', h('button', { type: 'submit' }, 'Find'), ' ', found, names),
    h('span', {}, zoomBtn('zoom-in', '+', 'zoom in'), ' ', zoomBtn('zoom-out', '−', 'zoom out'), ' ', zoomBtn('zoom-fit', 'Fit', 'show the whole network')),
  );
  const colours = countryColours(net.nodes);
  const hasOther = net.nodes.some((n) => !colours.has(n.country));
  show(
    h('h1', {}, 'Contact network'),
    form(values),
    h('p', { class: 'count' }, `${net.nodes.length} nodes, ${net.edges.length} edges${net.truncated ? ' (partial: narrow the period)' : ''} · `, chronicleLink),
    tools,
    legend(colours, values.level, hasOther),
    h('div', { class: 'network-wrap' }, canvas, panel),
    exportLinks,
  );
  if (net.nodes.length === 0) return;
  const max = Math.max(...net.nodes.map((n) => n.contacts));
  const maxW = Math.max(...net.edges.map((e) => e.weight), 1);
  const labels = new Map(net.nodes.map((n) => [n.id, n.label]));
  const cy = window.cytoscape({
    container: canvas,
    elements: [
      ...net.nodes.map((n) => ({ data: { id: n.id, label: n.label, contacts: n.contacts, size: 14 + 46 * Math.sqrt(n.contacts / max), labelPx: MIN_LABEL_PX + (MAX_LABEL_PX - MIN_LABEL_PX) * Math.sqrt(n.contacts / max), country: n.country ?? '', colour: colours.get(n.country) ?? OTHER } })),
      ...net.edges.map((e) => ({ data: { id: e.id, source: e.source, target: e.target, weight: e.weight, width: 1 + 7 * (e.weight / maxW) } })),
    ],
    style: [
      { selector: 'node', style: { width: 'data(size)', height: 'data(size)', label: 'data(label)', 'font-size': 'data(labelPx)', 'background-color': 'data(colour)', 'text-valign': 'bottom', 'text-margin-y': 3, color: '#222', 'text-outline-color': '#fff', 'text-outline-width': 2, 'text-outline-opacity': 0.85 } },
      { selector: 'edge', style: { width: 'data(width)', 'line-color': '#aab4c3', 'curve-style': 'haystack', opacity: 0.8 } },
      { selector: 'node.quiet', style: { 'text-opacity': 0 } },
      // A hidden label shows while the pointer is on its node.
      { selector: 'node.quiet.hover', style: { 'text-opacity': 1, 'z-index': 20 } },
      { selector: '.faded', style: { opacity: 0.12, 'text-opacity': 0 } },
      { selector: 'node.focus', style: { 'border-width': 3, 'border-color': '#222', 'font-weight': 'bold', 'z-index': 10 } },
      { selector: 'edge.near', style: { 'line-color': '#55606e', opacity: 1 } },
      { selector: 'edge:selected', style: { 'line-color': '#222' } },
    ],
    minZoom: 0.1,
    maxZoom: 4,
    layout: { name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 400000, idealEdgeLength: () => 110, nodeOverlap: 20, componentSpacing: 90, padding: 30 },
  });

  // Labels: each node's size (labelPx, by its contacts) in the graph's units, but never under that
  // size on screen. Zoomed out, the font grows in graph units so that it stays readable; zoomed in, it
  // grows with the view.
  const scaleLabels = () => {
    const z = cy.zoom();
    cy.batch(() => cy.nodes().forEach((n) => n.style('font-size', Math.max(n.data('labelPx'), n.data('labelPx') / z))));
  };
  // Then placed without overlap, in order: the selected node, its counterparts, then the busiest;
  // a label that would touch one already placed is hidden (class quiet) until there is room for it.
  const declutter = () => {
    const chosen = cy.nodes('.focus');
    const near = chosen.nonempty() ? chosen.closedNeighborhood().nodes() : null;
    const rank = (n) => (n.hasClass('focus') ? 2 : near && near.contains(n) ? 1 : 0);
    const order = cy.nodes().toArray().sort((a, b) => rank(b) - rank(a) || b.data('contacts') - a.data('contacts') || a.id().localeCompare(b.id()));
    const gap = LABEL_GAP_PX / cy.zoom();
    const placed = [];
    cy.batch(() => {
      for (const n of order) {
        if (near && !near.contains(n)) {
          n.addClass('quiet'); // faded anyway
          continue;
        }
        const b = n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false });
        const hit = placed.some((p) => b.x1 < p.x2 + gap && b.x2 + gap > p.x1 && b.y1 < p.y2 + gap && b.y2 + gap > p.y1);
        if (hit) n.addClass('quiet');
        else {
          n.removeClass('quiet');
          placed.push(b);
        }
      }
    });
  };
  const relabel = () => {
    scaleLabels();
    declutter();
  };
  cy.on('zoom', relabel);
  relabel();

  const clearFocus = () => {
    cy.elements().removeClass('faded focus near');
    declutter();
    panel.replaceChildren(intro);
    found.textContent = '';
  };
  const focus = (node, { centre = false } = {}) => {
    const near = node.closedNeighborhood();
    cy.elements().removeClass('focus near');
    cy.elements().not(near).addClass('faded');
    near.removeClass('faded');
    near.edges().addClass('near');
    node.addClass('focus');
    nodePanel(panel, node, values, focus);
    if (centre) {
      // The node itself in the middle (cy.center would centre its box, label included).
      const zoom = Math.max(cy.zoom(), 1);
      const p = node.position();
      cy.viewport({ zoom, pan: { x: cy.width() / 2 - p.x * zoom, y: cy.height() / 2 - p.y * zoom } });
    }
    relabel();
  };
  const byId = new Map(net.edges.map((e) => [e.id, e]));
  cy.on('mouseover', 'node', (ev) => ev.target.addClass('hover'));
  cy.on('mouseout', 'node', (ev) => ev.target.removeClass('hover'));
  cy.on('tap', 'node', (ev) => focus(ev.target));
  cy.on('tap', 'edge', (ev) => edgePanel(panel, byId.get(ev.target.id()), values, labels));
  cy.on('tap', (ev) => {
    if (ev.target === cy) clearFocus();
  });

  const zoomBy = (factor) => cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  tools.querySelector('#zoom-in').addEventListener('click', () => zoomBy(1.25));
  tools.querySelector('#zoom-out').addEventListener('click', () => zoomBy(0.8));
  tools.querySelector('#zoom-fit').addEventListener('click', () => cy.fit(undefined, 30));

  tools.querySelector('#network-search-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    const needle = search.value.trim().toLowerCase();
    if (!needle) return clearFocus();
    const nodes = cy.nodes().toArray();
    // An exact name first, then the start of a name, then any part of it; the busiest node wins a tie.
    const hit = [(l) => l === needle, (l) => l.startsWith(needle), (l) => l.includes(needle)]
      .map((test) => nodes.filter((n) => test(n.data('label').toLowerCase()) || n.id().toLowerCase() === needle).sort((a, b) => b.data('contacts') - a.data('contacts'))[0])
      .find(Boolean);
    if (!hit) {
      found.textContent = `No one called “${search.value.trim()}” in this network.`;
      return;
    }
    focus(hit, { centre: true });
    found.textContent = '';
  });
  window.attacheNetwork = cy; // for the tests and the screenshot script
}

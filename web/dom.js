// Building the page from data. Every piece of text goes in as a text node (textContent), never as
// HTML: document text is untrusted. Links only to this site or to http(s) addresses.

/** Creates an element: h('a', { href: '/x', class: 'y' }, 'text', child, [more]). */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs ?? {})) {
    if (v == null || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (k === 'href') {
      const href = safeHref(v);
      if (href) el.setAttribute('href', href);
    } else if (k === 'dataset') Object.assign(el.dataset, v);
    else if (/^[a-z][a-z0-9-]*$/i.test(k) && !/^on/i.test(k)) el.setAttribute(k, v === true ? '' : String(v));
  }
  append(el, children);
  return el;
}

/** Bidirectional controls (embeddings, overrides, isolates, marks): in a name they could mirror the text around it. */
const BIDI = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

function append(el, children) {
  for (const c of children) {
    if (c == null || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else if (c instanceof Node) el.append(c);
    else {
      const text = document.createTextNode(String(c));
      // A text with bidi controls is isolated in <bdi>: "(RUS)" after it stays "(RUS)" (issue 19).
      if (BIDI.test(text.data)) {
        const iso = document.createElement('bdi');
        iso.append(text);
        el.append(iso);
      } else el.append(text);
    }
  }
}

/** A link target, or null: same-site paths, anchors in the page, and http(s) URLs. javascript:, data: and the rest are dropped. */
export function safeHref(v) {
  const s = String(v).trim();
  if (/^#[\w-]+$/.test(s)) return s;
  if (s.startsWith('/') && !s.startsWith('//')) return s;
  try {
    const u = new URL(s);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** Replaces the content of `el` (the page's main area by default). */
export function show(...children) {
  const main = document.getElementById('main');
  main.replaceChildren();
  append(main, children);
  return main;
}

export function errorBox(err) {
  return h('p', { class: 'error', role: 'alert' }, String(err?.message ?? err));
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function dateLabel(d) {
  if (!d) return 'Date not stated';
  const [y, m, day] = d.split('-').map(Number);
  if (!m) return String(y);
  return day ? `${day} ${MONTHS[m - 1]} ${y}` : `${MONTHS[m - 1]} ${y}`;
}

export const role = (r) => (r ? r.replace(/-/g, ' ') : '');

/** Loads a classic script (the vendored graph and chart libraries) once. */
const loaded = new Map();
export function loadScript(src) {
  if (!loaded.has(src)) {
    loaded.set(src, new Promise((resolve, reject) => {
      const s = document.createElement('script');
      s.src = src;
      s.onload = resolve;
      s.onerror = () => reject(new Error(`could not load ${src}`));
      document.head.append(s);
    }));
  }
  return loaded.get(src);
}

/** The filters the chronicle, the network and the chart share, under the same names (issue 19). */
export const SHARED_FILTERS = ['from', 'to', 'country', 'type'];

export function sharedFilters(values) {
  return Object.fromEntries(SHARED_FILTERS.map((k) => [k, values[k] ?? '']).filter(([, v]) => v));
}

/**
 * Points the header's Chronicle, Network and Chart links at the same period, countries and type as
 * the page shown, so that moving between them keeps the selection. Called after every filter change.
 */
export function shareFiltersInNav(search = location.search) {
  const params = new URLSearchParams(search);
  const shared = new URLSearchParams(Object.entries(sharedFilters(Object.fromEntries(params))));
  const tail = shared.toString() ? `?${shared}` : '';
  for (const a of document.querySelectorAll('header nav a[data-shares-filters]')) a.setAttribute('href', `${a.dataset.sharesFilters}${tail}`);
}

// The single-page app's entry: picks the page for the address and wires the token form. Pages are
// ordinary links (a full load each), so every view has its own address to share or bookmark.
import { api, token } from './api.js';
import { show, errorBox, shareFiltersInNav } from './dom.js';

const ROUTES = [
  [/^\/(?:chronicle)?$/, () => import('./pages/chronicle.js')],
  [/^\/events\/([\w:-]+)$/, () => import('./pages/event.js')],
  [/^\/documents$/, () => import('./pages/documents.js')],
  [/^\/documents\/(\d+)$/, () => import('./pages/document.js')],
  [/^\/actors$/, () => import('./pages/actors.js')],
  [/^\/actors\/(.+)$/, () => import('./pages/actor.js')],
  [/^\/network$/, () => import('./pages/network.js')],
  [/^\/chart$/, () => import('./pages/chart.js')],
  [/^\/review$/, () => import('./pages/review.js')],
];

async function route() {
  const path = location.pathname.replace(/\/+$/, '') || '/';
  for (const [re, load] of ROUTES) {
    const m = path.match(re);
    if (!m) continue;
    try {
      const page = await load();
      await page.render(...m.slice(1).map(decodeURIComponent));
    } catch (e) {
      show(errorBox(e));
    }
    return;
  }
  show(errorBox(`no page at ${path}`));
}

async function checkToken() {
  const state = document.getElementById('token-state');
  if (!token.get()) {
    state.textContent = 'read only';
    return;
  }
  try {
    await api('/api/auth');
    state.textContent = 'token accepted';
    document.body.classList.add('can-write');
  } catch (e) {
    state.textContent = e.status === 401 ? 'wrong token' : 'token not checked';
    document.body.classList.remove('can-write');
  }
}

document.getElementById('token-form').addEventListener('submit', async (ev) => {
  ev.preventDefault();
  const input = document.getElementById('token');
  token.set(input.value.trim());
  input.value = '';
  await checkToken();
});

for (const a of document.querySelectorAll('header nav a')) {
  if (location.pathname === (a.dataset.sharesFilters ?? a.getAttribute('href')) || (location.pathname === '/' && a.getAttribute('href') === '/chronicle')) a.setAttribute('aria-current', 'page');
}
shareFiltersInNav();
checkToken();
route();

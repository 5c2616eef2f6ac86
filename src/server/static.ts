// The web UI's files: web/ as static files, the graph and chart libraries from node_modules, and
// index.html for every page path of the single-page app (/chronicle, /events/12, /documents/3 …).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import { ROOT } from '../paths.ts';

export const WEB_ROOT = `${join(ROOT, 'web')}/`;
const require = createRequire(import.meta.url);

/** Browser builds of the libraries the UI loads, by the name it asks for. */
const VENDOR: Record<string, string> = {
  'cytoscape.min.js': join(dirname(require.resolve('cytoscape')), 'cytoscape.min.js'),
  'chart.umd.min.js': join(dirname(require.resolve('chart.js')), 'chart.umd.min.js'),
};

/** Top-level paths of the app's pages; anything else that is not a file is a 404. */
const PAGES = /^\/(?:$|chronicle|events|actors|documents|network|chart|review|about)(?:\/[^.]*)?$/;

export function staticRoutes(): Hono {
  const app = new Hono();
  const index = readFileSync(join(WEB_ROOT, 'index.html'), 'utf8');
  for (const [name, file] of Object.entries(VENDOR)) {
    app.get(`/vendor/${name}`, serveStatic({ path: file, onFound: (_p, c) => c.header('Cache-Control', 'public, max-age=86400') }));
  }
  app.get('/static/*', serveStatic({ root: WEB_ROOT, rewriteRequestPath: (p) => p.replace(/^\/static/, '') }));
  app.get('*', (c) => (PAGES.test(c.req.path) ? c.html(index) : c.notFound()));
  return app;
}

// The HTTP application: the JSON API under /api and the web UI, over one store. Reads are open on
// a loopback address; every write (and, off loopback, every read) needs the bearer token. One error
// path: known errors become their response, anything else is logged and becomes a 500.
import { Hono, type MiddlewareHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { bearerAuth } from 'hono/bearer-auth';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import type { Store } from '../store/open.ts';
import { defaultGazetteer, type Gazetteer } from '../gazetteer/index.ts';
import { readRoutes } from './routes/read.ts';
import { writeRoutes } from './routes/write.ts';
import { reviewRoutes } from './routes/review.ts';
import { staticRoutes } from './static.ts';
import { openApiDocument } from './openapi.ts';

/** Largest request body accepted (curation bodies are small JSON objects). */
export const MAX_BODY_BYTES = 64 * 1024;

export interface AppOptions {
  db: Store;
  /** The write token (ATTACHE_TOKEN); without it every write is refused. */
  token?: string;
  /** Off loopback, reads need the token too. */
  readsNeedToken?: boolean;
  gazetteer?: Gazetteer;
  log?: (line: string) => void;
  /**
   * Host names the server answers to. Served on loopback without a token, it answers only to loopback
   * names: a foreign page that makes a DNS name resolve to 127.0.0.1 (DNS rebinding) is refused.
   */
  allowedHosts?: string[];
}

const unauthorized = (error: string) => new Response(JSON.stringify({ error }), { status: 401, headers: { 'Content-Type': 'application/json', 'WWW-Authenticate': 'Bearer realm="attache"' } });

function tokenGuard(token: string | undefined): MiddlewareHandler {
  if (!token) return async () => unauthorized('this server accepts no writes: start it with ATTACHE_TOKEN set');
  const message = { error: 'a write needs the token: send "Authorization: Bearer <ATTACHE_TOKEN>" (or set it in the UI)' };
  return bearerAuth({ token, noAuthenticationHeader: { message }, invalidAuthenticationHeader: { message }, invalidToken: { message: { error: 'wrong token' } } });
}

export function createApp(o: AppOptions): Hono {
  const app = new Hono();
  const log = o.log ?? ((l: string) => process.stderr.write(l + '\n'));
  const guard = tokenGuard(o.token);

  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    }),
  );
  if (o.allowedHosts) {
    const allowed = new Set(o.allowedHosts.map((h) => h.toLowerCase()));
    app.use('*', async (c, next) => {
      const host = new URL(c.req.url).hostname.toLowerCase();
      if (!allowed.has(host)) return c.json({ error: `this server answers to ${[...allowed].join(', ')}, not ${host}` }, 403);
      return next();
    });
  }
  app.use('/api/*', bodyLimit({ maxSize: MAX_BODY_BYTES, onError: (c) => c.json({ error: `request body larger than ${MAX_BODY_BYTES} bytes` }, 413) }));
  app.use('/api/*', async (c, next) => {
    const reading = c.req.method === 'GET' || c.req.method === 'HEAD';
    if (reading && !o.readsNeedToken && c.req.path !== '/api/auth') return next();
    return guard(c, next);
  });

  app.get('/api/openapi.json', (c) => c.json(openApiDocument()));
  app.get('/api/auth', (c) => c.body(null, 204));
  app.route('/api', readRoutes(o.db, o.gazetteer ?? defaultGazetteer(), (e) => log(`attache serve: an export failed after it had started (the download was cut): ${e.stack ?? e.message}`)));
  app.route('/api', writeRoutes(o.db));
  app.route('/api', reviewRoutes(o.db, o.gazetteer ?? defaultGazetteer()));
  app.all('/api/*', (c) => c.json({ error: `no such endpoint: ${c.req.method} ${c.req.path}` }, 404));
  app.route('/', staticRoutes());

  app.onError((err, c) => {
    if (err instanceof HTTPException) {
      if (err.status >= 500) log(`attache serve: ${c.req.method} ${c.req.path}: ${(err.cause as Error | undefined)?.stack ?? err.message}`);
      return err.getResponse();
    }
    const status = (err as { status?: unknown }).status;
    if (err.name === 'CurationError' && (status === 400 || status === 404 || status === 409)) return c.json({ error: err.message }, status);
    log(`attache serve: ${c.req.method} ${c.req.path}: ${err.stack ?? err.message}`);
    return c.json({ error: 'internal error' }, 500);
  });
  return app;
}

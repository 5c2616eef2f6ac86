// Starting the server: opens the store, refuses a non-loopback address without a token, listens,
// and returns the address and a close function (used by `attache serve`, the tests and the bench).
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { isIP } from 'node:net';
import { openStore, type Store } from '../store/open.ts';
import { createApp } from './app.ts';

export interface ServerOptions {
  db: string | Store;
  host?: string;
  port?: number;
  token?: string;
  log?: (line: string) => void;
}

export interface RunningServer {
  url: string;
  port: number;
  db: Store;
  close(): Promise<void>;
}

export function isLoopback(host: string): boolean {
  if (host === 'localhost') return true;
  if (isIP(host) === 4) return host.startsWith('127.');
  return host === '::1' || host === '[::1]';
}

export class ServeRefused extends Error {}

export async function startServer(o: ServerOptions): Promise<RunningServer> {
  const host = o.host ?? '127.0.0.1';
  const token = o.token || undefined;
  const loopback = isLoopback(host);
  if (!loopback && !token) {
    throw new ServeRefused(`refusing to listen on ${host}, which is not a loopback address, without a token: set ATTACHE_TOKEN (writes and reads will then need it), or use --host 127.0.0.1`);
  }
  const db = typeof o.db === 'string' ? await openStore(o.db) : o.db;
  // On loopback the server answers to loopback names only (DNS rebinding, issue 19); off loopback the token guards every request.
  const hosts = loopback ? ['localhost', '127.0.0.1', '[::1]', '::1', host.replace(/^\[|\]$/g, '')] : undefined;
  const app = createApp({ db, token, readsNeedToken: !loopback, log: o.log, allowedHosts: hosts });
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, hostname: host, port: o.port ?? 8080 }, () => resolve(s));
    s.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  const shown = host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
  return {
    url: `http://${shown}:${port}`,
    port,
    db,
    close: async () => {
      await new Promise<void>((r) => server.close(() => r()));
      if (typeof o.db === 'string') await db.destroy();
    },
  };
}

/**
 * @module
 * startServer(): opens the corpus, builds the app and listens on node:http. Used by
 * `copytrace serve`, the browser tests and the bench, so all three run the same server.
 */
import type { AddressInfo } from 'node:net';
import { availableParallelism } from 'node:os';
import { serve } from '@hono/node-server';
import { openStore } from '../store/open.js';
import type { Store } from '../store/store.js';
import { createApp } from './app.js';
import { ComparePool } from './compare-pool.js';
import { DEFAULT_LIMITS, type ServerLimits } from './options.js';

/** Default address: loopback only, port 8080. */
export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 8080;

/** Options of {@link startServer}. */
export interface StartOptions {
  /** SQLite file of the corpus; none: compare only. */
  db?: string;
  /** Port (0 picks a free one). */
  port?: number;
  host?: string;
  readOnly?: boolean;
  allowPrivateUrls?: boolean;
  limits?: Partial<ServerLimits>;
  webRoot?: string;
  /** Worker threads for compare (default: one per core; 0 compares in the request thread). */
  compareWorkers?: number;
}

/** A running server. */
export interface RunningServer {
  /** Base URL, e.g. `http://127.0.0.1:8080`. */
  url: string;
  port: number;
  store: Store | undefined;
  /** Compare worker threads (0: in the request thread). */
  workers: number;
  /** Stops accepting, ends open connections, stops the compare workers and closes the store. */
  close(): Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

/**
 * Starts the server and resolves once it listens.
 * @throws CopytraceError `store.unavailable` when the database cannot be opened; the listen error
 *   (EADDRINUSE, EACCES) as is
 */
export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
  const host = options.host ?? DEFAULT_HOST;
  const store = options.db ? openStore(options.db, { readonly: options.readOnly ?? false }) : undefined;
  const pool = new ComparePool(options.compareWorkers ?? availableParallelism(), options.limits?.compareTimeoutMs ?? DEFAULT_LIMITS.compareTimeoutMs);
  pool.warm();
  // On loopback, accept only loopback Host headers: a web page cannot reach us by rebinding its name.
  const allowedHosts = LOOPBACK.has(host) ? ['127.0.0.1', 'localhost', '::1'] : undefined;
  const app = createApp({
    ...(store ? { store } : {}),
    pool,
    readOnly: options.readOnly ?? false,
    allowPrivateUrls: options.allowPrivateUrls ?? false,
    ...(options.limits ? { limits: options.limits } : {}),
    ...(options.webRoot ? { webRoot: options.webRoot } : {}),
    ...(allowedHosts ? { allowedHosts } : {}),
  });
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: options.port ?? DEFAULT_PORT, hostname: host }, () => resolve(s));
    s.once('error', (e) => { void store?.close(); void pool.close(); reject(e); });
  });
  const addr = server.address() as AddressInfo;
  const shownHost = addr.family === 'IPv6' || addr.address.includes(':') ? `[${addr.address}]` : addr.address;
  return {
    url: `http://${shownHost}:${addr.port}`,
    port: addr.port,
    store,
    workers: pool.size,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        (server as { closeAllConnections?: () => void }).closeAllConnections?.();
      });
      await pool.close();
      await store?.close();
    },
  };
}

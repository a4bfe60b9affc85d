/**
 * @module
 * guardedFetch(): an HTTP(S) GET that is safe to run on a server for untrusted URLs (SSRF rules).
 * - only http/https; DNS is resolved here and every address is checked (see ip.ts) unless
 *   `allowPrivate`; the socket connects to the checked address (pinned through `lookup`), so a
 *   second DNS answer (rebinding) cannot switch it;
 * - redirects are followed by hand (at most `maxRedirects`), each hop checked again;
 * - one deadline for the whole fetch, and a byte limit on the (decompressed) body.
 * The CLI calls it with `allowPrivate: true` (the user's own machine); the server must not.
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { CopytraceError } from '../errors.js';
import { bareAddress, classifyAddress } from './ip.js';
import { readResponse } from './fetch-body.js';

/** Default deadline for the whole fetch (redirects and body included): 20 s. */
export const DEFAULT_FETCH_TIMEOUT_MS = 20_000;
/** Default largest body (decompressed): 50 MB, the same as for files. */
export const DEFAULT_FETCH_MAX_BYTES = 50 * 1024 * 1024;
/** Default most redirects followed. */
export const DEFAULT_MAX_REDIRECTS = 5;
const USER_AGENT = 'copytrace/0.1 (+https://github.com/copytrace)';

/** Options for {@link guardedFetch}. */
export interface GuardedFetchOptions {
  /** Deadline for the whole fetch, redirects and body included. */
  timeoutMs?: number;
  /** Largest body accepted (after decompression). */
  maxBytes?: number;
  /** Allow loopback, private, link-local and other non-public addresses (CLI only). */
  allowPrivate?: boolean;
  maxRedirects?: number;
  /**
   * Replaces the default rule (public addresses only) when `allowPrivate` is false: e.g. a server
   * with an allow-list, or tests. Called for every resolved address of every hop.
   */
  isAddressAllowed?: (address: string) => boolean;
  /** Cancels the fetch (it then rejects with `fetch.failed`). */
  signal?: AbortSignal;
}

/** A fetched resource. */
export interface FetchedResource {
  /** The URL the body came from, after redirects. */
  url: string;
  status: number;
  contentType: string | undefined;
  body: Buffer;
}

interface Hop {
  status: number;
  location: string | undefined;
  contentType: string | undefined;
  body: Buffer | undefined;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** Parses and vets a URL; only absolute http(s) URLs with a host pass. */
export function parseHttpUrl(raw: string): URL {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    throw new CopytraceError('fetch.bad-url', `${raw}: not a valid URL`);
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') {
    throw new CopytraceError('fetch.bad-url', `${raw}: only http and https URLs can be fetched`);
  }
  if (!u.hostname) throw new CopytraceError('fetch.bad-url', `${raw}: URL has no host`);
  return u;
}

function timeoutError(original: string, timeoutMs: number): CopytraceError {
  return new CopytraceError('fetch.timeout', `${original}: timed out after ${timeoutMs / 1000} s`);
}

const isPublic = (address: string): boolean => classifyAddress(address) === 'public';

/** Resolves `host` (unless it is an IP literal) and returns the addresses allowed, in DNS order. */
async function resolveChecked(
  host: string,
  allowed: ((address: string) => boolean) | undefined,
  original: string,
): Promise<LookupAddress[]> {
  const literal = bareAddress(host);
  let addresses: LookupAddress[];
  if (classifyAddress(literal) !== 'invalid') {
    addresses = [{ address: literal, family: literal.includes(':') ? 6 : 4 }];
  } else {
    addresses = await new Promise<LookupAddress[]>((resolve, reject) => {
      dnsLookup(host, { all: true }, (err, res) => {
        if (err || !res?.length) {
          reject(new CopytraceError('fetch.failed', `${original}: cannot resolve host ${host}`, { cause: err }));
        } else resolve(res);
      });
    });
  }
  if (!allowed) return addresses;
  const ok = addresses.filter((a) => allowed(a.address));
  if (ok.length === 0) {
    const first = addresses[0]!;
    const kind = classifyAddress(first.address);
    const what = kind === 'public' ? 'disallowed' : kind;
    throw new CopytraceError('fetch.forbidden', `${original}: refusing to fetch from a ${what} address (${host} is ${first.address})`);
  }
  return ok;
}

function networkError(original: string, err: NodeJS.ErrnoException): CopytraceError {
  if (err instanceof CopytraceError) return err;
  const reasons: Record<string, string> = {
    ECONNREFUSED: 'connection refused',
    ECONNRESET: 'connection reset by the server',
    EHOSTUNREACH: 'host unreachable',
    ENETUNREACH: 'network unreachable',
    ENOTFOUND: 'cannot resolve host',
    EPIPE: 'connection closed by the server',
  };
  const code = err.code ?? '';
  const why =
    reasons[code] ??
    (code.startsWith('ERR_TLS') || code.includes('CERT') ? `TLS error (${code})` : undefined) ??
    (err.message.split('\n')[0] || code || 'connection failed');
  return new CopytraceError('fetch.failed', `${original}: ${why}`, { cause: err });
}

/** One request to a pinned address; the body is read only for a final (non-redirect) answer. */
function requestOnce(url: URL, pinned: LookupAddress[], maxBytes: number, original: string, signal: AbortSignal): Promise<Hop> {
  // The socket may only connect to the addresses checked above, whatever DNS says now.
  const lookup: LookupFunction = (_hostname, options, callback) => {
    if (options.all) (callback as (e: null, a: LookupAddress[]) => void)(null, pinned);
    else callback(null, pinned[0]!.address, pinned[0]!.family);
  };
  const mod = url.protocol === 'https:' ? https : http;
  return new Promise<Hop>((resolve, reject) => {
    const req = mod.request(
      {
        protocol: url.protocol,
        hostname: bareAddress(url.hostname),
        port: url.port || undefined,
        path: `${url.pathname}${url.search}`,
        method: 'GET',
        agent: false,
        lookup,
        signal,
        headers: {
          host: url.host,
          'user-agent': USER_AGENT,
          accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5',
          'accept-encoding': 'gzip, deflate, br',
        },
      },
      (res) => {
        const status = res.statusCode ?? 0;
        const contentType = res.headers['content-type'];
        if (REDIRECTS.has(status)) {
          res.resume();
          resolve({ status, location: res.headers.location, contentType, body: undefined });
          return;
        }
        readResponse(res, maxBytes, original).then(
          (body) => resolve({ status, location: undefined, contentType, body }),
          (e: unknown) => {
            req.destroy();
            reject(e);
          },
        );
      },
    );
    req.on('error', (e: NodeJS.ErrnoException) => reject(networkError(original, e)));
    req.end();
  });
}

/**
 * Fetches a URL under the SSRF rules above.
 * @throws CopytraceError `fetch.bad-url`, `fetch.forbidden`, `fetch.failed` (DNS, connection, HTTP
 *   status >= 400, too many redirects), `fetch.timeout`, `fetch.too-large`; messages name the URL
 */
export async function guardedFetch(url: string, options: GuardedFetchOptions = {}): Promise<FetchedResource> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_FETCH_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_FETCH_MAX_BYTES;
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const allowed = options.allowPrivate ? undefined : (options.isAddressAllowed ?? isPublic);
  let current = parseHttpUrl(url);
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(timeoutError(url, timeoutMs));
    }, timeoutMs);
  });
  deadline.catch(() => undefined); // handled through the race below
  const cancelled = new Promise<never>((_, reject) => {
    const onAbort = (): void => {
      controller.abort();
      reject(new CopytraceError('fetch.failed', `${url}: cancelled`));
    };
    if (options.signal?.aborted) onAbort();
    else options.signal?.addEventListener('abort', onAbort, { once: true });
  });
  cancelled.catch(() => undefined);
  try {
    for (let hop = 0; ; hop++) {
      const pinned = await Promise.race([resolveChecked(current.hostname, allowed, url), deadline, cancelled]);
      const res = await Promise.race([requestOnce(current, pinned, maxBytes, url, controller.signal), deadline, cancelled]);
      if (REDIRECTS.has(res.status)) {
        if (!res.location) throw new CopytraceError('fetch.failed', `${url}: redirect without a Location header`);
        if (hop >= maxRedirects) throw new CopytraceError('fetch.failed', `${url}: too many redirects (more than ${maxRedirects})`);
        let next: URL;
        try {
          next = new URL(res.location, current);
        } catch {
          throw new CopytraceError('fetch.failed', `${url}: redirect to an invalid URL`);
        }
        if (next.protocol !== 'http:' && next.protocol !== 'https:') {
          throw new CopytraceError('fetch.forbidden', `${url}: redirect to a non-http URL (${next.protocol})`);
        }
        current = next;
        continue;
      }
      if (res.status >= 400 || res.status < 200) {
        throw new CopytraceError('fetch.failed', `${url}: server answered HTTP ${res.status}`);
      }
      return { url: current.href, status: res.status, contentType: res.contentType, body: res.body ?? Buffer.alloc(0) };
    }
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
}

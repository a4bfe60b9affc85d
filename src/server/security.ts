/**
 * @module
 * Security middleware: response headers (a strict Content-Security-Policy with no inline script,
 * nosniff, no framing, no referrer), a Host check against DNS rebinding, and a same-origin rule for
 * writes (a JSON content type, and an Origin header, when sent, naming this server).
 */
import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { HttpError } from './http-errors.js';

/**
 * The security headers on every response. The policy allows scripts, styles, images and API calls
 * from this origin only: nothing inline, no plugins, no framing.
 */
export function securityHeaders(): MiddlewareHandler {
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'none'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'"],
      fontSrc: ["'self'"],
      connectSrc: ["'self'"],
      manifestSrc: ["'self'"],
      baseUri: ["'none'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
      objectSrc: ["'none'"],
    },
    xFrameOptions: 'DENY',
    referrerPolicy: 'no-referrer',
    crossOriginResourcePolicy: 'same-origin',
    crossOriginOpenerPolicy: 'same-origin',
    strictTransportSecurity: false, // served over plain HTTP on loopback by default
    permissionsPolicy: { camera: [], microphone: [], geolocation: [] },
  });
}

/** The host name of a Host header value, without port or IPv6 brackets, lower case. */
export function hostName(host: string): string {
  const h = host.trim().toLowerCase();
  if (h.startsWith('[')) return h.slice(1, h.indexOf(']') < 0 ? undefined : h.indexOf(']'));
  const colon = h.lastIndexOf(':');
  return colon > 0 && h.indexOf(':') === colon ? h.slice(0, colon) : h;
}

/** Refuses requests whose Host header is not one of `allowed` (421), so rebinding a name to 127.0.0.1 gets nowhere. */
export function hostCheck(allowed: string[] | undefined): MiddlewareHandler {
  const set = allowed ? new Set(allowed.map((h) => hostName(h))) : undefined;
  return async (c, next) => {
    if (set) {
      // node:http requests always carry Host; a bare Request (tests) falls back to its URL.
      const host = c.req.header('host') ?? new URL(c.req.url).host;
      if (!set.has(hostName(host))) throw new HttpError(421, 'request.bad-host', `host ${host} is not served here`);
    }
    await next();
  };
}

/**
 * For writes (POST/PUT/PATCH/DELETE) under /api: the body must be JSON (so a cross-site form or a
 * no-cors fetch cannot post one without a CORS preflight), and an Origin header, when present, must
 * be this server's own.
 */
export function sameOriginWrites(): MiddlewareHandler {
  return async (c, next) => {
    const m = c.req.method;
    if (m !== 'GET' && m !== 'HEAD' && m !== 'OPTIONS') {
      const origin = c.req.header('origin');
      if (origin && origin !== 'null') {
        let ok = false;
        try { ok = new URL(origin).host === new URL(c.req.url).host; } catch { ok = false; }
        if (!ok) throw new HttpError(403, 'request.cross-origin', `writes from origin ${origin} are not allowed`);
      } else if (origin === 'null') {
        throw new HttpError(403, 'request.cross-origin', 'writes from an opaque origin are not allowed');
      }
      const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
      if (type !== 'application/json') {
        throw new HttpError(415, 'input.content-type', `expected Content-Type application/json, got ${type || 'none'}`);
      }
    }
    await next();
  };
}

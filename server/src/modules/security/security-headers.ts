/**
 * Browser security headers (helmet) and the CORS allow-list (cors), for every response Beacon sends.
 *
 * - Content-Security-Policy: scripts only from Beacon's own origin, never inline, so injected markup cannot
 *   run; styles from Beacon's origin plus inline style elements (the dashboard's component library writes
 *   its theme's CSS variables into a <style> element); nothing may frame Beacon (`frame-ancestors 'none'`,
 *   and X-Frame-Options: DENY for older browsers). The developer pages under /graphql (the landing page and
 *   the bundled explorer) get the same policy plus workers from Beacon's origin, which code editors run
 *   their language services in, and Apollo Sandbox: its one script from Apollo's CDN and its frame.
 *   Nothing else from elsewhere, on those pages or any other.
 * - X-Content-Type-Options: nosniff; Referrer-Policy: no-referrer (dashboard URLs name records).
 * - Strict-Transport-Security, and upgrade-insecure-requests, only when cookies are Secure, that is when
 *   Beacon is served over https: on plain http they would break the deployment.
 * - CORS: none by default, so only Beacon's own pages may read its answers from a browser;
 *   BEACON_CORS_ORIGINS lists other origins (a partner's site) allowed to call the public API. Cookies
 *   are never sent cross-site (SameSite=Lax), so an allowed origin reads what any anonymous client may.
 */
import cors from 'cors';
import type { RequestHandler } from 'express';
import helmet from 'helmet';

export interface SecurityHeaderOptions {
  readonly httpsOnly: boolean;
  readonly corsOrigins: readonly string[];
}

type Directives = Record<string, Iterable<string> | null>;

function policy(httpsOnly: boolean, extra: Directives = {}): Directives {
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'script-src-attr': ["'none'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'", 'data:'],
    // 'self' covers the same-origin WebSocket (ws:/wss:) of live updates.
    'connect-src': ["'self'"],
    'manifest-src': ["'self'"],
    'worker-src': ["'none'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
    'upgrade-insecure-requests': httpsOnly ? [] : null,
    ...extra,
  };
}

/** Apollo Sandbox, which the /graphql landing page embeds when Apollo's CDN can be reached. */
export const APOLLO_SANDBOX = {
  script: 'https://embeddable-sandbox.cdn.apollographql.com',
  frame: 'https://sandbox.embed.apollographql.com',
} as const;

export const DASHBOARD_POLICY = (httpsOnly: boolean) => policy(httpsOnly);
export const EXPLORER_POLICY = (httpsOnly: boolean) =>
  policy(httpsOnly, {
    'script-src': ["'self'", APOLLO_SANDBOX.script],
    'frame-src': [APOLLO_SANDBOX.frame],
    'worker-src': ["'self'", 'blob:'],
  });

export function securityHeaders(options: SecurityHeaderOptions): RequestHandler {
  const common = {
    strictTransportSecurity: options.httpsOnly ? { maxAge: 31_536_000, includeSubDomains: false } : false,
    referrerPolicy: { policy: 'no-referrer' as const },
    xFrameOptions: { action: 'deny' as const },
  };
  const dashboard = helmet({
    ...common,
    contentSecurityPolicy: { useDefaults: false, directives: DASHBOARD_POLICY(options.httpsOnly) },
  });
  const explorer = helmet({
    ...common,
    contentSecurityPolicy: { useDefaults: false, directives: EXPLORER_POLICY(options.httpsOnly) },
  });
  return (req, res, next) => (req.path.startsWith('/graphql') ? explorer : dashboard)(req, res, next);
}

/** CORS for /graphql: nothing unless BEACON_CORS_ORIGINS allows the caller's origin (or lists *). */
export function corsAllowList(origins: readonly string[]): RequestHandler {
  const any = origins.includes('*');
  const allowed = new Set(origins);
  return cors({
    origin: any ? '*' : (origin, done) => done(null, origin !== undefined && allowed.has(origin)),
    methods: ['GET', 'POST'],
    allowedHeaders: [
      'content-type',
      'accept',
      'apollo-require-preflight',
      'x-apollo-operation-name',
      'x-request-id',
    ],
    exposedHeaders: ['x-request-id', 'retry-after'],
    credentials: false,
    maxAge: 600,
  });
}

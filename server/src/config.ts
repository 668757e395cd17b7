/**
 * Beacon's configuration, read once from the environment and validated, so a typo in a variable fails the
 * start with a clear message instead of surfacing later. Every variable is documented, with its default, in
 * docs/deployment.md.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** The demo staff's password outside production, documented in the README so a team can try Beacon. */
export const DEFAULT_DEMO_PASSWORD = 'beacon-demo-team';

const booleanish = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const variables = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65_535).default(4000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgres:// URL; leave it unset for SQLite')
    .optional(),
  BEACON_DATA_DIR: z.string().default('./data'),
  BEACON_DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(5_000),
  BEACON_DB_ACQUIRE_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(3_000),
  BEACON_READYZ_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(2_000),
  BEACON_SEED_ON_EMPTY: booleanish.default('true'),
  BEACON_ADMIN_EMAIL: z.string().email().default('admin@beacon.local'),
  BEACON_ADMIN_PASSWORD: z.string().min(12, 'BEACON_ADMIN_PASSWORD needs at least 12 characters').optional(),
  // `off` turns demo sign-in off (an empty value, like every empty variable, means "not set": the
  // default); production never allows it, whatever this says.
  BEACON_DEMO_PASSWORD: z
    .union([
      z.literal('off'),
      z.string().min(12, 'BEACON_DEMO_PASSWORD needs at least 12 characters (or `off`)'),
    ])
    .default(DEFAULT_DEMO_PASSWORD),
  BEACON_SESSION_TTL_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 90)
    .default(12),
  BEACON_COOKIE_SECURE: booleanish.optional(),
  BEACON_TRUST_PROXY: booleanish.default('false'),
  BEACON_REGION_HEADER: z.string().toLowerCase().default('x-beacon-region'),
  BEACON_DASHBOARD_DIR: z.string().optional(),
  BEACON_SANDBOX_TELEMETRY: booleanish.default('false'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),

  // ---- Hardening: query limits, rate limits, live sessions, browser security (see README "Limits").
  REDIS_URL: z
    .string()
    .regex(
      /^rediss?:\/\//,
      'REDIS_URL must be a redis:// or rediss:// URL; leave it unset to count in the process',
    )
    .optional(),
  BEACON_REDIS_KEY_PREFIX: z
    .string()
    .regex(/^[\w:.-]{1,64}$/, 'BEACON_REDIS_KEY_PREFIX: 1 to 64 letters, digits, dots, colons, dashes')
    .default('beacon'),
  BEACON_RATE_LIMIT_ANONYMOUS: z.coerce.number().int().min(1).max(1_000_000).default(300),
  BEACON_RATE_LIMIT_STAFF: z.coerce.number().int().min(1).max(1_000_000).default(1_200),
  BEACON_QUERY_COST_ANONYMOUS: z.coerce.number().int().min(1).max(10_000_000).default(5_000),
  BEACON_QUERY_COST_STAFF: z.coerce.number().int().min(1).max(10_000_000).default(25_000),
  BEACON_EXECUTION_TIMEOUT_MS: z.coerce.number().int().min(1).max(600_000).default(10_000),
  BEACON_BULK_EXECUTION_TIMEOUT_MS: z.coerce.number().int().min(1).max(3_600_000).default(120_000),
  BEACON_INTROSPECTION: z.enum(['all', 'staff', 'none']).optional(),
  BEACON_FIELD_SUGGESTIONS: z.enum(['all', 'staff', 'none']).optional(),
  BEACON_CORS_ORIGINS: z
    .string()
    .default('')
    .transform((v) =>
      v
        .split(',')
        .map((o) => o.trim())
        .filter(Boolean),
    )
    .refine(
      (list) => list.every((o) => o === '*' || /^https?:\/\/[^/?#\s]+$/.test(o)),
      'BEACON_CORS_ORIGINS: a comma-separated list of origins such as https://partner.example (no path), or *',
    ),
  BEACON_SESSION_RECHECK_SECONDS: z.coerce.number().int().min(1).max(3_600).default(30),

  // ---- Public cache: the in-process response cache and the CDN purge hook (modules/hub).
  BEACON_PUBLIC_CACHE: z.enum(['on', 'off']).default('on'),
  BEACON_PUBLIC_CACHE_MB: z.coerce.number().int().min(1).max(16_384).default(64),
  BEACON_CDN_PURGE_URL: z.string().url('BEACON_CDN_PURGE_URL must be an http(s) URL').optional(),
  BEACON_CDN_PURGE_TOKEN: z.string().min(1).optional(),
  BEACON_METRICS_TOKEN: z.string().min(16, 'BEACON_METRICS_TOKEN needs at least 16 characters').optional(),
});

const schema = variables
  // Staff get a larger budget than anonymous clients, never a smaller one.
  .refine((env) => env.BEACON_RATE_LIMIT_STAFF >= env.BEACON_RATE_LIMIT_ANONYMOUS, {
    path: ['BEACON_RATE_LIMIT_STAFF'],
    message:
      'must be at least BEACON_RATE_LIMIT_ANONYMOUS: staff are never given less than anonymous clients',
  })
  .refine((env) => env.BEACON_QUERY_COST_STAFF >= env.BEACON_QUERY_COST_ANONYMOUS, {
    path: ['BEACON_QUERY_COST_STAFF'],
    message:
      'must be at least BEACON_QUERY_COST_ANONYMOUS: staff are never given less than anonymous clients',
  });

export type Env = z.infer<typeof schema>;

export interface Config {
  readonly env: Env['NODE_ENV'];
  readonly port: number;
  readonly host: string;
  readonly database:
    | { readonly kind: 'postgres'; readonly url: string }
    | { readonly kind: 'sqlite'; readonly file: string };
  /** Bounds on waiting for the database (see `DatabaseTimeouts` in db/orm-config.ts). */
  readonly databaseTimeouts: { readonly statementMs: number; readonly acquireMs: number };
  /** How long `/readyz` waits for the database before answering 503. */
  readonly readinessTimeoutMs: number;
  readonly seedOnEmpty: boolean;
  readonly admin: { readonly email: string; readonly password: string | undefined };
  /** The demo staff's password; null when they may not sign in (production, or turned off). */
  readonly demoPassword: string | null;
  readonly sessionTtlMs: number;
  readonly cookieSecure: boolean;
  readonly trustProxy: boolean;
  readonly regionHeader: string;
  readonly dashboardDir: string;
  /** Whether Apollo Sandbox on the /graphql landing page may send Apollo its usage telemetry. */
  readonly sandboxTelemetry: boolean;
  readonly logLevel: Env['LOG_LEVEL'];
  readonly hardening: HardeningConfig;
  readonly publicCache: PublicCacheConfig;
  /** Bearer token `/metrics` asks for; null: open (restrict it at the edge). */
  readonly metricsToken: string | null;
}

export interface PublicCacheConfig {
  /** Whether anonymous public answers are served from memory (`BEACON_PUBLIC_CACHE=off` turns it off). */
  readonly enabled: boolean;
  /** Bytes of cached answers kept at most. */
  readonly maxBytes: number;
  /** Where takedowns' surrogate keys are POSTed so a CDN drops them; null: no CDN to tell. */
  readonly cdnPurgeUrl: string | null;
  /** Sent as `Authorization: Bearer <token>` with each purge, if set. */
  readonly cdnPurgeToken: string | null;
}

/** Who may see a schema detail (introspection, "Did you mean" suggestions). */
export type Audience = 'all' | 'staff' | 'none';

export interface HardeningConfig {
  /** Shared counters for rate limits; null counts in this process only. */
  readonly redisUrl: string | null;
  /** Prefix of every shared counter's key, so deployments (and test runs) sharing a Redis stay apart. */
  readonly keyPrefix: string;
  /** Requests a minute: per client IP for anonymous clients, per account for staff. */
  readonly requestsPerMinute: { readonly anonymous: number; readonly staff: number };
  /** Potential objects a query may ask for (connections multiply by `first`). */
  readonly queryCost: { readonly anonymous: number; readonly staff: number };
  readonly executionTimeoutMs: number;
  /** The deadline of the few bulk operations that do a whole batch in one transaction (`BULK_MUTATIONS`). */
  readonly bulkExecutionTimeoutMs: number;
  readonly introspection: Audience;
  readonly fieldSuggestions: Audience;
  /** Origins other than Beacon's own that browsers may call the API from; empty: same origin only. */
  readonly corsOrigins: readonly string[];
  /** How often a live subscription's session is re-checked when no event arrives. */
  readonly sessionRecheckMs: number;
  /**
   * Not from the environment: lets a test that must look past the query limits (a walk of every public
   * path at once) lift them. The limits themselves are tested in modules/limits.
   */
  readonly budgetOverrides?: Partial<
    Record<
      'anonymous' | 'staff',
      Partial<Record<'depth' | 'aliases' | 'directives' | 'tokens' | 'documentChars' | 'cost', number>>
    >
  >;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * A variable set to nothing (`NODE_ENV=` in a .env file or a compose file, `export PORT=`) means "not
 * set": it gets its default, not a refusal to start. Only the variables Beacon reads are looked at.
 */
function withoutBlanks(source: NodeJS.ProcessEnv): Record<string, string> {
  const given: Record<string, string> = {};
  for (const key of Object.keys(variables.shape)) {
    const value = source[key];
    if (value !== undefined && value.trim() !== '') given[key] = value;
  }
  return given;
}

export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(withoutBlanks(source));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const env = parsed.data;
  return {
    env: env.NODE_ENV,
    port: env.PORT,
    host: env.HOST,
    database: env.DATABASE_URL
      ? { kind: 'postgres', url: env.DATABASE_URL }
      : { kind: 'sqlite', file: path.resolve(env.BEACON_DATA_DIR, 'beacon.db') },
    databaseTimeouts: {
      statementMs: env.BEACON_DB_STATEMENT_TIMEOUT_MS,
      acquireMs: env.BEACON_DB_ACQUIRE_TIMEOUT_MS,
    },
    readinessTimeoutMs: env.BEACON_READYZ_TIMEOUT_MS,
    seedOnEmpty: env.BEACON_SEED_ON_EMPTY,
    admin: { email: env.BEACON_ADMIN_EMAIL.toLowerCase(), password: env.BEACON_ADMIN_PASSWORD },
    demoPassword:
      env.NODE_ENV === 'production' || env.BEACON_DEMO_PASSWORD === 'off' ? null : env.BEACON_DEMO_PASSWORD,
    sessionTtlMs: env.BEACON_SESSION_TTL_HOURS * 3_600_000,
    cookieSecure: env.BEACON_COOKIE_SECURE ?? env.NODE_ENV === 'production',
    trustProxy: env.BEACON_TRUST_PROXY,
    regionHeader: env.BEACON_REGION_HEADER,
    dashboardDir: env.BEACON_DASHBOARD_DIR ?? fileURLToPath(new URL('../../dashboard/dist', import.meta.url)),
    sandboxTelemetry: env.BEACON_SANDBOX_TELEMETRY,
    logLevel: env.LOG_LEVEL,
    hardening: {
      redisUrl: env.REDIS_URL ?? null,
      keyPrefix: env.BEACON_REDIS_KEY_PREFIX,
      requestsPerMinute: { anonymous: env.BEACON_RATE_LIMIT_ANONYMOUS, staff: env.BEACON_RATE_LIMIT_STAFF },
      queryCost: { anonymous: env.BEACON_QUERY_COST_ANONYMOUS, staff: env.BEACON_QUERY_COST_STAFF },
      executionTimeoutMs: env.BEACON_EXECUTION_TIMEOUT_MS,
      bulkExecutionTimeoutMs: env.BEACON_BULK_EXECUTION_TIMEOUT_MS,
      // Production hides the schema from anonymous clients; staff keep it, so Sandbox works once signed in.
      introspection: env.BEACON_INTROSPECTION ?? (env.NODE_ENV === 'production' ? 'staff' : 'all'),
      fieldSuggestions: env.BEACON_FIELD_SUGGESTIONS ?? (env.NODE_ENV === 'production' ? 'staff' : 'all'),
      corsOrigins: env.BEACON_CORS_ORIGINS,
      sessionRecheckMs: env.BEACON_SESSION_RECHECK_SECONDS * 1000,
    },
    publicCache: {
      enabled: env.BEACON_PUBLIC_CACHE === 'on',
      maxBytes: env.BEACON_PUBLIC_CACHE_MB * 1024 * 1024,
      cdnPurgeUrl: env.BEACON_CDN_PURGE_URL ?? null,
      cdnPurgeToken: env.BEACON_CDN_PURGE_TOKEN ?? null,
    },
    metricsToken: env.BEACON_METRICS_TOKEN ?? null,
  };
}

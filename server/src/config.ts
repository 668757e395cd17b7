/**
 * Beacon's configuration, read once from the environment and validated, so a typo in a variable fails the
 * start with a clear message instead of surfacing later. Every variable is documented in the README.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const booleanish = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65_535).default(4000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgres:// URL; leave it unset for SQLite')
    .optional(),
  BEACON_DATA_DIR: z.string().default('./data'),
  BEACON_SEED_ON_EMPTY: booleanish.default('true'),
  BEACON_ADMIN_EMAIL: z.string().email().default('admin@beacon.local'),
  BEACON_ADMIN_PASSWORD: z.string().min(12, 'BEACON_ADMIN_PASSWORD needs at least 12 characters').optional(),
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
});

export type Env = z.infer<typeof schema>;

export interface Config {
  readonly env: Env['NODE_ENV'];
  readonly port: number;
  readonly host: string;
  readonly database:
    | { readonly kind: 'postgres'; readonly url: string }
    | { readonly kind: 'sqlite'; readonly file: string };
  readonly seedOnEmpty: boolean;
  readonly admin: { readonly email: string; readonly password: string | undefined };
  readonly sessionTtlMs: number;
  readonly cookieSecure: boolean;
  readonly trustProxy: boolean;
  readonly regionHeader: string;
  readonly dashboardDir: string;
  /** Whether Apollo Sandbox on the /graphql landing page may send Apollo its usage telemetry. */
  readonly sandboxTelemetry: boolean;
  readonly logLevel: Env['LOG_LEVEL'];
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
  for (const key of Object.keys(schema.shape)) {
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
    seedOnEmpty: env.BEACON_SEED_ON_EMPTY,
    admin: { email: env.BEACON_ADMIN_EMAIL.toLowerCase(), password: env.BEACON_ADMIN_PASSWORD },
    sessionTtlMs: env.BEACON_SESSION_TTL_HOURS * 3_600_000,
    cookieSecure: env.BEACON_COOKIE_SECURE ?? env.NODE_ENV === 'production',
    trustProxy: env.BEACON_TRUST_PROXY,
    regionHeader: env.BEACON_REGION_HEADER,
    dashboardDir: env.BEACON_DASHBOARD_DIR ?? fileURLToPath(new URL('../../dashboard/dist', import.meta.url)),
    sandboxTelemetry: env.BEACON_SANDBOX_TELEMETRY,
    logLevel: env.LOG_LEVEL,
  };
}

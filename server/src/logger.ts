/**
 * Structured logs (pino). Secrets never reach a log line: cookies, passwords, tokens and GraphQL variables
 * are redacted by path, and a database error is logged with its SQL but without the values it carried.
 * MikroORM puts the failed statement in the error message with every parameter inlined (a new staff
 * member's argon2id hash, an email), and drivers copy rows into `detail`; so errors from the database are
 * logged as their statement's shape, their SQLSTATE code, constraint and table, and nothing else.
 */
import type { DestinationStream } from 'pino';
import { type Logger, pino, stdSerializers } from 'pino';
import type { Config } from './config.js';

export const REDACTED_PATHS = [
  'req.headers.cookie',
  'req.headers.authorization',
  'res.headers["set-cookie"]',
  '*.password',
  '*.passwordHash',
  '*.token',
  'variables',
];

/** Properties of a driver error that describe the failure without the data: the rest may hold values. */
const SAFE_DRIVER_FIELDS = ['code', 'errno', 'sqlState', 'constraint', 'table', 'column', 'routine'] as const;

/**
 * `text` with the values of SQL taken out: string literals become '?', numbers ?, and a value a driver
 * quotes after a colon (`invalid input syntax for type uuid: "…"`) becomes "?". Identifiers stay.
 */
export function withoutSqlValues(text: string): string {
  return text
    .replace(/'(?:[^']|'')*'/g, "'?'")
    .replace(/(^|[^\w$."`])-?\d+(?:\.\d+)?(?:e[+-]?\d+)?\b/gi, '$1?')
    .replace(/: "(?:[^"\\]|\\.)*"/g, ': "?"');
}

/** The database error an error is, or wraps (GraphQL wraps resolver errors in `originalError`). */
function driverErrorIn(error: unknown): Record<string, unknown> | null {
  for (let current = error, depth = 0; current && typeof current === 'object' && depth < 5; depth++) {
    const candidate = current as Record<string, unknown> & { originalError?: unknown; cause?: unknown };
    const name = (candidate.constructor as { name?: string } | undefined)?.name ?? '';
    // MikroORM's DriverException and its subclasses (UniqueConstraintViolationException, …).
    if (
      /Exception$/.test(name) &&
      ('sqlState' in candidate || 'sqlMessage' in candidate || 'code' in candidate)
    ) {
      return candidate;
    }
    current = candidate.originalError ?? candidate.cause;
  }
  return null;
}

export function serializeError(error: unknown): unknown {
  const serialized = stdSerializers.err(error as Error) as unknown as Record<string, unknown>;
  const driver = driverErrorIn(error);
  if (!driver) return serialized;
  const safe: Record<string, unknown> = {
    type: serialized.type,
    message: withoutSqlValues(String(serialized.message ?? '')),
    // The message lines of the stack lose their values; the frames keep their line numbers.
    stack: String(serialized.stack ?? '')
      .split('\n')
      .map((line) => (/^\s+at /.test(line) ? line : withoutSqlValues(line)))
      .join('\n'),
    driverError: (driver.constructor as { name?: string }).name,
  };
  for (const field of SAFE_DRIVER_FIELDS) if (driver[field] != null) safe[field] = driver[field];
  return safe;
}

export function createLogger(config: Pick<Config, 'logLevel'>, destination?: DestinationStream): Logger {
  return pino(
    {
      level: config.logLevel,
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      serializers: { err: serializeError, error: serializeError },
    },
    destination,
  );
}

/**
 * Apollo Server's own messages (rare: a failure outside any operation) go to the same log, as text that
 * may quote an error, so with SQL values taken out like every error.
 */
export function apolloLogger(logger: Logger) {
  const line = (level: 'debug' | 'info' | 'warn' | 'error') => (message?: unknown) =>
    logger[level](withoutSqlValues(String(message)));
  return { debug: line('debug'), info: line('info'), warn: line('warn'), error: line('error') };
}

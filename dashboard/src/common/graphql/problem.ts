/**
 * What went wrong with an operation, read once from urql's CombinedError so every screen tells staff the
 * same things the same way: the server's own words, its stable code, the fields it refused, and the request
 * id an operator can find in the logs (the error's `extensions.requestId`, else the `x-request-id` header).
 */
import type { CombinedError } from 'urql';

export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'INVALID_TRANSITION'
  | 'NOT_ELIGIBLE'
  | 'CAPACITY_REACHED'
  | 'INTERNAL_SERVER_ERROR';

/** One refused input field: its path from the operation's arguments (`input.handle`) and why. */
export interface FieldProblem {
  readonly path: string;
  readonly message: string;
}

export interface Problem {
  /** A sentence for people: the server's message, or what a network failure means for them. */
  readonly message: string;
  /** The first error's `extensions.code`; `NETWORK` when Beacon could not be reached. */
  readonly code: ErrorCode | 'NETWORK' | (string & {}) | null;
  readonly requestId: string | null;
  readonly fields: readonly FieldProblem[];
  /** A stale `expectedVersion`: the record moved on to this version. */
  readonly actualVersion: number | null;
  /** The server's extensions on the first error, for feature-specific details (failedChecks, …). */
  readonly extensions: Readonly<Record<string, unknown>>;
}

const NETWORK_MESSAGE = 'Beacon could not be reached. Check your connection and try again.';
const INTERNAL_MESSAGE =
  'Something went wrong on Beacon’s side. Try again; if it keeps happening, report the request id.';

const isFieldProblem = (value: unknown): value is FieldProblem =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as FieldProblem).path === 'string' &&
  typeof (value as FieldProblem).message === 'string';

/** The response header urql keeps on the error (a fetch Response), when there was a response at all. */
function headerRequestId(error: CombinedError): string | null {
  const response = error.response as { headers?: { get?: (name: string) => string | null } } | undefined;
  return response?.headers?.get?.('x-request-id') ?? null;
}

/**
 * The API words a one-field refusal for programs ("input.spotlightCapacity: 3 spotlights are published…");
 * a person is shown the reason alone, as a sentence. The field itself is marked by the form.
 */
function forPeople(message: string, fields: readonly FieldProblem[]): string {
  const [only] = fields;
  if (fields.length !== 1 || !only || message !== `${only.path}: ${only.message}`) return message;
  return only.message.charAt(0).toUpperCase() + only.message.slice(1);
}

export function problemOf(error: CombinedError): Problem {
  const [first] = error.graphQLErrors;
  const extensions = (first?.extensions ?? {}) as Record<string, unknown>;
  const requestId =
    (typeof extensions.requestId === 'string' ? extensions.requestId : null) ?? headerRequestId(error);
  if (!first) {
    return {
      message: NETWORK_MESSAGE,
      code: 'NETWORK',
      requestId,
      fields: [],
      actualVersion: null,
      extensions: {},
    };
  }
  const code = typeof extensions.code === 'string' ? extensions.code : null;
  const fields = Array.isArray(extensions.fields) ? extensions.fields.filter(isFieldProblem) : [];
  return {
    message: code === 'INTERNAL_SERVER_ERROR' ? INTERNAL_MESSAGE : forPeople(first.message, fields),
    code,
    requestId,
    fields,
    actualVersion: typeof extensions.actualVersion === 'number' ? extensions.actualVersion : null,
    extensions,
  };
}

export const hasCode = (error: CombinedError | undefined, code: ErrorCode): boolean =>
  !!error?.graphQLErrors.some((e) => e.extensions?.code === code);

/** A CONFLICT because the record changed since it was read (not a duplicate, which is also CONFLICT). */
export const isStaleVersion = (error: CombinedError | undefined): boolean =>
  !!error?.graphQLErrors.some(
    (e) => e.extensions?.code === 'CONFLICT' && typeof e.extensions.actualVersion === 'number',
  );

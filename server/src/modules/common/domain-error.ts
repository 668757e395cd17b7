/**
 * The errors Beacon's rules raise, with no knowledge of GraphQL: services, loaders and the auth checker
 * throw `DomainError`s with a typed code and the details a client needs; `errors.ts` maps each code to the
 * GraphQL error clients see (one exhaustive table), so the domain could serve any other transport.
 */
import type { ValidationError } from 'class-validator';

export enum DomainErrorCode {
  /** An input the rules refuse; `fields` names each field and why. */
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  /** The nominator tried a step the four-eyes rule leaves to someone else (their role would allow it). */
  FOUR_EYES = 'FOUR_EYES',
  NOT_FOUND = 'NOT_FOUND',
  /** Someone else changed the record first, or the change collides with another record. */
  CONFLICT = 'CONFLICT',
  INVALID_TRANSITION = 'INVALID_TRANSITION',
  NOT_ELIGIBLE = 'NOT_ELIGIBLE',
  CAPACITY_REACHED = 'CAPACITY_REACHED',
}

/** A refusal by Beacon's rules: a code, a message for a person, and details for the client. */
export class DomainError extends Error {
  override readonly name = 'DomainError';

  constructor(
    readonly code: DomainErrorCode,
    message: string,
    /** Extra facts for the client (`fields`, `actualVersion`, `failedChecks`...). */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** One invalid input field: its path from the operation's arguments, and why it was refused. */
export interface FieldProblem {
  readonly path: string;
  readonly message: string;
}

export const badInput = (message: string, fields: FieldProblem[]) =>
  new DomainError(DomainErrorCode.BAD_USER_INPUT, message, { fields });

/** A single invalid field, the common case: `invalidField('input.handle', 'is taken')`. */
export const invalidField = (path: string, message: string) =>
  badInput(`${path}: ${message}`, [{ path, message }]);

export const notFound = (what: string, id?: string) =>
  new DomainError(DomainErrorCode.NOT_FOUND, id ? `${what} ${id} was not found` : `${what} was not found`);

export const conflict = (message: string, details: Record<string, unknown> = {}) =>
  new DomainError(DomainErrorCode.CONFLICT, message, details);

export const unauthenticated = () =>
  new DomainError(DomainErrorCode.UNAUTHENTICATED, 'Sign in as a staff member to do this');

export const forbidden = (message = 'Your role does not allow this', details: Record<string, unknown> = {}) =>
  new DomainError(DomainErrorCode.FORBIDDEN, message, details);

/** A stale `expectedVersion`: someone else saved the record first. */
export const staleVersion = (what: string, expected: number, actual: number) =>
  conflict(
    `${what} was changed by someone else (you had version ${expected}, it is now ${actual}); reload and retry`,
    { expectedVersion: expected, actualVersion: actual },
  );

/** class-validator's findings as field problems, with paths from the argument's root. */
export function flattenValidation(errors: readonly ValidationError[], prefix: string): FieldProblem[] {
  return errors.flatMap((e) => {
    const here = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ path: here, message }));
    return [...own, ...flattenValidation(e.children ?? [], here)];
  });
}

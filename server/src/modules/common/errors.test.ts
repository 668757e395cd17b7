import {
  DriverException,
  LockWaitTimeoutException,
  UniqueConstraintViolationException,
} from '@mikro-orm/core';
import { GraphQLError } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codesOf, createTestApp, type TestApp } from '../../test/test-app.js';
import { invalidField } from './domain-error.js';
import { ErrorCode, toClientError } from './errors.js';

const formatted = (error: GraphQLError) => ({
  message: error.message,
  path: ['x'],
  extensions: error.extensions,
});
const wrap = (original: Error) =>
  new GraphQLError(original.message, { originalError: original, path: ['x'] });

describe('what clients see of errors', () => {
  it('masks an unexpected error, keeping no internal detail', () => {
    const error = wrap(new Error('connect ECONNREFUSED 10.0.0.1:5432 password=hunter2'));
    const { formatted: shown, internal } = toClientError(formatted(error), error);
    expect(internal).toBe(true);
    expect(shown).toEqual({
      message: 'Internal server error',
      path: ['x'],
      locations: undefined,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    });
  });

  it('keeps a Beacon error as it is, with its code and field path', () => {
    const error = wrap(invalidField('input.region', 'must be a region'));
    const { formatted: shown, internal } = toClientError(formatted(error), error);
    expect(internal).toBe(false);
    expect(shown.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'input.region', message: 'must be a region' }],
    });
  });

  it('turns a unique-constraint violation into CONFLICT rather than a server error', () => {
    const error = wrap(
      new UniqueConstraintViolationException(new Error('duplicate key value violates unique constraint')),
    );
    const { formatted: shown } = toClientError(formatted(error), error);
    expect(shown.extensions).toEqual({ code: 'CONFLICT' });
    expect(shown.message).not.toContain('duplicate key');
  });
});

describe('a database outage', () => {
  it('is a retryable SERVICE_UNAVAILABLE without internal detail, whatever the driver said', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 10.0.0.1:5432'), { code: 'ECONNREFUSED' });
    const timedOut = new DriverException(new Error('select 1 - Query read timeout'));
    const locked = new LockWaitTimeoutException(new Error('insert into x values (1) - database is locked'));
    for (const cause of [refused, timedOut, locked]) {
      const error = wrap(cause);
      const { formatted: shown, internal, outage } = toClientError(formatted(error), error);
      expect(internal).toBe(false);
      expect(outage).toBeTruthy();
      expect(shown.extensions).toEqual({
        code: 'SERVICE_UNAVAILABLE',
        retryable: true,
        retryAfterSeconds: 5,
      });
      expect(shown.message).not.toMatch(/insert|select|ECONNREFUSED/);
    }
  });

  it('is not claimed for an application error that merely mentions a timeout', () => {
    class ImportProblem extends Error {}
    const error = wrap(new ImportProblem('Query read timeout in the uploaded file'));
    expect(toClientError(formatted(error), error).formatted.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
  });
});

describe('bad literal values', () => {
  // The app (a fresh database, migrated) is built in a hook: that is setup, not what the test measures.
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app?.close());

  it('are BAD_USER_INPUT whether sent inline or as variables', async () => {
    expect(codesOf(await app.run('{ creators(filter: { topic: NOT_A_TOPIC }) { totalCount } }'))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(
      codesOf(
        await app.run('query($t: Topic) { creators(filter: { topic: $t }) { totalCount } }', {
          t: 'NOT_A_TOPIC',
        }),
      ),
    ).toEqual(['BAD_USER_INPUT']);
    expect(codesOf(await app.run('{ creators(first: 1.5) { totalCount } }'))).toEqual(['BAD_USER_INPUT']);
    // An explicit null for an argument that is non-null with a default, through a nullable variable.
    const nullOrder = await app.run('query($o: CreatorOrder) { creators(orderBy: $o) { totalCount } }', {
      o: null,
    });
    expect(codesOf(nullOrder)).toEqual(['BAD_USER_INPUT']);
    expect(nullOrder.errors?.[0]?.message).toMatch(/orderBy/);
    expect(codesOf(await app.run('{ creators { notAField } }'))).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });
});

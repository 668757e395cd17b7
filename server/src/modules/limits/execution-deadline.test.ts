/**
 * The execution timeout: a slow operation is answered at its deadline with EXECUTION_TIMEOUT, starts
 * nothing more, and a mutation that could not finish in time is rolled back whole (nothing half-written,
 * no audit event for a change that did not happen).
 */
import { ApolloServer } from '@apollo/server';
import type { EventArgs, EventSubscriber } from '@mikro-orm/core';
import { GraphQLList, GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.js';
import { codesOf, createTestApp, dataOf, StaffRole, type TestApp } from '../../test/test-app.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { Creator } from '../creators/creator.entity.js';
import { Organisation } from '../organisations/organisation.entity.js';
import type { StaffUser } from '../staff/staff-user.entity.js';
import { enforceDeadlines } from './execution-deadline.js';
import { LimitCode } from './limit-errors.js';
import { queryLimitsPlugin } from './query-limits.plugin.js';

/**
 * Runs `work` under an execution deadline of `ms`, every other step of a test under a generous one: only
 * the operation meant to outlast its deadline depends on one, so a busy machine slows the test, never
 * fails it. (The deadline is read per request, so changing it here takes effect at once.)
 */
async function underDeadline<T>(app: TestApp, ms: number, work: () => Promise<T>): Promise<T> {
  const hardening = app.config.hardening as { executionTimeoutMs: number };
  const generous = hardening.executionTimeoutMs;
  hardening.executionTimeoutMs = ms;
  try {
    return await work();
  } finally {
    hardening.executionTimeoutMs = generous;
  }
}

const sleep = (ms: number) =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, ms).unref();
  });

describe('the execution deadline, on a schema with a deliberately slow field', () => {
  const started: string[] = [];
  const Item = new GraphQLObjectType({
    name: 'Item',
    fields: {
      name: {
        type: GraphQLString,
        resolve: () => {
          started.push('Item.name');
          return 'item';
        },
      },
    },
  });
  const schema = new GraphQLSchema({
    query: new GraphQLObjectType({
      name: 'Query',
      fields: {
        fast: { type: GraphQLString, resolve: () => 'fast' },
        // Takes far longer than the deadline below.
        slow: {
          type: new GraphQLList(Item),
          resolve: async () => {
            await sleep(5_000);
            return [{}];
          },
        },
      },
    }),
  });
  enforceDeadlines(schema);
  const hardening = loadConfig({ NODE_ENV: 'test', BEACON_EXECUTION_TIMEOUT_MS: '100' }).hardening;
  const server = new ApolloServer<{ user: null }>({
    schema,
    plugins: [queryLimitsPlugin(hardening) as never],
  });

  afterAll(() => server.stop());

  it('answers at the deadline with one EXECUTION_TIMEOUT, keeps what finished, and resolves nothing more', async () => {
    const response = await server.executeOperation(
      { query: '{ fast a: slow { name } b: slow { name } }' },
      { contextValue: { user: null } },
    );
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    const { data, errors } = response.body.singleResult;
    expect(data).toEqual({ fast: 'fast', a: null, b: null });
    expect(errors?.map((e) => e.extensions?.code)).toEqual([LimitCode.EXECUTION_TIMEOUT]);
    expect(errors?.[0]?.extensions).toMatchObject({ limitMs: 100 });
    expect(started).toEqual([]);
  });
});

/** Holds every new organisation's insert for `delayMs` while `active`: a write that takes too long. */
class SlowOrganisationInserts implements EventSubscriber<Organisation> {
  active = false;
  getSubscribedEntities() {
    return [Organisation];
  }
  async beforeCreate(_args: EventArgs<Organisation>): Promise<void> {
    if (this.active) await sleep(600);
  }
}

describe('the execution deadline on a real mutation', () => {
  let app: TestApp;
  let editor: StaffUser;
  const slow = new SlowOrganisationInserts();
  const CREATE = `mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { organisation { id } } }`;
  const input = (name: string) => ({ name, kind: 'NON_PROFIT', website: 'https://example.org' });

  beforeAll(async () => {
    app = await createTestApp({ BEACON_EXECUTION_TIMEOUT_MS: '300000' });
    app.orm.em.getEventManager().registerSubscriber(slow);
    editor = await app.staff(StaffRole.EDITOR);
  });
  afterAll(() => app?.close());

  it('rolls back a change that could not commit before the deadline, audit event included', async () => {
    slow.active = true;
    const result = await underDeadline(app, 200, () =>
      app.run(CREATE, { input: input('Too Slow to Save') }, editor),
    );
    slow.active = false;
    expect(codesOf(result)).toEqual([LimitCode.EXECUTION_TIMEOUT]);
    const em = app.orm.em.fork();
    expect(await em.count(Organisation, { name: 'Too Slow to Save' })).toBe(0);
    expect(await em.count(AuditEvent, { action: 'organisation.create' })).toBe(0);

    // The same change, on time, is saved and audited.
    dataOf(await app.run(CREATE, { input: input('Saved in Time') }, editor));
    expect(await em.count(Organisation, { name: 'Saved in Time' })).toBe(1);
    expect(await em.count(AuditEvent, { action: 'organisation.create' })).toBe(1);
  });
});

/** Holds every new creator's insert for 600 ms while `active`. */
class SlowCreatorInserts implements EventSubscriber<Creator> {
  active = false;
  getSubscribedEntities() {
    return [Creator];
  }
  async beforeCreate(_args: EventArgs<Creator>): Promise<void> {
    if (this.active) await sleep(600);
  }
}

describe('the bulk deadline', () => {
  let app: TestApp;
  let editor: StaffUser;
  const slow = new SlowCreatorInserts();

  beforeAll(async () => {
    app = await createTestApp({
      BEACON_EXECUTION_TIMEOUT_MS: '300000',
      BEACON_BULK_EXECUTION_TIMEOUT_MS: '300000',
    });
    app.orm.em.getEventManager().registerSubscriber(slow);
    editor = await app.staff(StaffRole.EDITOR);
  });
  afterAll(() => app?.close());

  it('lets a creator import commit run past the ordinary deadline, which still stops a single create', async () => {
    const started = dataOf(
      await app.run<{ startCreatorImport: { creatorImport: { id: string } } }>(
        'mutation($input: StartCreatorImportInput!) { startCreatorImport(input: $input) { creatorImport { id } } }',
        { input: { label: 'slow.csv', expectedRows: 1 } },
        editor,
      ),
    );
    const importId = started.startCreatorImport.creatorImport.id;
    dataOf(
      await app.run(
        'mutation($input: AddCreatorImportRowsInput!) { addCreatorImportRows(input: $input) { creatorImport { id } } }',
        {
          input: {
            importId,
            rows: [
              {
                rowNumber: 1,
                handle: 'slow_import',
                displayName: 'Slow Import',
                region: 'GB',
                profileUrl: 'https://video.example/@slow_import',
              },
            ],
          },
        },
        editor,
      ),
    );
    slow.active = true;
    // Each insert is held 600 ms: past the ordinary deadline of 200 ms, well within the bulk one.
    const single = await underDeadline(app, 200, () =>
      app.run(
        'mutation($input: CreateCreatorInput!) { createCreator(input: $input) { creator { id } } }',
        {
          input: {
            handle: 'slow_single',
            displayName: 'Slow Single',
            region: 'GB',
            profileUrl: 'https://video.example/@slow_single',
          },
        },
        editor,
      ),
    );
    const bulk = await underDeadline(app, 200, () =>
      app.run(
        'mutation($input: CreatorImportInput!) { commitCreatorImport(input: $input) { creatorImport { status createdCount } } }',
        { input: { importId } },
        editor,
      ),
    );
    slow.active = false;
    expect(codesOf(single)).toEqual([LimitCode.EXECUTION_TIMEOUT]);
    expect(dataOf(bulk)).toEqual({
      commitCreatorImport: { creatorImport: { status: 'COMMITTED', createdCount: 1 } },
    });
    const em = app.orm.em.fork();
    expect(await em.count(Creator, { handle: { $in: ['slow_single', 'slow_import'] } })).toBe(1);
  });
});

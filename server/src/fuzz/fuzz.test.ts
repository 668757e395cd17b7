/**
 * The fuzz suite: over 10,000 operations generated from the schema per run (in-process, through the real
 * schema and Apollo pipeline, and some over HTTP), anonymous and as an admin, against the demo programme
 * on the lane's engine. No answer may be an internal error or a 5xx; after each batch the invariants hold
 * (capacity, published implies eligible, every staff change audited, versions only forward, grant totals).
 * Batches are separate tests so each stays well inside the timeout on a busy machine. A failure prints
 * fast-check's seed and the operation; FUZZ_SEED replays a run.
 */
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import type { GraphQLFormattedError, GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoProgramme } from '../db/seed/demo-programme.js';
import type { StaffUser } from '../modules/staff/staff-user.entity.js';
import { beaconSchema } from '../schema.js';
import { createTestApp, dataOf, type OperationResult, StaffRole, type TestApp } from '../test/test-app.js';
import {
  capacityHolds,
  grantTotals,
  refreshPool,
  unaudited,
  versionsMovedForward,
  versionsOf,
} from './invariants.js';
import { type GeneratedOperation, operations, type Pool } from './operations.js';

// Many small batches rather than a few large ones: each test stays well inside its timeout on a busy
// machine (600 operations took up to 32 s there, 300 up to 26 s), and the total stays over 10,000.
const BATCHES = 48;
const PER_BATCH = 200;
const HTTP_BATCHES = 3;
const PER_HTTP_BATCH = 200;
const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;

/** Mutations that change no staff-visible record, so write no audit event. */
const NOT_AUDITED = new Set(['signIn', 'signOut']);

function internalErrors(errors: readonly GraphQLFormattedError[] | undefined): GraphQLFormattedError[] {
  return (errors ?? []).filter((e) => {
    const code = e.extensions?.code;
    return typeof code !== 'string' || code === 'INTERNAL_SERVER_ERROR';
  });
}

/** Cursors in an answer, for later operations to page with. */
function collectCursors(value: unknown, into: string[]): void {
  if (Array.isArray(value)) {
    for (const item of value) collectCursors(item, into);
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if ((key === 'endCursor' || key === 'startCursor' || key === 'cursor') && typeof item === 'string') {
        if (into.length < 500) into.push(item);
      } else collectCursors(item, into);
    }
  }
}

describe('fuzzing the API', () => {
  let app: TestApp;
  let schema: GraphQLSchema;
  let admin: StaffUser;
  let url: string;
  const pool: Pool = { byType: new Map(), cursors: [] };
  let totalOperations = 0;
  /** Successful changes by mutation, so the run shows it changed things (and the invariants had work). */
  const changed = new Map<string, number>();

  beforeAll(async () => {
    app = await createTestApp({ BEACON_RATE_LIMIT_ANONYMOUS: '1000000', BEACON_RATE_LIMIT_STAFF: '1000000' });
    schema = await beaconSchema();
    await seedDemoProgramme(app.orm.em.fork(), { onlyIfEmpty: false });
    admin = await app.staff(StaffRole.ADMIN);
    // Other staff too, so the admin can review and publish nominations that are not its own.
    await app.staff(StaffRole.EDITOR);
    await refreshPool(app.orm, pool);
    url = await app.listen();
  });
  afterAll(() => app?.close());

  /** Runs one operation and checks its answer; returns the request id of a successful change. */
  async function runOne(op: GeneratedOperation, user: StaffUser | null): Promise<string | null> {
    const requestId = randomUUID();
    const result: OperationResult = await app.run(op.query, op.variables, null, { user, requestId });
    totalOperations++;
    const internal = internalErrors(result.errors);
    if (internal.length > 0) {
      throw new Error(
        `internal error for ${user ? 'admin' : 'anonymous'}:\n${op.query}\n${JSON.stringify(op.variables).slice(0, 2_000)}\n${JSON.stringify(internal)}`,
      );
    }
    collectCursors(result.data, pool.cursors);
    const succeeded = op.kind === 'mutation' && !result.errors?.length && result.data?.[op.field] != null;
    if (!succeeded) return null;
    changed.set(op.field, (changed.get(op.field) ?? 0) + 1);
    if (/^(publish|approve)Recognition$/.test(op.field)) await expectEligible(op);
    return NOT_AUDITED.has(op.field) ? null : requestId;
  }

  /** Published (or approved) implies eligible: every check passed when it happened. */
  async function expectEligible(op: GeneratedOperation): Promise<void> {
    const id = (op.variables.input as { id: string }).id;
    const answer = dataOf(
      await app.run<{ node: { status: string; eligibility: { name: string; passed: boolean }[] } }>(
        'query($id: ID!) { node(id: $id) { ... on Recognition { status eligibility { name passed } } } }',
        { id },
        null,
        { user: admin },
      ),
    );
    const failed = answer.node.eligibility.filter((c) => !c.passed).map((c) => c.name);
    expect(failed, `${op.field} succeeded for ${id}`).toEqual([]);
  }

  async function batch(user: StaffUser | null, runs: number, batchSeed: number | undefined): Promise<void> {
    await refreshPool(app.orm, pool);
    const before = await versionsOf(app.orm);
    const changes: string[] = [];
    let sinceRefresh = 0;
    await fc.assert(
      fc.asyncProperty(operations(schema, pool, { mutations: true }), async (op) => {
        const change = await runOne(op, user);
        if (change) changes.push(change);
        if (++sinceRefresh >= 100) {
          sinceRefresh = 0;
          await refreshPool(app.orm, pool);
        }
      }),
      { numRuns: runs, seed: batchSeed, endOnFailure: true },
    );
    await expectInvariants(before, changes);
  }

  async function expectInvariants(before: Map<string, number>, changes: string[]): Promise<void> {
    const em = app.orm.em.fork();
    expect(versionsMovedForward(before, await versionsOf(app.orm))).toEqual([]);
    expect(await capacityHolds(em)).toEqual([]);
    expect(await unaudited(em, changes)).toEqual([]);
    // Grant totals as the API answers them are the sum of the live grants, per currency.
    const expected = await grantTotals(em);
    const answer = dataOf(
      await app.run<{
        campaigns: { nodes: { id: string; grantTotal: { amountMinor: number; currency: string }[] }[] };
      }>(
        '{ campaigns(first: 100, filter: { includeArchived: true }) { nodes { id grantTotal { amountMinor currency } } } }',
        {},
        null,
        { user: admin },
      ),
    );
    for (const campaign of answer.campaigns.nodes) {
      const sums = Object.fromEntries(expected.get(campaign.id) ?? []);
      expect(
        Object.fromEntries(campaign.grantTotal.map((m) => [m.currency, m.amountMinor])),
        campaign.id,
      ).toEqual(sums);
    }
    // So are the grants page's totals, summed per currency and campaign by the database.
    const byCurrency = new Map<string, Map<string, number>>();
    for (const [campaignId, sums] of expected)
      for (const [currency, amount] of sums)
        byCurrency.set(currency, (byCurrency.get(currency) ?? new Map()).set(campaignId, amount));
    for (const [currency, campaigns] of byCurrency) {
      const totals = dataOf(
        await app.run<{
          adCreditGrantTotals: {
            currencies: string[];
            grandTotal: { amountMinor: number };
            holderCount: number;
            top: { holder: { id: string }; total: { amountMinor: number } }[];
          };
        }>(
          `query($currency: String) { adCreditGrantTotals(by: CAMPAIGN, currency: $currency, first: 50) {
            currencies grandTotal { amountMinor } holderCount
            top { holder { ... on Campaign { id } } total { amountMinor } } } }`,
          { currency },
          null,
          { user: admin },
        ),
      ).adCreditGrantTotals;
      expect(totals.currencies, currency).toEqual([...byCurrency.keys()].sort());
      expect(totals.holderCount, currency).toBe(campaigns.size);
      expect(totals.grandTotal.amountMinor, currency).toBe(
        [...campaigns.values()].reduce((a, b) => a + b, 0),
      );
      const top = totals.top.map((t) => t.total.amountMinor);
      expect(top, currency).toEqual([...campaigns.values()].sort((a, b) => b - a).slice(0, 50));
      for (const t of totals.top) expect(t.total.amountMinor, t.holder.id).toBe(campaigns.get(t.holder.id));
    }
  }

  for (let i = 0; i < BATCHES; i++) {
    const asAdmin = i % 3 !== 2;
    it(`batch ${i + 1}: ${PER_BATCH} operations ${asAdmin ? 'as an admin' : 'anonymously'}, no internal error, invariants hold`, async () => {
      await batch(asAdmin ? admin : null, PER_BATCH, seed === undefined ? undefined : seed + i);
    });
  }

  async function overHttp(runs: number, batchSeed: number | undefined): Promise<void> {
    const bodies = fc.oneof(
      {
        weight: 6,
        arbitrary: operations(schema, pool, { mutations: true }).map((op) =>
          JSON.stringify({ query: op.query, variables: op.variables }),
        ),
      },
      { weight: 1, arbitrary: fc.jsonValue().map((v) => JSON.stringify(v)) },
      { weight: 1, arbitrary: fc.string({ maxLength: 200 }) },
      {
        weight: 1,
        arbitrary: fc.constantFrom(
          '{"query":"{ __typename }"',
          '{"query": 1}',
          '[]',
          'null',
          '{"query":"{ me { id } }","variables":"x"}',
        ),
      },
    );
    const headers = fc.record({
      'content-type': fc.constantFrom(
        'application/json',
        'application/json; charset=utf-8',
        'text/plain',
        'application/json; charset=latin1',
        'application/graphql',
      ),
      accept: fc.constantFrom('application/json', 'application/graphql-response+json', '*/*', 'text/html'),
    });
    await fc.assert(
      fc.asyncProperty(bodies, headers, async (body, head) => {
        const response = await fetch(`${url}/graphql`, { method: 'POST', headers: head, body });
        totalOperations++;
        const text = await response.text();
        expect(
          response.status,
          `${response.status} for ${body.slice(0, 500)} ${JSON.stringify(head)}`,
        ).toBeLessThan(500);
        if (text.startsWith('{')) {
          const parsed = JSON.parse(text) as { errors?: GraphQLFormattedError[] };
          expect(internalErrors(parsed.errors), body.slice(0, 500)).toEqual([]);
        }
      }),
      { numRuns: runs, seed: batchSeed, endOnFailure: true },
    );
  }

  for (let i = 0; i < HTTP_BATCHES; i++) {
    it(`HTTP batch ${i + 1}: ${PER_HTTP_BATCH} operations and malformed requests, no 5xx, every error with a code`, async () => {
      await overHttp(PER_HTTP_BATCH, seed === undefined ? undefined : seed + BATCHES + i);
    });
  }

  it('sent more than 10,000 operations in this run, and changed records through many mutations', () => {
    expect(totalOperations).toBeGreaterThanOrEqual(10_000);
    console.info('successful changes by mutation:', Object.fromEntries([...changed].sort()));
    expect(changed.size).toBeGreaterThanOrEqual(10);
  });
});

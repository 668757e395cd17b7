/**
 * Every query limit, exceeded: each refusal has its own code, names its limit, and runs no SQL at all
 * (abusive documents are refused before they reach the database). Staff get more room than
 * anonymous clients, never unlimited. Public example operations and the dashboard's operations fit.
 */
import { readFileSync } from 'node:fs';
import { type DocumentNode, parse, print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.js';
import { exampleOperations } from '../../example-operations.js';

const EXAMPLE_OPERATIONS = exampleOperations('admin@beacon.local');

import { beaconSchema } from '../../schema.js';
import { buildCampaign, buildCreator, buildVideo } from '../../test/factories.js';
import { codesOf, createTestApp, dataOf, StaffRole, type TestApp } from '../../test/test-app.js';
import type { StaffUser } from '../staff/staff-user.entity.js';
import { LimitCode } from './limit-errors.js';
import { queryCost } from './query-cost.js';
import { budgetFor, checkOperation, checkSource, FIXED_BUDGETS } from './query-limits.js';

/** A six-hop fan-out that once took 12 to 26 s: each hop multiplies by 100. */
const ABUSIVE = `{ creators(first: 100) { nodes { id videos(first: 100) { nodes { creator { videos(first: 100) {
  nodes { creator { videos(first: 100) { nodes { id title } } } } } } } } } } }`;

describe('query limits', () => {
  let app: TestApp;
  let editor: StaffUser;

  beforeAll(async () => {
    app = await createTestApp();
    editor = await app.staff(StaffRole.EDITOR);
    const em = app.orm.em.fork();
    const creator = await buildCreator(em);
    await buildVideo(em, { creator });
    await buildCampaign(em);
  });
  afterAll(() => app?.close());

  /** Runs and returns the codes and how many SQL statements the refusal cost. */
  async function refusal(
    query: string,
    user: StaffUser | null = null,
    variables: Record<string, unknown> = {},
  ) {
    app.resetQueryCount();
    // The staff member is handed over as loaded, so the harness itself runs no SQL either.
    const result = await app.run(query, variables, null, user ? { user } : {});
    return { codes: codesOf(result), statements: app.queryCount(), result };
  }

  it('refuses a six-hop fan-out by its cost, anonymous or staff, before any SQL runs', async () => {
    const anonymous = await refusal(ABUSIVE);
    expect(anonymous.codes).toEqual([LimitCode.COST_LIMIT_EXCEEDED]);
    expect(anonymous.statements).toBe(0);
    expect(anonymous.result.data).toBeUndefined();
    expect(anonymous.result.errors?.[0]?.extensions).toMatchObject({ limit: 5_000 });
    const staff = await refusal(ABUSIVE, editor);
    expect(staff.codes).toEqual([LimitCode.COST_LIMIT_EXCEEDED]);
    expect(staff.statements).toBe(0);
    expect(staff.result.errors?.[0]?.extensions).toMatchObject({ limit: 25_000 });
  });

  it('refuses 1,000 aliases of hub without running it once', async () => {
    // Over HTTP the document's size refuses it before parsing (http.test.ts); here, past that, the token
    // limit stops the parser, and past that the alias limit refuses it before it runs.
    const hubs = (n: number) =>
      `{ ${Array.from({ length: n }, (_, i) => `h${i}: hub(campaign: "x") { campaign { id } }`).join(' ')} }`;
    const thousand = await refusal(hubs(1_000), editor);
    expect(thousand.codes).toEqual([LimitCode.TOKEN_LIMIT_EXCEEDED]);
    expect(thousand.statements).toBe(0);
    const hundreds = await refusal(hubs(600), editor);
    expect(hundreds.codes).toEqual([LimitCode.ALIAS_LIMIT_EXCEEDED]);
    expect(hundreds.statements).toBe(0);
  });

  it('counts a connection as its page size times its items, 20 when first is left out', async () => {
    // creators: 1 + 20 x (node 1 + videos (1 + 20 x (node 1 + creator (1 + videos (1 + 20 x node 1)))))
    const query = '{ creators { nodes { videos { nodes { creator { videos { nodes { id } } } } } } } }';
    const anonymous = await refusal(query);
    expect(anonymous.codes).toEqual([LimitCode.COST_LIMIT_EXCEEDED]);
    expect(anonymous.result.errors?.[0]?.extensions).toMatchObject({ found: 9_241, limit: 5_000 });
    // The same question is within a staff member's larger budget.
    dataOf(await app.run(query, {}, editor));
    // A smaller page brings it within the public budget: 1 + 5 x (1 + 1 + 20 x (1 + 1 + 1 + 20)) = 2,311.
    dataOf(
      await app.run(
        '{ creators(first: 5) { nodes { videos { nodes { creator { videos { nodes { id } } } } } } } }',
      ),
    );
  });

  it('gives staff a larger cost budget, but never an unlimited one', async () => {
    const wide = '{ creators(first: 100) { nodes { videos(first: 100) { nodes { id } } } } }'; // 10,201
    expect((await refusal(wide)).codes).toEqual([LimitCode.COST_LIMIT_EXCEEDED]);
    dataOf(await app.run(wide, {}, editor));
    const wider =
      '{ creators(first: 100) { nodes { videos(first: 100) { nodes { creator { videos(first: 3) { nodes { id } } } } } } } }';
    expect((await refusal(wider, editor)).codes).toEqual([LimitCode.COST_LIMIT_EXCEEDED]);
  });

  it('counts the grant totals by the most holders they can list (50), whatever `first` asks', async () => {
    const schema = await beaconSchema();
    const cost = (first: string) =>
      queryCost(
        schema,
        parse(`{ adCreditGrantTotals(by: CAMPAIGN${first}) { top { total { amountMinor } } } }`),
        undefined,
        {},
      );
    // 1 + 50 x (holder total 1 + its money 1)
    expect(cost('')).toBe(101);
    expect(cost(', first: 3')).toBe(101);
  });

  it('counts page sizes given in variables', async () => {
    const query = 'query($n: Int) { creators(first: $n) { nodes { videos(first: $n) { nodes { id } } } } }';
    expect((await refusal(query, null, { n: 100 })).codes).toEqual([LimitCode.COST_LIMIT_EXCEEDED]);
    dataOf(await app.run(query, { n: 10 }));
  });

  it('checks a document that passed again for another client or other variables', async () => {
    // Passing checks are remembered per document: what passed for staff, or with small pages, must not
    // pass for an anonymous client, or with large ones.
    const wide = 'query Wide { creators(first: 100) { nodes { videos(first: 100) { nodes { id } } } } }';
    dataOf(await app.run(wide, {}, editor));
    dataOf(await app.run(wide, {}, editor));
    expect((await refusal(wide)).codes).toEqual([LimitCode.COST_LIMIT_EXCEEDED]);
    const paged =
      'query Paged($n: Int) { creators(first: $n) { nodes { videos(first: $n) { nodes { id } } } } }';
    dataOf(await app.run(paged, { n: 10 }));
    dataOf(await app.run(paged, { n: 10 }));
    expect((await refusal(paged, null, { n: 100 })).codes).toEqual([LimitCode.COST_LIMIT_EXCEEDED]);
    expect((await refusal(paged, null, { n: 100 })).codes).toEqual([LimitCode.COST_LIMIT_EXCEEDED]);
  });

  it('keeps first and last between 1 and 100', async () => {
    for (const args of ['first: 0', 'first: 101', 'last: 0', 'last: 101', 'first: -1']) {
      const result = await app.run(`{ creators(${args}) { nodes { id } } }`);
      expect(codesOf(result), args).toEqual(['BAD_USER_INPUT']);
    }
    dataOf(
      await app.run(
        '{ creators(first: 1) { nodes { id } } creators2: creators(last: 100) { nodes { id } } }',
      ),
    );
  });

  it('refuses a document deeper than the limit: 12 levels for anonymous clients, 16 for staff', async () => {
    /** `levels` nested fields: creators -> nodes -> videos -> nodes -> creator -> videos -> … -> id. */
    const chain = (levels: number) => {
      const opens: string[] = ['creators(first: 1) {', 'nodes {'];
      const cycle = ['videos(first: 1) {', 'nodes {', 'creator {'];
      for (let i = 0; opens.length < levels - 1; i++) opens.push(cycle[i % 3] as string);
      const leaf = opens.at(-1)?.startsWith('videos') ? 'totalCount' : 'id';
      return `{ ${opens.join(' ')} ${leaf} ${'}'.repeat(opens.length)} }`;
    };
    const anonymousOk = chain(12);
    const anonymousDeep = chain(13);
    dataOf(await app.run(anonymousOk));
    const refused = await refusal(anonymousDeep);
    expect(refused.codes).toEqual([LimitCode.DEPTH_LIMIT_EXCEEDED]);
    expect(refused.statements).toBe(0);
    dataOf(await app.run(chain(16), {}, editor));
    expect((await refusal(chain(17), editor)).codes).toEqual([LimitCode.DEPTH_LIMIT_EXCEEDED]);
  });

  it('refuses more aliases than the limit: 15 for anonymous clients, 50 for staff', async () => {
    const aliased = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: me { id }`).join(' ')} }`;
    dataOf(await app.run(aliased(15)));
    expect((await refusal(aliased(16))).codes).toEqual([LimitCode.ALIAS_LIMIT_EXCEEDED]);
    dataOf(await app.run(aliased(50), {}, editor));
    expect((await refusal(aliased(51), editor)).codes).toEqual([LimitCode.ALIAS_LIMIT_EXCEEDED]);
  });

  it('refuses more directives than the limit: 10 for anonymous clients, 50 for staff', async () => {
    const directed = (n: number) => `{ me { ${'id @include(if: true) '.repeat(n)} } }`;
    dataOf(await app.run(directed(10)));
    expect((await refusal(directed(11))).codes).toEqual([LimitCode.DIRECTIVE_LIMIT_EXCEEDED]);
    dataOf(await app.run(directed(50), {}, editor));
    expect((await refusal(directed(51), editor)).codes).toEqual([LimitCode.DIRECTIVE_LIMIT_EXCEEDED]);
  });

  it('fits every public example operation within the anonymous limits', async () => {
    const schema = await beaconSchema();
    const budget = budgetFor('anonymous', app.config.hardening);
    expect(checkSource(EXAMPLE_OPERATIONS, budget)).toBeNull();
    const { parse } = await import('graphql');
    const document = parse(EXAMPLE_OPERATIONS);
    for (const definition of document.definitions) {
      if (definition.kind !== 'OperationDefinition' || definition.operation === 'mutation') continue;
      const name = definition.name?.value;
      const error = checkOperation({
        schema,
        document,
        operationName: name,
        principal: 'anonymous',
        budget,
        introspection: 'all',
      });
      expect(error, name).toBeNull();
    }
  });

  it("fits every one of the dashboard's operations within the staff limits", async () => {
    const schema = await beaconSchema();
    const budget = budgetFor('staff', app.config.hardening);
    // The documents GraphQL Code Generator wrote for the dashboard, as JSON syntax trees.
    const generated = readFileSync(
      new URL('../../../../dashboard/src/gql/graphql.ts', import.meta.url),
      'utf8',
    );
    const documents = [...generated.matchAll(/^export const (\w+Document) = (\{.*\}) as unknown as /gm)].map(
      ([, name, json]) => [name, JSON.parse(json as string) as DocumentNode] as const,
    );
    expect(documents.length).toBeGreaterThan(0);
    for (const [name, document] of documents) {
      const source = print(document as never);
      expect(checkSource(source, budget), name).toBeNull();
      const error = checkOperation({
        schema,
        document: document as never,
        principal: 'staff',
        budget,
        introspection: 'all',
        variables: { first: 100 },
      });
      expect(error, name).toBeNull();
    }
  });

  it('documents each limit in the README with its values', () => {
    const readme = readFileSync(new URL('../../../../README.md', import.meta.url), 'utf8');
    const labels: Record<keyof typeof FIXED_BUDGETS.staff, string> = {
      documentChars: 'document size (characters)',
      tokens: 'tokens',
      depth: 'depth',
      aliases: 'aliases',
      directives: 'directives',
    };
    const n = (value: number) => value.toLocaleString('en-US');
    for (const [key, label] of Object.entries(labels) as [keyof typeof labels, string][]) {
      expect(readme).toContain(
        `| ${label} | ${n(FIXED_BUDGETS.anonymous[key])} | ${n(FIXED_BUDGETS.staff[key])} |`,
      );
    }
    for (const code of Object.values(LimitCode)) expect(readme).toContain(`\`${code}\``);
  });
});

describe('introspection and field suggestions by environment', () => {
  let app: TestApp;
  let viewer: StaffUser;

  beforeAll(async () => {
    app = await createTestApp({ BEACON_INTROSPECTION: 'staff', BEACON_FIELD_SUGGESTIONS: 'staff' });
    viewer = await app.staff(StaffRole.VIEWER);
  });
  afterAll(() => app?.close());

  it('are for staff only in production by default, and for everyone in development', () => {
    const production = loadConfig({ NODE_ENV: 'production' }).hardening;
    expect([production.introspection, production.fieldSuggestions]).toEqual(['staff', 'staff']);
    const development = loadConfig({ NODE_ENV: 'development' }).hardening;
    expect([development.introspection, development.fieldSuggestions]).toEqual(['all', 'all']);
    const off = loadConfig({ NODE_ENV: 'production', BEACON_INTROSPECTION: 'none' }).hardening;
    expect(off.introspection).toBe('none');
  });

  it('refuses introspection to anonymous clients but answers signed-in staff (Sandbox)', async () => {
    const query = '{ __schema { queryType { name } } }';
    const anonymous = await app.run(query);
    expect(codesOf(anonymous)).toEqual([LimitCode.INTROSPECTION_DISABLED]);
    expect(dataOf(await app.run(query, {}, viewer))).toEqual({ __schema: { queryType: { name: 'Query' } } });
    // __typename is not introspection: clients (and caches) rely on it.
    expect(dataOf(await app.run('{ __typename }'))).toEqual({ __typename: 'Query' });
    const type = await app.run('{ __type(name: "StaffUser") { fields { name } } }');
    expect(codesOf(type)).toEqual([LimitCode.INTROSPECTION_DISABLED]);
  });

  it('leaves "Did you mean" out of errors for anonymous clients, but tells staff', async () => {
    const anonymous = await app.run('{ creatorz { totalCount } }');
    expect(codesOf(anonymous)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(anonymous.errors?.[0]?.message).toBe('Cannot query field "creatorz" on type "Query".');
    const staff = await app.run('{ creatorz { totalCount } }', {}, viewer);
    expect(staff.errors?.[0]?.message).toMatch(/Did you mean .*"creators"/);
  });
});

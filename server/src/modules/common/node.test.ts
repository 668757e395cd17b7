import { fromGlobalId, toGlobalId } from 'graphql-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCreator, buildGrant } from '../../test/factories.js';
import { createTestApp, dataOf, StaffRole, type TestApp } from '../../test/test-app.js';
import { CreatorStatus } from '../creators/creator.entity.js';
import { encodeGlobalId } from './node.js';

const NODE = `query($id: ID!) { node(id: $id) { __typename id ... on Creator { handle } } }`;

describe('global IDs', () => {
  it('are the IDs graphql-relay makes, for any text, and read back by it', () => {
    for (const [type, id] of [
      ['Creator', '01a228d7-a008-7206-97f4-44b0c8b5b0a5'],
      ['Vidéo', 'ü€𝄞 with spaces:and:colons'],
      ['X', ''],
    ] as const) {
      expect(encodeGlobalId(type, id)).toBe(toGlobalId(type, id));
      expect(fromGlobalId(encodeGlobalId(type, id))).toEqual({ type, id });
    }
  });
});

describe('node and nodes', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app?.close());

  it('fetches a public record by its opaque global ID', async () => {
    const creator = await buildCreator(app.orm.em.fork());
    expect(creator.globalId).not.toContain(creator.id);
    const result = dataOf(
      await app.run<{ node: { __typename: string; id: string; handle: string } }>(NODE, {
        id: creator.globalId,
      }),
    );
    expect(result.node).toEqual({ __typename: 'Creator', id: creator.globalId, handle: creator.handle });
  });

  it('answers null to a public client for staff-only and hidden records, but shows them to staff', async () => {
    const em = app.orm.em.fork();
    const grant = await buildGrant(em);
    const suspended = await buildCreator(em, { status: CreatorStatus.SUSPENDED });
    expect(dataOf(await app.run(NODE, { id: grant.globalId }))).toEqual({ node: null });
    expect(dataOf(await app.run(NODE, { id: suspended.globalId }))).toEqual({ node: null });
    const viewer = await app.staff(StaffRole.VIEWER);
    expect(
      dataOf(await app.run<{ node: { __typename: string } }>(NODE, { id: grant.globalId }, viewer)).node
        .__typename,
    ).toBe('AdCreditGrant');
    // The audit log is for admins only.
    const admin = await app.staff(StaffRole.ADMIN);
    const archive = `mutation($input: ArchiveInput!) { archiveCreator(input: $input) { creator { archivedAt } } }`;
    dataOf(await app.run(archive, { input: { id: suspended.globalId, expectedVersion: 1 } }, admin));
    const events = dataOf(
      await app.run<{ auditEvents: { nodes: { id: string }[] } }>(
        `{ auditEvents(first: 1) { nodes { id } } }`,
        {},
        admin,
      ),
    );
    const eventId = events.auditEvents.nodes[0]?.id;
    expect(eventId).toBeTruthy();
    expect(dataOf(await app.run(NODE, { id: eventId }, viewer))).toEqual({ node: null });
    expect(
      dataOf(await app.run<{ node: { __typename: string } }>(NODE, { id: eventId }, admin)).node.__typename,
    ).toBe('AuditEvent');
  });

  it('returns nodes in the order asked, with null for IDs that are not Beacon IDs', async () => {
    const em = app.orm.em.fork();
    const a = await buildCreator(em);
    const b = await buildCreator(em);
    const result = dataOf(
      await app.run<{ nodes: ({ id: string } | null)[] }>(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, {
        ids: [b.globalId, 'garbage', a.globalId],
      }),
    );
    expect(result.nodes).toEqual([{ id: b.globalId }, null, { id: a.globalId }]);
  });

  it('fetches many nodes with one query per type, however many IDs are asked', async () => {
    const em = app.orm.em.fork();
    const ids: string[] = [];
    for (let i = 0; i < 12; i++) ids.push((await buildCreator(em)).globalId);
    const query = `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`;
    app.resetQueryCount();
    const few = dataOf(await app.run<{ nodes: unknown[] }>(query, { ids: ids.slice(0, 2) }));
    const fewStatements = app.queryCount();
    app.resetQueryCount();
    const many = dataOf(await app.run<{ nodes: unknown[] }>(query, { ids }));
    expect(few.nodes).toHaveLength(2);
    expect(many.nodes.every((n) => n !== null)).toBe(true);
    expect(app.queryCount()).toBe(fewStatements);
  });
});

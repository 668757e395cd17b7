import { Topic } from '@beacon/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEnrolment, buildGrant, buildOrganisation } from '../../test/factories.js';
import { codesOf, createTestApp, dataOf, StaffRole, type TestApp } from '../../test/test-app.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import type { StaffUser } from '../staff/staff-user.entity.js';
import { Organisation, OrganisationKind } from './organisation.entity.js';

const CREATE = /* GraphQL */ `
  mutation Create($input: CreateOrganisationInput!) {
    createOrganisation(input: $input) {
      organisation { id name kind website focusTopics regionsServed version }
    }
  }
`;

const UPDATE = /* GraphQL */ `
  mutation Update($input: UpdateOrganisationInput!) {
    updateOrganisation(input: $input) { organisation { id name website version } }
  }
`;

const ARCHIVE = /* GraphQL */ `
  mutation Archive($input: ArchiveInput!) {
    archiveOrganisation(input: $input) { organisation { id archivedAt version } }
  }
`;

const LIST = /* GraphQL */ `
  query List($filter: OrganisationFilter, $first: Int, $after: String) {
    organisations(filter: $filter, first: $first, after: $after) {
      totalCount
      nodes { id name }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

type ListResult = {
  organisations: {
    totalCount: number;
    nodes: { id: string; name: string }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

const tag = () => Math.random().toString(36).slice(2, 8);

const validInput = (overrides: Record<string, unknown> = {}) => ({
  name: `Hope Line ${tag()}`,
  kind: 'CRISIS_SERVICE',
  website: 'https://hopeline.example',
  description: 'A fictional text line.',
  focusTopics: ['SUICIDE_PREVENTION'],
  regionsServed: ['US', 'CA'],
  ...overrides,
});

describe('organisations', () => {
  let app: TestApp;
  let editor: StaffUser;
  let viewer: StaffUser;

  beforeAll(async () => {
    app = await createTestApp();
    editor = await app.staff(StaffRole.EDITOR);
    viewer = await app.staff(StaffRole.VIEWER);
  });
  afterAll(() => app?.close());

  const count = () => app.orm.em.fork().count(Organisation);

  it('lets an editor add an organisation that public clients then find, and audits it', async () => {
    const input = validInput({ name: `  Hope Line ${tag()}  ` });
    const created = dataOf(
      await app.run<{ createOrganisation: { organisation: { id: string; name: string; version: number } } }>(
        CREATE,
        { input },
        editor,
      ),
    ).createOrganisation.organisation;
    expect(created).toMatchObject({ name: (input.name as string).trim(), version: 1 });
    const listed = dataOf(await app.run<ListResult>(LIST, { filter: { search: created.name } }));
    expect(listed.organisations.nodes.map((n) => n.id)).toEqual([created.id]);
    const events = await app.orm.em.fork().find(AuditEvent, { action: 'organisation.create' });
    expect(events.map((e) => (e.after as { name: string }).name)).toContain(created.name);
    expect(events.find((e) => (e.after as { name: string }).name === created.name)?.actor?.id).toBe(
      editor.id,
    );
  });

  it('refuses organisation changes without a session or from a viewer, changing nothing', async () => {
    const before = await count();
    expect(codesOf(await app.run(CREATE, { input: validInput() }))).toEqual(['UNAUTHENTICATED']);
    expect(codesOf(await app.run(CREATE, { input: validInput() }, viewer))).toEqual(['FORBIDDEN']);
    const existing = await buildOrganisation(app.orm.em.fork());
    const archive = await app.run(ARCHIVE, { input: { id: existing.globalId, expectedVersion: 1 } }, viewer);
    expect(codesOf(archive)).toEqual(['FORBIDDEN']);
    expect(await count()).toBe(before + 1);
    const stored = await app.orm.em.fork().findOneOrFail(Organisation, { id: existing.id });
    expect(stored.archivedAt).toBeNull();
  });

  it.each([
    ['a non-https website', { website: 'http://hopeline.example' }, 'input.website'],
    ['an unknown region served', { regionsServed: ['GB', 'XX'] }, 'input.regionsServed'],
    ['a lower-case region served', { regionsServed: ['gb'] }, 'input.regionsServed'],
    ['an empty name', { name: '' }, 'input.name'],
    ['a blank name', { name: '   ' }, 'input.name'],
    ['a name over 200 characters', { name: 'x'.repeat(201) }, 'input.name'],
  ])(
    'rejects %s with BAD_USER_INPUT naming the field and stores nothing',
    async (_label, overrides, path) => {
      const before = await count();
      const result = await app.run(CREATE, { input: validInput(overrides) }, editor);
      expect(codesOf(result)).toEqual(['BAD_USER_INPUT']);
      const fields = (result.errors?.[0]?.extensions?.fields ?? []) as { path: string }[];
      expect(fields.map((f) => f.path)).toContain(path);
      expect(await count()).toBe(before);
    },
  );

  it('answers a name another organisation already has with CONFLICT, on create and on rename', async () => {
    const em = app.orm.em.fork();
    const taken = await buildOrganisation(em);
    const other = await buildOrganisation(em);
    const before = await count();
    const create = await app.run(CREATE, { input: validInput({ name: taken.name }) }, editor);
    expect(codesOf(create)).toEqual(['CONFLICT']);
    expect(await count()).toBe(before);
    const rename = await app.run(
      UPDATE,
      { input: { id: other.globalId, expectedVersion: 1, name: taken.name } },
      editor,
    );
    expect(codesOf(rename)).toEqual(['CONFLICT']);
    const stored = await app.orm.em.fork().findOneOrFail(Organisation, { id: other.id });
    expect(stored.name).toBe(other.name);
  });

  it('refuses an update with a stale version and keeps the newer change', async () => {
    const organisation = await buildOrganisation(app.orm.em.fork());
    const first = dataOf(
      await app.run<{ updateOrganisation: { organisation: { version: number } } }>(
        UPDATE,
        { input: { id: organisation.globalId, expectedVersion: 1, website: 'https://first.example' } },
        editor,
      ),
    );
    expect(first.updateOrganisation.organisation.version).toBe(2);
    const stale = await app.run(
      UPDATE,
      { input: { id: organisation.globalId, expectedVersion: 1, website: 'https://stale.example' } },
      editor,
    );
    expect(codesOf(stale)).toEqual(['CONFLICT']);
    const stored = await app.orm.em.fork().findOneOrFail(Organisation, { id: organisation.id });
    expect(stored.website).toBe('https://first.example');
    const events = await app.orm.em
      .fork()
      .find(AuditEvent, { action: 'organisation.update', targetId: organisation.id });
    expect(events).toHaveLength(1);
  });

  it('hides archived organisations from public clients but not from staff who ask', async () => {
    const label = tag();
    const organisation = await buildOrganisation(app.orm.em.fork(), { name: `Archivable ${label}` });
    const archived = dataOf(
      await app.run<{ archiveOrganisation: { organisation: { archivedAt: string | null } } }>(
        ARCHIVE,
        { input: { id: organisation.globalId, expectedVersion: 1 } },
        editor,
      ),
    );
    expect(archived.archiveOrganisation.organisation.archivedAt).not.toBeNull();
    const publicList = dataOf(await app.run<ListResult>(LIST, { filter: { search: label } }));
    expect(publicList.organisations.nodes).toEqual([]);
    const node = await app.run(`query($id: ID!) { node(id: $id) { id } }`, { id: organisation.globalId });
    expect(dataOf(node)).toEqual({ node: null });
    expect(codesOf(await app.run(LIST, { filter: { search: label, includeArchived: true } }))).toEqual([
      'FORBIDDEN',
    ]);
    const staffDefault = dataOf(await app.run<ListResult>(LIST, { filter: { search: label } }, viewer));
    expect(staffDefault.organisations.nodes).toEqual([]);
    const staffAll = dataOf(
      await app.run<ListResult>(LIST, { filter: { search: label, includeArchived: true } }, viewer),
    );
    expect(staffAll.organisations.nodes.map((n) => n.id)).toEqual([organisation.globalId]);
    const events = await app.orm.em.fork().find(AuditEvent, {
      action: 'organisation.archive',
      targetId: organisation.id,
    });
    expect(events).toHaveLength(1);
  });

  it('filters by topic, region and kind, orders by name and pages with cursors', async () => {
    const em = app.orm.em.fork();
    const label = tag();
    const names = ['Delta', 'Alpha', 'Echo', 'Charlie', 'Bravo'].map((n) => `${label} ${n}`);
    for (const name of names) {
      await buildOrganisation(em, {
        name,
        kind: OrganisationKind.EXPERT_BODY,
        focusTopics: [Topic.EATING_DISORDERS, Topic.BODY_IMAGE],
        regionsServed: ['AU', 'NZ'],
      });
    }
    await buildOrganisation(em, {
      name: `${label} Wrong topic`,
      kind: OrganisationKind.EXPERT_BODY,
      focusTopics: [Topic.GRIEF],
      regionsServed: ['AU'],
    });
    await buildOrganisation(em, {
      name: `${label} Wrong region`,
      kind: OrganisationKind.EXPERT_BODY,
      focusTopics: [Topic.EATING_DISORDERS],
      regionsServed: ['GB'],
    });
    await buildOrganisation(em, {
      name: `${label} Worldwide`,
      kind: OrganisationKind.EXPERT_BODY,
      focusTopics: [Topic.EATING_DISORDERS],
      regionsServed: [],
    });
    await buildOrganisation(em, {
      name: `${label} Wrong kind`,
      kind: OrganisationKind.NON_PROFIT,
      focusTopics: [Topic.EATING_DISORDERS],
      regionsServed: ['NZ'],
    });
    const filter = { search: label, topic: 'EATING_DISORDERS', region: 'NZ', kind: 'EXPERT_BODY' };
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page++) {
      const result: ListResult = dataOf(await app.run<ListResult>(LIST, { filter, first: 2, after }));
      expect(result.organisations.totalCount).toBe(5);
      seen.push(...result.organisations.nodes.map((n) => n.name));
      after = result.organisations.pageInfo.endCursor;
      if (!result.organisations.pageInfo.hasNextPage) break;
    }
    expect(seen).toEqual([...names].sort());
  });

  it('rejects an unknown region in the filter with BAD_USER_INPUT', async () => {
    const result = await app.run(LIST, { filter: { region: 'XX' } });
    expect(codesOf(result)).toEqual(['BAD_USER_INPUT']);
  });

  it("shows an organisation's live grants and enrolments to staff only", async () => {
    const em = app.orm.em.fork();
    const label = tag();
    const organisation = await buildOrganisation(em, { name: `Granted ${label}` });
    const older = await buildGrant(em, { organisation, amountMinor: 10_000_00 });
    const newer = await buildGrant(em, { organisation, amountMinor: 20_000_00 });
    await buildGrant(em, { organisation, amountMinor: 99_00, archivedAt: new Date() });
    await buildEnrolment(em, { organisation, creator: null });
    const query = /* GraphQL */ `
      query Nested($search: String!) {
        organisations(filter: { search: $search }) {
          nodes {
            name
            grants { totalCount nodes { id amount { amountMinor currency } } }
            enrolments { nodes { id completed } }
          }
        }
      }
    `;
    const anonymous = await app.run<{ organisations: { nodes: { name: string; grants: null }[] } }>(query, {
      search: label,
    });
    expect(codesOf(anonymous)).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED']);
    expect(anonymous.data?.organisations.nodes).toEqual([
      { name: organisation.name, grants: null, enrolments: null },
    ]);
    type Staff = {
      organisations: {
        nodes: {
          grants: { totalCount: number; nodes: { id: string; amount: { amountMinor: number } }[] };
          enrolments: { nodes: { id: string }[] };
        }[];
      };
    };
    const staff = dataOf(await app.run<Staff>(query, { search: label }, viewer)).organisations.nodes[0];
    expect(staff?.grants.totalCount).toBe(2);
    expect(staff?.grants.nodes.map((g) => g.id)).toEqual([newer.globalId, older.globalId]);
    expect(staff?.enrolments.nodes).toHaveLength(1);
  });
});

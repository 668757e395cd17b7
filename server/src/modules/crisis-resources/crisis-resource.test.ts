import { Topic } from '@beacon/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCrisisResource } from '../../test/factories.js';
import {
  codesOf,
  createTestApp,
  dataOf,
  type OperationResult,
  StaffRole,
  type TestApp,
} from '../../test/test-app.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import type { StaffUser } from '../staff/staff-user.entity.js';
import { ContactChannel, ContactMethod, CrisisResource } from './crisis-resource.entity.js';
import { STALE_AFTER_DAYS } from './crisis-resource.service.js';

const FOR_READER = /* GraphQL */ `
  query ForReader($region: String, $topics: [Topic!], $first: Int, $after: String) {
    crisisResources(region: $region, topics: $topics, first: $first, after: $after) {
      nodes { name isGlobal contacts { channel value instructions } }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

type ForReader = {
  crisisResources: {
    nodes: { name: string; isGlobal: boolean }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

const CREATE = /* GraphQL */ `
  mutation Create($input: CreateCrisisResourceInput!) {
    createCrisisResource(input: $input) {
      crisisResource { id name regions contacts { channel value } lastVerifiedAt version isStale }
    }
  }
`;

const VERIFY = /* GraphQL */ `
  mutation Verify($input: MarkCrisisResourceVerifiedInput!) {
    markCrisisResourceVerified(input: $input) { crisisResource { lastVerifiedAt version isStale } }
  }
`;

const STALE = /* GraphQL */ `
  query Stale($first: Int) { staleCrisisResources(first: $first) { nodes { id name isStale } } }
`;

const contact = (channel: ContactChannel, value: string, instructions: string | null = null) =>
  Object.assign(new ContactMethod(), { channel, value, instructions });

const daysAgo = (days: number) => new Date(Date.now() - days * 24 * 60 * 60 * 1000);

const fieldPaths = (result: OperationResult<unknown>) =>
  ((result.errors?.[0]?.extensions?.fields ?? []) as { path: string }[]).map((f) => f.path);

const validInput = (overrides: Record<string, unknown> = {}) => ({
  name: 'Fictional Listening Line',
  organisationName: 'A fictional helpline',
  contacts: [
    { channel: 'CALL', value: '0800 123 456' },
    { channel: 'TEXT', value: '85258', instructions: 'Text TALK to 85258' },
    { channel: 'WEB', value: 'https://listening-line.example/help' },
  ],
  regions: ['NL'],
  topics: ['SUICIDE_PREVENTION'],
  hours: '24/7',
  languages: ['nl', 'en'],
  ...overrides,
});

describe('crisis resources', () => {
  let app: TestApp;
  let editor: StaffUser;
  let viewer: StaffUser;

  const names = async (variables: Record<string, unknown>, extra = {}) =>
    dataOf(await app.run<ForReader>(FOR_READER, variables, null, extra)).crisisResources.nodes.map(
      (n) => n.name,
    );

  beforeAll(async () => {
    app = await createTestApp();
    editor = await app.staff(StaffRole.EDITOR);
    viewer = await app.staff(StaffRole.VIEWER);
    const em = app.orm.em.fork();
    // The directory the demo programme seeds, by region (docs/operations.md, "The demo programme").
    await buildCrisisResource(em, {
      name: '988 Suicide & Crisis Lifeline',
      regions: ['US'],
      contacts: [contact(ContactChannel.CALL, '988'), contact(ContactChannel.TEXT, '988')],
    });
    await buildCrisisResource(em, {
      name: 'Crisis Text Line',
      regions: ['US'],
      contacts: [contact(ContactChannel.TEXT, '741741', 'Text HOME to 741741')],
    });
    await buildCrisisResource(em, {
      name: 'Samaritans',
      regions: ['GB', 'IE'],
      contacts: [contact(ContactChannel.CALL, '116 123')],
    });
    await buildCrisisResource(em, {
      name: 'Shout',
      regions: ['GB'],
      contacts: [contact(ContactChannel.TEXT, '85258', 'Text SHOUT to 85258')],
    });
    await buildCrisisResource(em, {
      name: 'Samaritans of Singapore',
      regions: ['SG'],
      contacts: [contact(ContactChannel.CALL, '1767')],
    });
    await buildCrisisResource(em, {
      name: 'Lifeline',
      regions: ['AU'],
      contacts: [contact(ContactChannel.CALL, '13 11 14')],
    });
    await buildCrisisResource(em, {
      name: 'Befrienders Worldwide',
      regions: [],
      isGlobal: true,
      contacts: [contact(ContactChannel.WEB, 'https://befrienders.org')],
    });
    await buildCrisisResource(em, { name: 'Retired line', regions: ['AU'], archivedAt: new Date() });
  });
  afterAll(() => app?.close());

  it.each([
    ['US', ['988 Suicide & Crisis Lifeline', 'Crisis Text Line']],
    ['GB', ['Samaritans', 'Shout']],
    ['IE', ['Samaritans']],
    ['SG', ['Samaritans of Singapore']],
    ['AU', ['Lifeline']],
  ])('shows a reader in %s the resources serving their region', async (region, expected) => {
    expect(await names({ region })).toEqual(expected);
  });

  it('falls back to the global directory for a region with no resources of its own', async () => {
    expect(await names({ region: 'FR' })).toEqual(['Befrienders Worldwide']);
  });

  it('shows the global directory when the region is unknown to the request', async () => {
    expect(await names({})).toEqual(['Befrienders Worldwide']);
  });

  it('uses the region the deployment reports when the client names none', async () => {
    expect(await names({}, { regionHint: 'US' })).toEqual([
      '988 Suicide & Crisis Lifeline',
      'Crisis Text Line',
    ]);
    expect(await names({ region: 'SG' }, { regionHint: 'US' })).toEqual(['Samaritans of Singapore']);
    // A malformed header is ignored rather than failing a reader's request.
    expect(await names({}, { regionHint: 'ZZ' })).toEqual(['Befrienders Worldwide']);
  });

  it.each(['XX', 'gb', 'GBR', ''])('rejects the region %j with BAD_USER_INPUT on region', async (region) => {
    const result = await app.run(FOR_READER, { region });
    expect(codesOf(result)).toEqual(['BAD_USER_INPUT']);
    expect(fieldPaths(result)).toEqual(['region']);
  });

  it('hides archived resources from readers', async () => {
    expect(await names({ region: 'AU' })).not.toContain('Retired line');
  });

  it('puts resources for the topics asked first, then those for any crisis, then the rest', async () => {
    const em = app.orm.em.fork();
    await buildCrisisResource(em, {
      name: 'A eating disorder line',
      regions: ['NZ'],
      topics: [Topic.EATING_DISORDERS],
    });
    await buildCrisisResource(em, { name: 'B general line', regions: ['NZ'], topics: [] });
    await buildCrisisResource(em, {
      name: 'C suicide line',
      regions: ['NZ'],
      topics: [Topic.SUICIDE_PREVENTION],
    });
    await buildCrisisResource(em, {
      name: 'D grief line',
      regions: ['NZ'],
      topics: [Topic.GRIEF, Topic.TRAUMA],
    });
    expect(await names({ region: 'NZ', topics: ['GRIEF', 'SUICIDE_PREVENTION'] })).toEqual([
      'C suicide line',
      'D grief line',
      'B general line',
      'A eating disorder line',
    ]);
    expect(await names({ region: 'NZ' })).toEqual([
      'A eating disorder line',
      'B general line',
      'C suicide line',
      'D grief line',
    ]);
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 5; i++) {
      const page: ForReader = dataOf(
        await app.run<ForReader>(FOR_READER, { region: 'NZ', topics: ['GRIEF'], first: 3, after }),
      );
      seen.push(...page.crisisResources.nodes.map((n) => n.name));
      after = page.crisisResources.pageInfo.endCursor;
      if (!page.crisisResources.pageInfo.hasNextPage) break;
    }
    expect(seen).toEqual(['D grief line', 'B general line', 'A eating disorder line', 'C suicide line']);
  });

  describe('verification', () => {
    it(`flags a resource unverified for over ${STALE_AFTER_DAYS} days as stale, for staff only`, async () => {
      const em = app.orm.em.fork();
      const old = await buildCrisisResource(em, {
        name: 'Old line',
        regions: ['CA'],
        lastVerifiedAt: daysAgo(400),
      });
      const aging = await buildCrisisResource(em, {
        name: 'Aging line',
        regions: ['CA'],
        lastVerifiedAt: daysAgo(200),
      });
      const fresh = await buildCrisisResource(em, {
        name: 'Fresh line',
        regions: ['CA'],
        lastVerifiedAt: daysAgo(179),
      });
      const stale = dataOf(
        await app.run<{ staleCrisisResources: { nodes: { id: string; isStale: boolean }[] } }>(
          STALE,
          { first: 100 },
          viewer,
        ),
      ).staleCrisisResources.nodes;
      const ids = stale.map((n) => n.id);
      expect(ids.indexOf(old.globalId)).toBeGreaterThanOrEqual(0);
      expect(ids.indexOf(old.globalId)).toBeLessThan(ids.indexOf(aging.globalId));
      expect(ids).not.toContain(fresh.globalId);
      expect(stale.every((n) => n.isStale)).toBe(true);

      const publicRead = await app.run(`query { crisisResources(region: "CA") { nodes { name isStale } } }`);
      expect(codesOf(publicRead)).toContain('UNAUTHENTICATED');
      expect(codesOf(await app.run(STALE, { first: 5 }))).toEqual(['UNAUTHENTICATED']);
    });

    it('marks a resource verified: version bumped, audited, no longer stale', async () => {
      const resource = await buildCrisisResource(app.orm.em.fork(), {
        regions: ['CA'],
        lastVerifiedAt: daysAgo(300),
      });
      // Verified "now": between the moments before and after the request, however long it took.
      const before = Date.now();
      const result = dataOf(
        await app.run<{
          markCrisisResourceVerified: {
            crisisResource: { lastVerifiedAt: string; version: number; isStale: boolean };
          };
        }>(VERIFY, { input: { id: resource.globalId, expectedVersion: 1 } }, editor),
      );
      const after = Date.now();
      expect(result.markCrisisResourceVerified.crisisResource).toMatchObject({ version: 2, isStale: false });
      const verifiedAt = new Date(result.markCrisisResourceVerified.crisisResource.lastVerifiedAt).getTime();
      // Stored timestamps keep whole milliseconds at most.
      expect(verifiedAt).toBeGreaterThanOrEqual(before - 1);
      expect(verifiedAt).toBeLessThanOrEqual(after);
      const events = await app.orm.em.fork().find(AuditEvent, {
        action: 'crisisResource.verify',
        targetId: resource.id,
      });
      expect(events).toHaveLength(1);
      const stale = dataOf(
        await app.run<{ staleCrisisResources: { nodes: { id: string }[] } }>(STALE, { first: 100 }, viewer),
      );
      expect(stale.staleCrisisResources.nodes.map((n) => n.id)).not.toContain(resource.globalId);
    });

    it('refuses a verification time in the future, and a stale version, changing nothing', async () => {
      const lastVerifiedAt = daysAgo(300);
      const resource = await buildCrisisResource(app.orm.em.fork(), { regions: ['CA'], lastVerifiedAt });
      const future = await app.run(
        VERIFY,
        {
          input: {
            id: resource.globalId,
            expectedVersion: 1,
            verifiedAt: new Date(Date.now() + 86_400_000).toISOString(),
          },
        },
        editor,
      );
      expect(codesOf(future)).toEqual(['BAD_USER_INPUT']);
      expect(fieldPaths(future)).toEqual(['input.verifiedAt']);
      const stale = await app.run(VERIFY, { input: { id: resource.globalId, expectedVersion: 7 } }, editor);
      expect(codesOf(stale)).toEqual(['CONFLICT']);
      const stored = await app.orm.em.fork().findOneOrFail(CrisisResource, { id: resource.id });
      expect(stored.version).toBe(1);
      expect(stored.lastVerifiedAt.getTime()).toBe(lastVerifiedAt.getTime());
    });
  });

  describe('catalogue changes', () => {
    it('lets an editor add a resource, verified now, and audits it', async () => {
      const result = dataOf(
        await app.run<{
          createCrisisResource: {
            crisisResource: { name: string; regions: string[]; version: number; isStale: boolean };
          };
        }>(CREATE, { input: validInput() }, editor),
      );
      expect(result.createCrisisResource.crisisResource).toMatchObject({
        name: 'Fictional Listening Line',
        regions: ['NL'],
        version: 1,
        isStale: false,
      });
      expect(await names({ region: 'NL' })).toEqual(['Fictional Listening Line']);
      const events = await app.orm.em.fork().find(AuditEvent, { action: 'crisisResource.create' });
      expect(events.map((e) => (e.after as { name: string }).name)).toContain('Fictional Listening Line');
    });

    it.each([
      ['no way to reach it', { contacts: [] }, 'input.contacts'],
      [
        'a call contact that is a URL',
        { contacts: [{ channel: 'CALL', value: 'https://x.example' }] },
        'input.contacts.0.value',
      ],
      [
        'a text short code that is too short',
        { contacts: [{ channel: 'TEXT', value: '12' }] },
        'input.contacts.0.value',
      ],
      [
        'a chat contact that is not https',
        { contacts: [{ channel: 'CHAT', value: 'http://chat.example' }] },
        'input.contacts.0.value',
      ],
      [
        'a web contact that is a phone number',
        { contacts: [{ channel: 'WEB', value: '116 123' }] },
        'input.contacts.0.value',
      ],
      ['an unknown region code', { regions: ['NL', 'XX'] }, 'input.regions'],
      ['no region and not global', { regions: [], isGlobal: false }, 'input.regions'],
      [
        'a verification time in the future',
        { lastVerifiedAt: '2999-01-01T00:00:00Z' },
        'input.lastVerifiedAt',
      ],
    ])('rejects a resource with %s, naming the field and saving nothing', async (_label, overrides, path) => {
      const before = await app.orm.em.fork().count(CrisisResource);
      const result = await app.run(CREATE, { input: validInput(overrides) }, editor);
      expect(codesOf(result)).toEqual(['BAD_USER_INPUT']);
      expect(fieldPaths(result)).toContain(path);
      expect(await app.orm.em.fork().count(CrisisResource)).toBe(before);
    });

    it('accepts a global resource with no regions', async () => {
      const result = await app.run(
        CREATE,
        { input: validInput({ name: 'Fictional global directory', regions: [], isGlobal: true }) },
        editor,
      );
      expect(codesOf(result)).toEqual([]);
    });

    it('refuses catalogue changes from a viewer and from a public client, changing nothing', async () => {
      const before = await app.orm.em.fork().count(CrisisResource);
      const resource = await buildCrisisResource(app.orm.em.fork(), {
        regions: ['CA'],
        lastVerifiedAt: daysAgo(300),
      });
      expect(codesOf(await app.run(CREATE, { input: validInput() }, viewer))).toEqual(['FORBIDDEN']);
      expect(codesOf(await app.run(CREATE, { input: validInput() }))).toEqual(['UNAUTHENTICATED']);
      expect(
        codesOf(await app.run(VERIFY, { input: { id: resource.globalId, expectedVersion: 1 } }, viewer)),
      ).toEqual(['FORBIDDEN']);
      expect(await app.orm.em.fork().count(CrisisResource)).toBe(before + 1);
      expect((await app.orm.em.fork().findOneOrFail(CrisisResource, { id: resource.id })).version).toBe(1);
    });

    it('updates a resource with a version check, keeping it serving somewhere', async () => {
      const resource = await buildCrisisResource(app.orm.em.fork(), { name: 'Update me', regions: ['JP'] });
      const UPDATE = `mutation($input: UpdateCrisisResourceInput!) {
        updateCrisisResource(input: $input) { crisisResource { hours regions version } }
      }`;
      const updated = dataOf(
        await app.run<{ updateCrisisResource: { crisisResource: { hours: string; version: number } } }>(
          UPDATE,
          { input: { id: resource.globalId, expectedVersion: 1, hours: 'Daily 8am to midnight' } },
          editor,
        ),
      );
      expect(updated.updateCrisisResource.crisisResource).toMatchObject({
        hours: 'Daily 8am to midnight',
        version: 2,
      });
      const nowhere = await app.run(
        UPDATE,
        { input: { id: resource.globalId, expectedVersion: 2, regions: [] } },
        editor,
      );
      expect(codesOf(nowhere)).toEqual(['BAD_USER_INPUT']);
      expect(fieldPaths(nowhere)).toEqual(['input.regions']);
      const stale = await app.run(
        UPDATE,
        { input: { id: resource.globalId, expectedVersion: 1, hours: '9-5' } },
        editor,
      );
      expect(codesOf(stale)).toEqual(['CONFLICT']);
      const stored = await app.orm.em.fork().findOneOrFail(CrisisResource, { id: resource.id });
      expect(stored).toMatchObject({ hours: 'Daily 8am to midnight', regions: ['JP'], version: 2 });
    });

    it('stops showing an archived resource, falling back to the global directory', async () => {
      const resource = await buildCrisisResource(app.orm.em.fork(), { name: 'Only line', regions: ['KR'] });
      expect(await names({ region: 'KR' })).toEqual(['Only line']);
      dataOf(
        await app.run(
          `mutation($input: ArchiveInput!) { archiveCrisisResource(input: $input) { crisisResource { archivedAt } } }`,
          { input: { id: resource.globalId, expectedVersion: 1 } },
          editor,
        ),
      );
      const after = await names({ region: 'KR' });
      expect(after).not.toContain('Only line');
      expect(after).toContain('Befrienders Worldwide');
    });
  });
});

import { Topic } from '@beacon/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCreator, buildRecognition } from '../../test/factories.js';
import { codesOf, createTestApp, dataOf, StaffRole, type TestApp } from '../../test/test-app.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { Recognition, RecognitionStatus } from '../recognitions/recognition.entity.js';
import type { StaffUser } from '../staff/staff-user.entity.js';
import { Creator, CreatorStatus } from './creator.entity.js';

const CREATE = /* GraphQL */ `
  mutation Create($input: CreateCreatorInput!) {
    createCreator(input: $input) { creator { id handle displayName region version consent { active scope } } }
  }
`;

const UPDATE = /* GraphQL */ `
  mutation Update($input: UpdateCreatorInput!) {
    updateCreator(input: $input) { creator { id displayName version } }
  }
`;

const validInput = (overrides: Record<string, unknown> = {}) => ({
  handle: '@New_Voice',
  displayName: 'New Voice',
  region: 'GB',
  profileUrl: 'https://video.example/@new_voice',
  topics: ['GRIEF'],
  consent: { scope: 'SPOTLIGHT' },
  ...overrides,
});

describe('creators', () => {
  let app: TestApp;
  let editor: StaffUser;
  let viewer: StaffUser;

  beforeAll(async () => {
    app = await createTestApp();
    editor = await app.staff(StaffRole.EDITOR);
    viewer = await app.staff(StaffRole.VIEWER);
  });
  afterAll(() => app?.close());

  it('lets an editor add a creator, normalising the handle and auditing the change', async () => {
    const result = dataOf(
      await app.run<{
        createCreator: {
          creator: { id: string; handle: string; version: number; consent: { active: boolean } };
        };
      }>(CREATE, { input: validInput() }, editor),
    );
    expect(result.createCreator.creator).toMatchObject({
      handle: 'new_voice',
      version: 1,
      consent: { active: true },
    });
    const events = await app.orm.em.fork().find(AuditEvent, { action: 'creator.create' });
    expect(events.map((e) => (e.after as { handle: string }).handle)).toContain('new_voice');
  });

  it('refuses a creator mutation without a session, and from a viewer, changing nothing', async () => {
    const before = await app.orm.em.fork().count(Creator);
    const anonymous = await app.run(CREATE, { input: validInput({ handle: 'anon_try' }) });
    const asViewer = await app.run(CREATE, { input: validInput({ handle: 'viewer_try' }) }, viewer);
    expect(codesOf(anonymous)).toEqual(['UNAUTHENTICATED']);
    expect(codesOf(asViewer)).toEqual(['FORBIDDEN']);
    expect(await app.orm.em.fork().count(Creator)).toBe(before);
  });

  it.each([
    ['an invalid handle', { handle: 'no spaces!' }, 'input.handle'],
    ['a non-https profile URL', { profileUrl: 'http://video.example/@x' }, 'input.profileUrl'],
    ['an unknown region code', { region: 'XX' }, 'input.region'],
    ['a lower-case region code', { region: 'gb' }, 'input.region'],
    ['a negative follower count', { followerCount: -5 }, 'input.followerCount'],
  ])('rejects %s with BAD_USER_INPUT naming the field', async (_label, overrides, path) => {
    const before = await app.orm.em.fork().count(Creator);
    const result = await app.run(
      CREATE,
      { input: validInput({ handle: `h_${Math.random().toString(36).slice(2, 8)}`, ...overrides }) },
      editor,
    );
    expect(codesOf(result)).toEqual(['BAD_USER_INPUT']);
    const fields = (result.errors?.[0]?.extensions?.fields ?? []) as { path: string }[];
    expect(fields.map((f) => f.path)).toContain(path);
    expect(await app.orm.em.fork().count(Creator)).toBe(before);
  });

  it('answers a duplicate handle with CONFLICT, not a server error', async () => {
    const existing = await buildCreator(app.orm.em.fork());
    const result = await app.run(
      CREATE,
      { input: validInput({ handle: existing.handle.toUpperCase() }) },
      editor,
    );
    expect(codesOf(result)).toEqual(['CONFLICT']);
  });

  it('refuses an update with a stale version and keeps the newer change', async () => {
    const creator = await buildCreator(app.orm.em.fork());
    const first = dataOf(
      await app.run<{ updateCreator: { creator: { version: number } } }>(
        UPDATE,
        { input: { id: creator.globalId, expectedVersion: 1, displayName: 'First edit' } },
        editor,
      ),
    );
    expect(first.updateCreator.creator.version).toBe(2);
    const stale = await app.run(
      UPDATE,
      { input: { id: creator.globalId, expectedVersion: 1, displayName: 'Stale edit' } },
      editor,
    );
    expect(codesOf(stale)).toEqual(['CONFLICT']);
    const stored = await app.orm.em.fork().findOneOrFail(Creator, { id: creator.id });
    expect(stored.displayName).toBe('First edit');
  });

  it('hides suspended and archived creators and staff-only fields from public clients', async () => {
    const em = app.orm.em.fork();
    const visible = await buildCreator(em, { displayName: 'Zed Visible' });
    const suspended = await buildCreator(em, { status: CreatorStatus.SUSPENDED });
    const archived = await buildCreator(em, { archivedAt: new Date() });
    const query = `query { creators(first: 100) { nodes { handle } } }`;
    const handles = dataOf(
      await app.run<{ creators: { nodes: { handle: string }[] } }>(query),
    ).creators.nodes.map((n) => n.handle);
    expect(handles).toContain(visible.handle);
    expect(handles).not.toContain(suspended.handle);
    expect(handles).not.toContain(archived.handle);
    const single = await app.run(`query($h: String!) { creator(handle: $h) { handle } }`, {
      h: suspended.handle,
    });
    expect(dataOf(single)).toEqual({ creator: null });
    const consent = await app.run(
      `query($h: String!) { creator(handle: $h) { handle consent { active } } }`,
      { h: visible.handle },
    );
    expect(codesOf(consent)).toEqual(['UNAUTHENTICATED']);
  });

  it('filters creators by topic, region and text, and pages with cursors', async () => {
    const em = app.orm.em.fork();
    const tag = Math.random().toString(36).slice(2, 7);
    for (let i = 0; i < 5; i++) {
      await buildCreator(em, {
        displayName: `Filter ${tag} ${i}`,
        topics: [Topic.EATING_DISORDERS],
        region: 'AU',
      });
    }
    await buildCreator(em, { displayName: `Filter ${tag} other`, topics: [Topic.STRESS], region: 'AU' });
    const query = `query($after: String, $search: String) {
      creators(first: 2, after: $after, filter: { topic: EATING_DISORDERS, region: "AU", search: $search }) {
        totalCount nodes { displayName } pageInfo { hasNextPage endCursor }
      }
    }`;
    type Page = {
      creators: {
        totalCount: number;
        nodes: { displayName: string }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    };
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 3; i++) {
      const page: Page = dataOf(await app.run<Page>(query, { after, search: tag.toUpperCase() }));
      expect(page.creators.totalCount).toBe(5);
      seen.push(...page.creators.nodes.map((n) => n.displayName));
      after = page.creators.pageInfo.endCursor;
      if (!page.creators.pageInfo.hasNextPage) break;
    }
    expect(seen).toHaveLength(5);
    expect(new Set(seen).size).toBe(5);
    expect(seen.every((name) => name.includes(tag) && !name.endsWith('other'))).toBe(true);
  });

  it('finds handles and names by text holding LIKE wildcards (_ and %), taking them literally', async () => {
    const em = app.orm.em.fork();
    const tag = Math.random().toString(36).slice(2, 7);
    await buildCreator(em, { handle: `jo_${tag}`, displayName: `Jo ${tag}` });
    await buildCreator(em, { handle: `joe${tag}`, displayName: `Joe ${tag}` });
    await buildCreator(em, { handle: `pct${tag}`, displayName: `100% ${tag}` });
    await buildCreator(em, { handle: `pcu${tag}`, displayName: `1000 ${tag}` });
    const search = async (text: string) =>
      dataOf(
        await app.run<{ creators: { nodes: { handle: string }[] } }>(
          `query($search: String) { creators(first: 10, filter: { search: $search }) { nodes { handle } } }`,
          { search: text },
        ),
      ).creators.nodes.map((n) => n.handle);
    expect(await search(`jo_${tag}`)).toEqual([`jo_${tag}`]);
    expect(await search(`100% ${tag}`)).toEqual([`pct${tag}`]);
  });

  it('caps first at 100 and rejects a forged cursor', async () => {
    expect(codesOf(await app.run(`query { creators(first: 101) { nodes { handle } } }`))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(
      codesOf(await app.run(`query { creators(first: 1, after: "not-a-cursor") { nodes { handle } } }`)),
    ).toEqual(['BAD_USER_INPUT']);
  });

  it('says which spotlights withdrawing consent would take down, before anything is withdrawn', async () => {
    const em = app.orm.em.fork();
    const creator = await buildCreator(em);
    const published = await buildRecognition(em, {
      creator,
      status: RecognitionStatus.PUBLISHED,
      rank: 1,
      featured: [],
    });
    const scheduled = await buildRecognition(em, {
      creator,
      status: RecognitionStatus.SCHEDULED,
      scheduledFor: new Date(Date.now() + 86_400_000),
      featured: [],
    });
    await buildRecognition(em, { creator, status: RecognitionStatus.NOMINATED, featured: [] });
    const query = `query($h: String!) { creator(handle: $h) { version consentWithdrawalImpact { id status } } }`;
    const before = dataOf(
      await app.run<{
        creator: { version: number; consentWithdrawalImpact: { id: string; status: string }[] };
      }>(query, { h: creator.handle }, viewer),
    ).creator;
    expect(before.consentWithdrawalImpact.map((r) => r.id).sort()).toEqual(
      [published.globalId, scheduled.globalId].sort(),
    );

    const withdraw = `mutation($input: WithdrawConsentInput!) { withdrawCreatorConsent(input: $input) { creator { consentWithdrawalImpact { id } } } }`;
    const after = dataOf(
      await app.run<{ withdrawCreatorConsent: { creator: { consentWithdrawalImpact: unknown[] } } }>(
        withdraw,
        { input: { id: creator.globalId, expectedVersion: before.version } },
        editor,
      ),
    ).withdrawCreatorConsent.creator;
    expect(after.consentWithdrawalImpact).toEqual([]);
    const stored = await app.orm.em
      .fork()
      .find(Recognition, { creator: creator.id, status: RecognitionStatus.WITHDRAWN });
    expect(stored.map((r) => r.globalId).sort()).toEqual([published.globalId, scheduled.globalId].sort());
    expect(codesOf(await app.run(query, { h: creator.handle }))).toContain('UNAUTHENTICATED');
  });
});

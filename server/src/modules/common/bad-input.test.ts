/**
 * Bad input is the client's error, never an internal one, and changes nothing: text no database can
 * store (NUL, lone surrogates) in any string argument or input field, forged cursors on every list, and
 * an explicit null in every optional update field.
 */
import { Cursor } from '@mikro-orm/core';
import { getNamedType, isInputObjectType, isNonNullType, isObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { beaconSchema } from '../../schema.js';
import {
  buildCampaign,
  buildCreator,
  buildCrisisResource,
  buildGrant,
  buildOrganisation,
  buildRecognition,
  buildSession,
  buildVideo,
} from '../../test/factories.js';
import { codesOf, createTestApp, dataOf, StaffRole, type TestApp } from '../../test/test-app.js';
import type { StaffUser } from '../staff/staff-user.entity.js';
import { TrainingSession } from '../training/training-session.entity.js';

describe('bad input', () => {
  let app: TestApp;
  let admin: StaffUser;

  beforeAll(async () => {
    app = await createTestApp();
    admin = await app.staff(StaffRole.ADMIN);
    const em = app.orm.em.fork();
    await buildVideo(em);
    await buildRecognition(em);
  });
  afterAll(() => app?.close());

  const fieldsOf = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
    (result.errors?.[0]?.extensions?.fields as { path: string }[] | undefined)?.map((f) => f.path);

  const CREATE = `mutation($input: CreateCreatorInput!) { createCreator(input: $input) { creator { id } } }`;
  const creator = (overrides: Record<string, unknown>) => ({
    handle: 'nul_check',
    displayName: 'Nul Check',
    region: 'GB',
    profileUrl: 'https://video.example/@nul_check',
    ...overrides,
  });

  describe('text no database can store', () => {
    it('refuses NUL in any string argument or input field with BAD_USER_INPUT and its path', async () => {
      const cases: [string, Record<string, unknown>, string, StaffUser | null][] = [
        [CREATE, { input: creator({ displayName: 'Nul\u0000Check' }) }, 'input.displayName', admin],
        [CREATE, { input: creator({ languages: ['en', 'f\u0000r'] }) }, 'input.languages.1', admin],
        [
          'query($s: String) { creators(filter: { search: $s }) { totalCount } }',
          { s: 'a\u0000' },
          'filter.search',
          null,
        ],
        ['query($id: ID!) { node(id: $id) { id } }', { id: 'Q3JlYXRvcjox\u0000' }, 'id', null],
        [
          'query($r: String) { crisisResources(region: $r) { totalCount } }',
          { r: 'G\u0000' },
          'region',
          null,
        ],
        [
          'mutation($input: SignInInput!) { signIn(input: $input) { user { id } } }',
          { input: { email: 'a@b.test', password: 'pass\u0000word' } },
          'input.password',
          null,
        ],
      ];
      for (const [query, variables, path, user] of cases) {
        const result = await app.run(query, variables, user);
        expect(codesOf(result), path).toEqual(['BAD_USER_INPUT']);
        expect(fieldsOf(result), path).toEqual([path]);
      }
      // Inline in the document as well as in variables.
      const inline = await app.run('{ creators(filter: { search: "a\\u0000b" }) { totalCount } }');
      expect(fieldsOf(inline)).toEqual(['filter.search']);
    });

    it('refuses lone surrogates (which made the email validator throw) with BAD_USER_INPUT', async () => {
      const signIn = await app.run(
        'mutation($input: SignInInput!) { signIn(input: $input) { user { id } } }',
        {
          input: { email: '\uD800@beacon.test', password: 'whatever it is' },
        },
      );
      expect(codesOf(signIn)).toEqual(['BAD_USER_INPUT']);
      expect(fieldsOf(signIn)).toEqual(['input.email']);
      const bio = await app.run(CREATE, { input: creator({ bio: 'half a pair \uDC00 here' }) }, admin);
      expect(fieldsOf(bio)).toEqual(['input.bio']);
      // A whole pair (an emoji) is text like any other.
      dataOf(await app.run(CREATE, { input: creator({ bio: 'Steady days 🌱' }) }, admin));
    });
  });

  it('refuses a grant so large that campaign totals could no longer be exact integers', async () => {
    const em = app.orm.em.fork();
    const [campaign, organisation] = [await buildCampaign(em), await buildOrganisation(em)];
    const create = (amountMinor: number) =>
      app.run(
        'mutation($input: CreateAdCreditGrantInput!) { createAdCreditGrant(input: $input) { grant { id } } }',
        { input: { amountMinor, campaignId: campaign.globalId, organisationId: organisation.globalId } },
        admin,
      );
    expect(fieldsOf(await create(Number.MAX_SAFE_INTEGER))).toEqual(['input.amountMinor']);
    expect(fieldsOf(await create(1_000_000_000_001))).toEqual(['input.amountMinor']);
    dataOf(await create(1_000_000_000_000));
    const totals = dataOf(
      await app.run<{ node: { grantTotal: { amountMinor: number }[] } }>(
        'query($id: ID!) { node(id: $id) { ... on Campaign { grantTotal { amountMinor } } } }',
        { id: campaign.globalId },
        admin,
      ),
    );
    expect(totals.node.grantTotal).toEqual([{ amountMinor: 1_000_000_000_000 }]);
  });

  it('refuses numbers and days the columns cannot hold, instead of failing in the database', async () => {
    // Both once reached PostgreSQL (a 32-bit follower count, a date in year 0) and failed there.
    expect(
      fieldsOf(await app.run(CREATE, { input: creator({ followerCount: Number.MAX_SAFE_INTEGER }) }, admin)),
    ).toEqual(['input.followerCount']);
    const campaigns = await app.run(
      'query($day: LocalDate) { campaigns(first: 5, filter: { activeOn: $day }) { nodes { id } } }',
      { day: '0000-01-01' },
      admin,
    );
    expect(codesOf(campaigns)).toEqual(['BAD_USER_INPUT']);
    expect(
      codesOf(
        await app.run(
          '{ campaigns(first: 5, filter: { activeOn: "0000-12-31" }) { nodes { id } } }',
          {},
          admin,
        ),
      ),
    ).toEqual(['BAD_USER_INPUT']);
    dataOf(
      await app.run(
        CREATE,
        { input: creator({ handle: 'most_followed', followerCount: 2_147_483_647 }) },
        admin,
      ),
    );
  });

  describe('forged cursors', () => {
    const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const forged = [
      encode(['a', 'x']),
      encode([1e308, 1]),
      encode([true, false]),
      encode([null, null]),
      encode([]),
      encode(['2020-13-45T99:99:99.999Z', '00000000-0000-0000-0000-000000000000']),
      encode(['0000-01-01T00:00:00.000Z', '00000000-0000-0000-0000-000000000000']),
      encode([{ $gt: 1 }, 'x']),
      encode(['a\u0000', 'x']),
      encode({ not: 'a list' }),
      'not a cursor at all!',
    ];

    it('refuses a forged cursor on every list with BAD_USER_INPUT before it reaches the database', async () => {
      const schema = await beaconSchema();
      const lists = Object.values(schema.getQueryType()?.getFields() ?? {}).filter(
        (f) =>
          getNamedType(f.type).name.endsWith('Connection') &&
          f.args.some((a) => a.name === 'after') &&
          f.args.every((a) => !isNonNullType(a.type) || a.defaultValue !== undefined),
      );
      expect(lists.length).toBeGreaterThan(8);
      for (const list of lists) {
        for (const cursor of forged) {
          for (const arg of ['after', 'before']) {
            const result = await app.run(
              `query($c: String) { ${list.name}(${arg}: $c) { pageInfo { hasNextPage } } }`,
              { c: cursor },
              admin,
            );
            expect(codesOf(result), `${list.name}(${arg}: ${cursor})`).toEqual(['BAD_USER_INPUT']);
            expect(fieldsOf(result)).toEqual([arg]);
          }
        }
      }
    });

    describe('on nested lists, paged in SQL or in memory', () => {
      /** Every nested list, by the top-level list its parents are reached through. */
      const NESTED: Record<string, string> = {
        'Creator.videos': 'creators',
        'Creator.enrolments': 'creators',
        'Organisation.grants': 'organisations',
        'Organisation.enrolments': 'organisations',
        'Campaign.programmingWindows': 'campaigns',
        'Campaign.partners': 'campaigns',
        'Campaign.grants': 'campaigns',
        'Recognition.featuredVideos': 'recognitions',
        'Recognition.notes': 'recognitions',
        'TrainingSession.enrolments': 'trainingSessions',
      };
      /** Lists sorted by name, where any text is a place in the list. */
      const BY_NAME = new Set(['Campaign.partners']);
      const allText = (cursor: string) => {
        try {
          const decoded: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
          return Array.isArray(decoded) && decoded.every((v) => typeof v === 'string');
        } catch {
          return false;
        }
      };

      beforeAll(async () => {
        const em = app.orm.em.fork();
        const campaign = await buildCampaign(em);
        campaign.partners.add(await buildOrganisation(em));
        await em.flush();
        // Lists paged in memory judge a cursor by their own keys, so each has items (featured videos too).
        await buildRecognition(em, { campaign });
      });

      it('covers every nested list of a type some top-level list returns', async () => {
        const schema = await beaconSchema();
        const listed = new Set<string>();
        for (const root of Object.values(schema.getQueryType()?.getFields() ?? {})) {
          const connection = getNamedType(root.type);
          const nodes = isObjectType(connection) ? connection.getFields().nodes : undefined;
          if (nodes) listed.add(getNamedType(nodes.type).name);
        }
        const nested: string[] = [];
        for (const type of Object.values(schema.getTypeMap())) {
          if (!listed.has(type.name) || !isObjectType(type)) continue;
          for (const field of Object.values(type.getFields())) {
            if (
              getNamedType(field.type).name.endsWith('Connection') &&
              field.args.some((a) => a.name === 'after')
            )
              nested.push(`${type.name}.${field.name}`);
          }
        }
        expect(nested.sort()).toEqual(Object.keys(NESTED).sort());
      });

      for (const [list, root] of Object.entries(NESTED)) {
        it(`refuses a forged cursor on ${list} with BAD_USER_INPUT`, async () => {
          const field = list.split('.')[1];
          for (const cursor of forged) {
            if (BY_NAME.has(list) && allText(cursor)) continue;
            for (const arg of ['after', 'before']) {
              const result = await app.run(
                `query($c: String) { ${root}(first: 100) { nodes { ${field}(${arg}: $c) { pageInfo { hasNextPage } } } } }`,
                { c: cursor },
                admin,
              );
              expect([...new Set(codesOf(result))], `${list}(${arg}: ${cursor})`).toEqual(['BAD_USER_INPUT']);
            }
          }
        });
      }
    });

    it('pages a list held in memory past a name that reads like a timestamp, which once failed inside', async () => {
      const em = app.orm.em.fork();
      const campaign = await buildCampaign(em);
      const [early, late] = ['2024-05-01T09:00:00.000Z notes', 'Zebra Trust'];
      campaign.partners.add(
        await buildOrganisation(em, { name: early }),
        await buildOrganisation(em, { name: late }),
      );
      await em.flush();
      type Page = { node: { partners: { nodes: { name: string }[]; pageInfo: { endCursor: string } } } };
      const page = async (after: string | null) =>
        dataOf(
          await app.run<Page>(
            'query($id: ID!, $c: String) { node(id: $id) { ... on Campaign { partners(first: 1, after: $c) { nodes { name } pageInfo { endCursor } } } } }',
            { id: campaign.globalId, c: after },
            admin,
          ),
        ).node.partners;
      const first = await page(null);
      expect(first.nodes).toEqual([{ name: early }]);
      expect((await page(first.pageInfo.endCursor)).nodes).toEqual([{ name: late }]);
    });

    it('still pages with the cursors Beacon issued', async () => {
      const em = app.orm.em.fork();
      await buildCreator(em);
      await buildCreator(em);
      const first = dataOf(
        await app.run<{ creators: { pageInfo: { endCursor: string } } }>(
          '{ creators(first: 1) { pageInfo { endCursor } } }',
        ),
      );
      const cursor = first.creators.pageInfo.endCursor;
      expect(Cursor.decode(cursor)).toHaveLength(2);
      dataOf(
        await app.run('query($c: String) { creators(first: 1, after: $c) { nodes { id } } }', { c: cursor }),
      );
    });
  });

  describe('explicit null in optional update fields', () => {
    /** A fresh record per field, so each null lands on a record of known version. */
    const records: Record<
      string,
      (em: ReturnType<TestApp['orm']['em']['fork']>) => Promise<{ globalId: string; version: number }>
    > = {
      updateCreator: (em) => buildCreator(em),
      updateAwarenessVideo: (em) => buildVideo(em),
      updateTrainingSession: (em) => buildSession(em, { facilitator: null }),
      updateCampaign: (em) => buildCampaign(em),
      updateOrganisation: (em) => buildOrganisation(em),
      updateAdCreditGrant: (em) => buildGrant(em),
      updateCrisisResource: (em) => buildCrisisResource(em),
      editNomination: (em) => buildRecognition(em),
    };
    /**
     * The fields where null means something: "remove" for a training session's optional facilitator and
     * campaign, "no note" for the note sent with an edited nomination.
     */
    const CLEARABLE = new Set([
      'updateTrainingSession.facilitatorId',
      'updateTrainingSession.campaignId',
      'editNomination.note',
    ]);

    it('answers null with BAD_USER_INPUT at its path, or clears the field where clearing means something', async () => {
      const schema = await beaconSchema();
      const mutations = schema.getMutationType()?.getFields() ?? {};
      const outcomes: string[] = [];
      for (const [name, build] of Object.entries(records)) {
        const mutation = mutations[name];
        const input = mutation ? getNamedType(mutation.args[0]?.type) : undefined;
        if (!input || !isInputObjectType(input)) throw new Error(`${name} has no input`);
        const payload = getNamedType(mutation?.type);
        const record = isObjectType(payload) ? Object.keys(payload.getFields())[0] : undefined;
        for (const field of Object.values(input.getFields())) {
          if (isNonNullType(field.type)) continue;
          const target = await build(app.orm.em.fork());
          const result = await app.run(
            `mutation($input: ${input.name}!) { ${name}(input: $input) { ${record ? `${record} { __typename }` : '__typename'} } }`,
            { input: { id: target.globalId, expectedVersion: target.version, [field.name]: null } },
            admin,
          );
          const key = `${name}.${field.name}`;
          if (CLEARABLE.has(key)) {
            expect(codesOf(result), key).toEqual([]);
          } else {
            expect(codesOf(result), key).toEqual(['BAD_USER_INPUT']);
            expect(fieldsOf(result), key).toContain(`input.${field.name}`);
          }
          outcomes.push(key);
        }
      }
      // Among them the seven that used to fail inside the database.
      for (const key of [
        'updateAwarenessVideo.publishedAt',
        'updateAwarenessVideo.strategy',
        'updateTrainingSession.startsAt',
        'updateTrainingSession.endsAt',
        'updateCampaign.startsOn',
        'updateCampaign.endsOn',
        'updateCrisisResource.isGlobal',
      ]) {
        expect(outcomes).toContain(key);
      }
    });

    it('removes a training session from its campaign when campaignId is null', async () => {
      const em = app.orm.em.fork();
      const session = await buildSession(em, { campaign: await buildCampaign(em) });
      dataOf(
        await app.run(
          'mutation($input: UpdateTrainingSessionInput!) { updateTrainingSession(input: $input) { session { id } } }',
          { input: { id: session.globalId, expectedVersion: session.version, campaignId: null } },
          admin,
        ),
      );
      const stored = await app.orm.em.fork().findOneOrFail(TrainingSession, { id: session.id });
      expect(stored.campaign).toBeNull();
    });
  });
});

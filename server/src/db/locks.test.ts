/**
 * Every "count, then act" invariant holds when two staff act on it at the same moment through two server
 * instances (two ORMs, two connection pools) on one database, each racing in the order that breaks an
 * unguarded check (test/race.ts). On PostgreSQL, without the invariant's lock both requests succeed and the
 * invariant breaks; on SQLite, without it the database refuses the stale write and a staff member gets an
 * outage error instead of an answer. So each case asserts the invariant in the database and that exactly one
 * request succeeded while the other got the refusal a person can act on. The engines' locks live in
 * locks.ts; docs/architecture.md lists them.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Campaign } from '../modules/campaigns/campaign.entity.js';
import { decodeGlobalId } from '../modules/common/node.js';
import { Creator } from '../modules/creators/creator.entity.js';
import { CreatorImport, CreatorImportStatus } from '../modules/creators/creator-import.entity.js';
import { Recognition, RecognitionStatus } from '../modules/recognitions/recognition.entity.js';
import { ensureFirstAdmin } from '../modules/staff/staff.service.js';
import { StaffUser } from '../modules/staff/staff-user.entity.js';
import { TrainingEnrolment } from '../modules/training/training-enrolment.entity.js';
import { TrainingSession } from '../modules/training/training-session.entity.js';
import {
  buildCampaign,
  buildCreator,
  buildEligibleCreator,
  buildEnrolment,
  buildRecognition,
  buildSession,
} from '../test/factories.js';
import { race, secondInstance } from '../test/race.js';
import {
  codesOf,
  createTestApp,
  dataOf,
  type OperationResult,
  StaffRole,
  type TestApp,
} from '../test/test-app.js';

const DEACTIVATE = `mutation($input: DeactivateStaffUserInput!) { deactivateStaffUser(input: $input) { user { id } } }`;
const CHANGE_ROLE = `mutation($input: ChangeStaffRoleInput!) { changeStaffRole(input: $input) { user { id role } } }`;
const PUBLISH = `mutation($input: VersionedInput!) { publishRecognition(input: $input) { recognition { id } } }`;
const UPDATE_CAMPAIGN = `mutation($input: UpdateCampaignInput!) { updateCampaign(input: $input) { campaign { id } } }`;
const ENROL = `mutation($input: EnrolInTrainingInput!) { enrolInTraining(input: $input) { enrolment { id } } }`;
const UPDATE_SESSION = `mutation($input: UpdateTrainingSessionInput!) { updateTrainingSession(input: $input) { session { id } } }`;
const WITHDRAW_CONSENT = `mutation($input: WithdrawConsentInput!) { withdrawCreatorConsent(input: $input) { creator { id } } }`;
const NOMINATE = `mutation($input: NominateInput!) { nominateCreator(input: $input) { recognition { id } } }`;
const START_IMPORT = `mutation($input: StartCreatorImportInput!) { startCreatorImport(input: $input) { creatorImport { id } } }`;
const ADD_ROWS = `mutation($input: AddCreatorImportRowsInput!) { addCreatorImportRows(input: $input) { creatorImport { id } } }`;
const COMMIT_IMPORT = `mutation($input: CreatorImportInput!) { commitCreatorImport(input: $input) { creatorImport { status } } }`;
const CANCEL_IMPORT = `mutation($input: CreatorImportInput!) { cancelCreatorImport(input: $input) { creatorImport { status } } }`;

const succeeded = (result: OperationResult<unknown>) => !result.errors?.length;

/** One answer succeeded and the other was refused with one of `codes`; returns the refusal. */
function oneWonOneRefused(
  answers: readonly OperationResult<unknown>[],
  codes: readonly string[],
): OperationResult<unknown> {
  expect(answers.filter(succeeded)).toHaveLength(1);
  const refused = answers.find((a) => !succeeded(a)) as OperationResult<unknown>;
  expect(codes).toContain(codesOf(refused)[0]);
  return refused;
}

describe('the first admin when two servers start at once on an empty database', () => {
  let first: TestApp;
  let second: TestApp;
  beforeAll(async () => {
    first = await createTestApp();
    second = await secondInstance(first);
  });
  afterAll(async () => {
    await second?.close();
    await first?.close();
  });

  it('is created once: the second server finds it and starts without creating another', async () => {
    const bootstrap = (app: TestApp) =>
      ensureFirstAdmin(app.orm.em.fork(), 'first-admin@beacon.test', 'a long first password');
    const answers = await race(first, bootstrap, second, bootstrap);
    expect(answers.map((a) => a.created).sort()).toEqual([false, true]);
    expect(await first.orm.em.fork().count(StaffUser, { role: StaffRole.ADMIN })).toBe(1);
  });
});

describe('invariants under concurrent staff actions', () => {
  let first: TestApp;
  let second: TestApp;
  const em = () => first.orm.em.fork();

  beforeAll(async () => {
    first = await createTestApp();
    second = await secondInstance(first);
  });
  afterAll(async () => {
    await second?.close();
    await first?.close();
  });

  describe('Beacon keeps at least one active admin', () => {
    let one: StaffUser;
    let other: StaffUser;

    // Exactly two active admins before each race.
    beforeEach(async () => {
      await em().nativeUpdate(StaffUser, { role: StaffRole.ADMIN }, { deactivatedAt: new Date() });
      one = await first.staff(StaffRole.ADMIN);
      other = await first.staff(StaffRole.ADMIN);
    });
    const activeAdmins = () => em().count(StaffUser, { role: StaffRole.ADMIN, deactivatedAt: null });

    it('when two admins deactivate each other at the same moment, one succeeds and the other is refused', async () => {
      const answers = await race(
        first,
        (app) => app.run(DEACTIVATE, { input: { id: other.globalId, expectedVersion: other.version } }, one),
        second,
        (app) => app.run(DEACTIVATE, { input: { id: one.globalId, expectedVersion: one.version } }, other),
      );
      const refused = oneWonOneRefused(answers, ['FORBIDDEN']);
      expect(refused.errors?.[0]?.message).toMatch(/at least one active admin/);
      expect(await activeAdmins()).toBe(1);
    });

    it('when two admins make each other editors at the same moment, one succeeds and the other is refused', async () => {
      const demote = (who: StaffUser) => ({
        input: { id: who.globalId, expectedVersion: who.version, role: 'EDITOR' },
      });
      const answers = await race(
        first,
        (app) => app.run(CHANGE_ROLE, demote(other), one),
        second,
        (app) => app.run(CHANGE_ROLE, demote(one), other),
      );
      oneWonOneRefused(answers, ['FORBIDDEN']);
      expect(await activeAdmins()).toBe(1);
    });
  });

  describe("a campaign's published spotlights stay within its capacity", () => {
    let publisher: StaffUser;
    let editor: StaffUser;
    beforeAll(async () => {
      publisher = await first.staff(StaffRole.PUBLISHER);
      editor = await first.staff(StaffRole.EDITOR);
    });
    const approved = (campaign: Campaign) =>
      buildRecognition(em(), { campaign, nominatedBy: editor, status: RecognitionStatus.APPROVED });
    const publish = (rec: Recognition) => (app: TestApp) =>
      app.run(PUBLISH, { input: { id: rec.globalId, expectedVersion: rec.version } }, publisher);
    const published = (campaign: Campaign) =>
      em().count(Recognition, { campaign: campaign.id, status: RecognitionStatus.PUBLISHED });

    it('publishes one of two spotlights published at the same moment into the last place, and refuses the other with CAPACITY_REACHED', async () => {
      const campaign = await buildCampaign(em(), { spotlightCapacity: 1 });
      const [a, b] = [await approved(campaign), await approved(campaign)];
      const answers = await race(first, publish(a), second, publish(b));
      oneWonOneRefused(answers, ['CAPACITY_REACHED']);
      expect(await published(campaign)).toBe(1);
    });

    it('never leaves more spotlights published than the capacity when it is lowered while one is published', async () => {
      const campaign = await buildCampaign(em(), { spotlightCapacity: 2 });
      const live = await approved(campaign);
      await em().nativeUpdate(Recognition, { id: live.id }, { status: RecognitionStatus.PUBLISHED, rank: 1 });
      const next = await approved(campaign);
      const admin = await first.staff(StaffRole.ADMIN);
      const answers = await race(
        first,
        (app) =>
          app.run(
            UPDATE_CAMPAIGN,
            { input: { id: campaign.globalId, expectedVersion: campaign.version, spotlightCapacity: 1 } },
            admin,
          ),
        second,
        publish(next),
      );
      // Whichever came first wins: the lowered capacity refuses the publish, or the publish refuses the lowering.
      oneWonOneRefused(answers, ['CAPACITY_REACHED', 'BAD_USER_INPUT']);
      const stored = await em().findOneOrFail(Campaign, { id: campaign.id });
      expect(await published(campaign)).toBeLessThanOrEqual(stored.spotlightCapacity);
    });
  });

  describe('a creator who withdrew consent has no published spotlight', () => {
    let editor: StaffUser;
    let publisher: StaffUser;
    beforeAll(async () => {
      editor = await first.staff(StaffRole.EDITOR);
      publisher = await first.staff(StaffRole.PUBLISHER);
    });

    /** Races a publish of an approved spotlight and its creator's consent withdrawal, `held` first. */
    async function publishAsConsentIsWithdrawn(held: 'publish' | 'withdrawal') {
      const rec = await buildRecognition(em(), { nominatedBy: editor, status: RecognitionStatus.APPROVED });
      const creator = await em().findOneOrFail(Creator, { id: rec.creator.id });
      const publish = (app: TestApp) =>
        app.run(PUBLISH, { input: { id: rec.globalId, expectedVersion: rec.version } }, publisher);
      const withdraw = (app: TestApp) =>
        app.run(
          WITHDRAW_CONSENT,
          { input: { id: creator.globalId, expectedVersion: creator.version } },
          editor,
        );
      const [publishing, withdrawing] =
        held === 'publish'
          ? await race(first, publish, second, withdraw)
          : (await race(first, withdraw, second, publish)).reverse();
      expect(codesOf(withdrawing as OperationResult<unknown>)).toEqual([]);
      // Published first and then withdrawn with the consent, or refused because consent was already gone.
      expect([[], ['NOT_ELIGIBLE']]).toContainEqual(codesOf(publishing as OperationResult<unknown>));
      expect(
        await em().count(Recognition, { creator: creator.id, status: RecognitionStatus.PUBLISHED }),
      ).toBe(0);
    }

    // On SQLite every lock is the one write lock, which a publish already takes first for its campaign, so
    // there this order holds even without the creator's lock; PostgreSQL needs it.
    it('when consent is withdrawn while a publish has checked it, the spotlight does not stay published', () =>
      publishAsConsentIsWithdrawn('publish'));

    it('when a spotlight is published while a consent withdrawal has looked for published spotlights, the spotlight does not stay published', () =>
      publishAsConsentIsWithdrawn('withdrawal'));
  });

  describe("a training session's live enrolments stay within its capacity", () => {
    let coordinator: StaffUser;
    beforeAll(async () => {
      coordinator = await first.staff(StaffRole.ADMIN);
    });
    // The creator is built before the race: during it, only the two requests may write.
    const enrol = async (session: TrainingSession) => {
      const creator = await buildCreator(em());
      return (app: TestApp) =>
        app.run(ENROL, { input: { sessionId: session.globalId, creatorId: creator.globalId } }, coordinator);
    };
    const live = (session: TrainingSession) => em().count(TrainingEnrolment, { session, archivedAt: null });

    it('enrols one of two creators enrolling at the same moment into the last place, and refuses the other as full', async () => {
      const session = await buildSession(em(), { capacity: 1 });
      const answers = await race(first, await enrol(session), second, await enrol(session));
      const refused = oneWonOneRefused(answers, ['CONFLICT']);
      expect(refused.errors?.[0]?.message).toMatch(/is full/);
      expect(await live(session)).toBe(1);
    });

    it('never leaves more enrolments than places when the capacity is lowered while someone enrols', async () => {
      const session = await buildSession(em(), { capacity: 2 });
      await buildEnrolment(em(), { session: await em().findOneOrFail(TrainingSession, { id: session.id }) });
      const answers = await race(
        first,
        (app) =>
          app.run(
            UPDATE_SESSION,
            { input: { id: session.globalId, expectedVersion: session.version, capacity: 1 } },
            coordinator,
          ),
        second,
        await enrol(session),
      );
      oneWonOneRefused(answers, ['CONFLICT', 'BAD_USER_INPUT']);
      const stored = await em().findOneOrFail(TrainingSession, { id: session.id });
      expect(await live(session)).toBeLessThanOrEqual(stored.capacity);
    });
  });

  describe('one live nomination per creator and campaign', () => {
    it('accepts one of two nominations of the same creator into the same campaign made at the same moment, and tells the other which nomination holds the place', async () => {
      const { creator, video } = await buildEligibleCreator(em());
      const campaign = await buildCampaign(em());
      const editor = await first.staff(StaffRole.EDITOR);
      const nominate = (app: TestApp) =>
        app.run(
          NOMINATE,
          {
            input: {
              creatorId: creator.globalId,
              campaignId: campaign.globalId,
              featuredVideoIds: [video.globalId],
              citation: 'For hopeful videos that help people talk about how they feel.',
            },
          },
          editor,
        );
      const answers = await race(first, nominate, second, nominate);
      const refused = oneWonOneRefused(answers, ['CONFLICT']);
      const live = await em().find(Recognition, { creator: creator.id, campaign: campaign.id });
      expect(live).toHaveLength(1);
      expect(refused.errors?.[0]?.message).toMatch(/already has a live nomination/);
      expect(refused.errors?.[0]?.extensions?.existingId).toBe(live[0]?.globalId);
    });
  });

  describe('an import is committed or cancelled once, while open', () => {
    it('when one editor commits an import as they cancel it, one wins and the other is told the import is no longer open', async () => {
      const editor = await first.staff(StaffRole.EDITOR);
      const { id: importId } = dataOf(
        await first.run<{ startCreatorImport: { creatorImport: { id: string } } }>(
          START_IMPORT,
          { input: { label: 'creators.csv', expectedRows: 1 } },
          editor,
        ),
      ).startCreatorImport.creatorImport;
      const handle = `raced_${Date.now().toString(36)}`;
      dataOf(
        await first.run(
          ADD_ROWS,
          {
            input: {
              importId,
              rows: [
                {
                  rowNumber: 1,
                  handle,
                  displayName: 'Raced Import',
                  region: 'GB',
                  languages: ['en'],
                  topics: ['ANXIETY'],
                  followerCount: '1200',
                  profileUrl: `https://video.example/@${handle}`,
                },
              ],
            },
          },
          editor,
        ),
      );
      const answers = await race(
        first,
        (app) => app.run(COMMIT_IMPORT, { input: { importId } }, editor),
        second,
        (app) => app.run(CANCEL_IMPORT, { input: { importId } }, editor),
      );
      const refused = oneWonOneRefused(answers, ['CONFLICT']);
      // The refusal says what happened to the import, not merely that something changed.
      expect(refused.errors?.[0]?.message).toMatch(/was already committed|was cancelled/);
      const stored = await em().findOneOrFail(CreatorImport, { id: decodeGlobalId(importId)?.id as string });
      const created = await em().count(Creator, { handle });
      expect({ status: stored.status, created }).toEqual(
        stored.status === CreatorImportStatus.COMMITTED
          ? { status: CreatorImportStatus.COMMITTED, created: 1 }
          : { status: CreatorImportStatus.CANCELLED, created: 0 },
      );
    });
  });
});
